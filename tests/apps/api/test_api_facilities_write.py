"""Writing facilities through the API: who may, one validation path with the web form, no lost update."""

from __future__ import annotations

from typing import Any

import pytest

from corridor.places.models import Facility

NEW = {"settlement_name": "Маріуполь", "kind": "shelter_basement", "name_en": "Basement, 5 Myru Ave",
       "name_uk": "Підвал, просп. Миру 5", "capacity": 80, "lat": 47.1, "lon": 37.55}


def _url(facility: Any) -> str:
    return f"/api/facilities/{facility.pk}/"


# --- create ---------------------------------------------------------------------------------------------------


def test_coordinator_creates_in_own_organisation_by_settlement_spelling(world: Any, api_as: Any) -> None:
    response = api_as(world.users["coordinator"]).post("/api/facilities/", NEW, format="json")
    assert response.status_code == 201, response.json()
    facility = Facility.objects.get(pk=response.json()["id"])
    assert facility.organisation == world.council
    assert facility.settlement == world.mariupol
    assert facility.published is False  # nothing is public until someone decides so
    assert response["ETag"] == '"1"'
    assert response["Location"] == f"/api/facilities/{facility.pk}/"


@pytest.mark.parametrize("who, code", [(None, 401), ("analyst", 403), ("field_worker", 403),
                                       ("tracing_officer", 403)])
def test_create_is_refused_without_the_right(world: Any, api_as: Any, who: Any, code: int) -> None:
    before = Facility.objects.count()
    response = api_as(world.users.get(who)).post("/api/facilities/", NEW, format="json")
    assert response.status_code == code
    assert Facility.objects.count() == before


def test_create_for_another_organisation_is_forbidden(world: Any, api_as: Any) -> None:
    body = {**NEW, "organisation": world.council.pk}
    response = api_as(world.users["other_coordinator"]).post("/api/facilities/", body, format="json")
    assert response.status_code == 403
    assert not Facility.objects.filter(name_en=NEW["name_en"]).exists()


def test_bad_input_gives_field_messages_and_writes_nothing(world: Any, api_as: Any, error_fields: Any) -> None:
    body = {**NEW, "kind": "spaceport", "capacity": -5, "lat": 95, "lon": None, "settlement_name": "Atlantis"}
    response = api_as(world.users["coordinator"]).post("/api/facilities/", body, format="json")
    assert response.status_code == 400
    fields = error_fields(response)
    assert {"kind", "capacity", "lat", "settlement_name"} <= set(fields)
    assert not Facility.objects.filter(name_en=NEW["name_en"]).exists()


def test_unknown_field_and_malformed_body_are_400(world: Any, api_as: Any, error_fields: Any) -> None:
    api = api_as(world.users["coordinator"])
    response = api.post("/api/facilities/", {**NEW, "capactiy": 3}, format="json")
    assert response.status_code == 400 and "capactiy" in error_fields(response)
    broken = api.post("/api/facilities/", "{not json", content_type="application/json")
    assert broken.status_code == 400 and broken.json()["error"]["code"] == "parse_error"
    listed = api.post("/api/facilities/", [NEW], format="json")
    assert listed.status_code == 400
    nested = api.post("/api/facilities/", {**NEW, "name_en": {"en": "Bunker"}}, format="json")
    assert nested.status_code == 400 and error_fields(nested) == {"name_en": ["Expected a single value."]}
    assert not Facility.objects.filter(name_en__contains="Bunker").exists()


def test_token_write_is_audited_with_user_and_api_path(world: Any, api_as: Any) -> None:
    user = world.users["coordinator"]
    response = api_as(user).post("/api/facilities/", NEW, format="json")
    row = Facility.history.get(id=response.json()["id"], history_type="+")
    assert row.history_user_id == user.pk
    assert row.audit_path == "api"
    api_as(user).patch(_url(world.shelter), {"capacity": 320}, format="json", HTTP_IF_MATCH='"1"')
    change = Facility.history.filter(id=world.shelter.pk, history_type="~").latest("history_id")
    assert (change.history_user_id, change.audit_path, change.capacity) == (user.pk, "api", 320)


# --- update ---------------------------------------------------------------------------------------------------


def test_patch_with_current_etag_updates_and_bumps_version(world: Any, api_as: Any) -> None:
    api = api_as(world.users["field_worker"])  # assigned to the shelter
    response = api.patch(_url(world.shelter), {"capacity": 350}, format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 200, response.json()
    assert response["ETag"] == '"2"'
    world.shelter.refresh_from_db()
    assert (world.shelter.capacity, world.shelter.version) == (350, 2)
    assert world.shelter.name_en == "School No. 12 basement"  # untouched by a partial update


def test_put_replaces_and_accepts_the_echoed_representation(world: Any, api_as: Any) -> None:
    api = api_as(world.users["coordinator"])
    body = api.get(_url(world.shelter)).json()
    body.update(name_en="School No. 12 (shelter)", address="Kuindzhi St")
    response = api.put(_url(world.shelter), body, format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 200, response.json()
    world.shelter.refresh_from_db()
    assert (world.shelter.name_en, world.shelter.address, world.shelter.version) == (
        "School No. 12 (shelter)", "Kuindzhi St", 2)


def test_write_without_if_match_is_428(world: Any, api_as: Any) -> None:
    api = api_as(world.users["coordinator"])
    assert api.patch(_url(world.shelter), {"capacity": 1}, format="json").status_code == 428
    assert api.patch(_url(world.shelter), {"capacity": 1}, format="json", HTTP_IF_MATCH="*").status_code == 428
    assert api.delete(_url(world.shelter)).status_code == 428
    world.shelter.refresh_from_db()
    assert world.shelter.capacity == 300


def test_second_writer_with_stale_etag_gets_409_and_first_change_stays(world: Any, api_as: Any) -> None:
    first, second = api_as(world.users["coordinator"]), api_as(world.users["administrator"])
    assert first.patch(_url(world.shelter), {"capacity": 310}, format="json",
                       HTTP_IF_MATCH='"1"').status_code == 200
    late = second.patch(_url(world.shelter), {"capacity": 999}, format="json", HTTP_IF_MATCH='"1"')
    assert late.status_code == 409
    assert late.json()["error"]["code"] == "conflict"
    world.shelter.refresh_from_db()
    assert (world.shelter.capacity, world.shelter.version) == (310, 2)


def test_version_conflict_found_under_lock_is_409(world: Any, api_as: Any) -> None:
    """The check in the service holds even if the row changed after the view read it."""
    from corridor.places.services import VersionConflict, save_facility

    stale = Facility.objects.get(pk=world.shelter.pk)
    Facility.objects.filter(pk=world.shelter.pk).update(version=5)
    with pytest.raises(VersionConflict):
        save_facility(stale, expected_version=1)


@pytest.mark.parametrize("who, facility, code", [
    (None, "shelter", 401),
    ("analyst", "shelter", 403),
    ("tracing_officer", "shelter", 403),
    ("other_field_worker", "shelter", 403),     # field worker not assigned to it
    ("other_coordinator", "shelter", 403),      # other organisation, facility shared with partners
    ("other_coordinator", "private_ward", 404),  # other organisation, facility not visible at all
])
def test_update_is_refused_without_the_right(world: Any, api_as: Any, who: Any, facility: str, code: int) -> None:
    target = getattr(world, facility)
    response = api_as(world.users.get(who)).patch(_url(target), {"capacity": 1}, format="json",
                                                  HTTP_IF_MATCH='"1"')
    assert response.status_code == code
    target.refresh_from_db()
    assert target.version == 1 and target.capacity != 1


def test_field_worker_may_edit_but_not_publish(world: Any, api_as: Any) -> None:
    api = api_as(world.users["field_worker"])  # assigned to the shelter
    for change in ({"published": True}, {"visibility": "organisation"}):
        response = api.patch(_url(world.shelter), change, format="json", HTTP_IF_MATCH='"1"')
        assert response.status_code == 403
        assert "may not change" in response.json()["error"]["message"]
    body = {k: v for k, v in api.get(_url(world.shelter)).json().items() if k not in ("published", "visibility")}
    body["capacity"] = 280
    response = api.put(_url(world.shelter), body, format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 200, response.json()
    world.shelter.refresh_from_db()
    assert (world.shelter.capacity, world.shelter.published, world.shelter.visibility) == (280, False, "partners")


def test_coordinator_publishes(world: Any, api_as: Any) -> None:
    response = api_as(world.users["coordinator"]).patch(_url(world.shelter), {"published": True}, format="json",
                                                        HTTP_IF_MATCH='"1"')
    assert response.status_code == 200
    world.shelter.refresh_from_db()
    assert world.shelter.published is True


def test_update_bad_input_gives_field_messages_and_writes_nothing(world: Any, api_as: Any,
                                                                  error_fields: Any) -> None:
    response = api_as(world.users["coordinator"]).patch(
        _url(world.shelter), {"capacity": "many", "visibility": "everyone", "lat": None}, format="json",
        HTTP_IF_MATCH='"1"')
    assert response.status_code == 400
    assert {"capacity", "visibility", "lat"} <= set(error_fields(response))
    world.shelter.refresh_from_db()
    assert (world.shelter.capacity, world.shelter.version) == (300, 1)


# --- delete ---------------------------------------------------------------------------------------------------


def test_coordinator_deletes_with_etag(world: Any, api_as: Any) -> None:
    response = api_as(world.users["coordinator"]).delete(_url(world.shelter), HTTP_IF_MATCH='"1"')
    assert response.status_code == 204
    assert not Facility.objects.filter(pk=world.shelter.pk).exists()
    assert Facility.history.filter(id=world.shelter.pk, history_type="-", audit_path="api").exists()


@pytest.mark.parametrize("who, facility, code", [
    (None, "shelter", 401),
    ("analyst", "shelter", 403),
    ("field_worker", "shelter", 403),           # assigned field workers edit but do not delete
    ("other_coordinator", "shelter", 403),
    ("other_coordinator", "private_ward", 404),
])
def test_delete_is_refused_without_the_right(world: Any, api_as: Any, who: Any, facility: str, code: int) -> None:
    target = getattr(world, facility)
    assert api_as(world.users.get(who)).delete(_url(target), HTTP_IF_MATCH='"1"').status_code == code
    assert Facility.objects.filter(pk=target.pk).exists()


def test_delete_with_stale_etag_is_409(world: Any, api_as: Any) -> None:
    Facility.objects.filter(pk=world.shelter.pk).update(version=2)
    assert api_as(world.users["coordinator"]).delete(_url(world.shelter), HTTP_IF_MATCH='"1"').status_code == 409
    assert Facility.objects.filter(pk=world.shelter.pk).exists()
