"""Reading facilities through the API: visibility, internal fields, filters, pagination, ETag."""

from __future__ import annotations

from typing import Any

from corridor.places.models import Facility


def _names(response: Any) -> set[str]:
    return {row["name_en"] for row in response.json()["results"]}


def test_anonymous_sees_only_published_without_internal_fields(world: Any, api_as: Any) -> None:
    response = api_as(None).get("/api/facilities/")
    assert response.status_code == 200
    assert _names(response) == {world.public_point.name_en}
    row = response.json()["results"][0]
    assert "notes" not in row and "organisation" not in row and "visibility" not in row
    assert "gate code" not in response.content.decode()


def test_member_sees_partner_and_own_but_not_other_orgs_private(world: Any, api_as: Any) -> None:
    own = _names(api_as(world.users["analyst"]).get("/api/facilities/"))
    assert own == {world.shelter.name_en, world.private_ward.name_en, world.public_point.name_en,
                   world.rc_point.name_en}
    other = _names(api_as(world.users["other_coordinator"]).get("/api/facilities/"))
    assert world.private_ward.name_en not in other
    assert world.shelter.name_en in other


def test_members_read_internal_notes(world: Any, api_as: Any) -> None:
    response = api_as(world.users["analyst"]).get(f"/api/facilities/{world.public_point.pk}/")
    assert response.json()["notes"] == "internal: gate code 1234"


def test_detail_of_invisible_facility_is_404_like_a_missing_one(world: Any, api_as: Any) -> None:
    api = api_as(world.users["other_coordinator"])
    hidden = api.get(f"/api/facilities/{world.private_ward.pk}/")
    missing = api.get("/api/facilities/999999/")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json()
    assert api_as(None).get(f"/api/facilities/{world.shelter.pk}/").status_code == 404


def test_detail_carries_version_as_etag_and_current_state(world: Any, api_as: Any, report_on: Any) -> None:
    report_on(world.shelter, people=250, water="none", status="open")
    response = api_as(world.users["field_worker"]).get(f"/api/facilities/{world.shelter.pk}/")
    assert response.status_code == 200
    assert response["ETag"] == '"1"'
    body = response.json()
    assert body["version"] == 1
    assert body["state"]["people"] == 250 and body["state"]["water"] == "none"
    assert body["state"]["stale"] is False


def test_filters_by_settlement_spelling_kind_status_and_published(world: Any, api_as: Any,
                                                                   report_on: Any) -> None:
    report_on(world.shelter, status="damaged")
    api = api_as(world.users["administrator"])
    assert _names(api.get("/api/facilities/", {"settlement": "Запоріжжя"})) == {world.rc_point.name_en}
    assert _names(api.get("/api/facilities/", {"settlement": world.zaporizhzhia.pk})) == {world.rc_point.name_en}
    assert _names(api.get("/api/facilities/", {"kind": "maternity"})) == {world.private_ward.name_en}
    assert _names(api.get("/api/facilities/", {"status": "damaged"})) == {world.shelter.name_en}
    assert world.shelter.name_en not in _names(api.get("/api/facilities/", {"status": "unknown"}))
    assert _names(api.get("/api/facilities/", {"published": "true"})) == {world.public_point.name_en}


def test_updated_since_counts_edits_and_reports(world: Any, api_as: Any, report_on: Any) -> None:
    from datetime import timedelta

    from django.utils import timezone

    since = timezone.now()
    Facility.objects.filter(pk__in=[f.pk for f in (world.shelter, world.private_ward, world.public_point,
                                                   world.rc_point)]).update(updated_at=since - timedelta(days=1))
    report_on(world.shelter, hours_ago=-0.01, people=5)
    api = api_as(world.users["administrator"])
    assert _names(api.get("/api/facilities/", {"updated_since": since.isoformat()})) == {world.shelter.name_en}


def test_bad_filters_are_field_level_400(world: Any, api_as: Any, error_fields: Any) -> None:
    response = api_as(world.users["analyst"]).get(
        "/api/facilities/", {"kind": "spaceport", "updated_since": "yesterday-ish", "settlement": "Atlantis"})
    assert response.status_code == 400
    assert set(error_fields(response)) == {"kind", "updated_since", "settlement"}


def test_pagination_limits_and_counts(world: Any, api_as: Any) -> None:
    for i in range(7):
        Facility.objects.create(organisation=world.council, settlement=world.mariupol, kind="shelter_basement",
                                name_en=f"Basement {i}")
    api = api_as(world.users["analyst"])
    first = api.get("/api/facilities/", {"limit": 5}).json()
    assert first["count"] == 11 and len(first["results"]) == 5 and first["next"]
    rest = api.get("/api/facilities/", {"limit": 5, "offset": 10}).json()
    assert len(rest["results"]) == 1 and rest["next"] is None


def test_list_query_count_does_not_grow_with_page_size(world: Any, api_as: Any,
                                                       django_assert_max_num_queries: Any) -> None:
    for i in range(30):
        Facility.objects.create(organisation=world.council, settlement=world.mariupol, kind="shelter_basement",
                                name_en=f"Basement {i}")
    api = api_as(world.users["analyst"])
    with django_assert_max_num_queries(6):
        assert len(api.get("/api/facilities/").json()["results"]) == 34


def test_list_rows_equal_detail_bodies_for_members_and_public(world: Any, api_as: Any, report_on: Any) -> None:
    """The list builds rows without model objects (speed); it must say exactly what the detail says."""
    report_on(world.public_point, people=70, water="partial", status="open")
    for who in (None, "analyst", "other_coordinator"):
        api = api_as(world.users.get(who))
        for row in api.get("/api/facilities/").json()["results"]:
            assert row == api.get(f"/api/facilities/{row['id']}/").json()


def test_anonymous_clients_are_throttled_members_are_not(world: Any, api_as: Any, monkeypatch: Any) -> None:
    from rest_framework.throttling import AnonRateThrottle

    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/min"})
    public = api_as(None)
    assert [public.get("/api/facilities/").status_code for _ in range(4)] == [200, 200, 200, 429]
    assert public.get("/api/facilities/").json()["error"]["status"] == 429
    member = api_as(world.users["analyst"])
    assert {member.get("/api/facilities/").status_code for _ in range(5)} == {200}


def test_state_says_when_each_value_was_observed(world: Any, api_as: Any, report_on: Any) -> None:
    old = report_on(world.shelter, hours_ago=30, water="none")
    new = report_on(world.shelter, hours_ago=2, people=1000, people_qualifier="more_than")
    state = api_as(world.users["analyst"]).get(f"/api/facilities/{world.shelter.pk}/").json()["state"]
    assert (state["people"], state["people_qualifier"], state["water"]) == (1000, "more_than", "none")
    assert state["as_of"]["water"] == old.observed_at.isoformat()
    assert state["as_of"]["people"] == new.observed_at.isoformat()
