"""The facility page: derived state, needs, and report history with sources only for members."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from corridor.places.services import NeedInput, ReportInput, record_report


def _report(facility: Any) -> None:
    record_report(facility, ReportInput(
        values={"observed_at": timezone.now(), "source_name": "Pavlo Kyrylenko", "source_role": "head of the ODA",
                "channel": "telegram", "people": 412, "water": "none"},
        needs=[NeedInput("water", 4, quantity=2000, unit="litres")]))


def test_it_shows_state_needs_and_sources_to_members(world: Any, as_user: Any) -> None:
    _report(world.shelter)
    body = as_user(world.users["analyst"]).get(f"/facilities/{world.shelter.pk}/").content.decode()
    assert "412" in body
    assert "Water" in body and "2,000" in body
    assert "Pavlo Kyrylenko" in body  # report source
    assert "Report history" in body


def test_public_sees_published_facility_without_notes_or_sources(world: Any, as_user: Any) -> None:
    _report(world.public_point)
    response = as_user(None).get(f"/facilities/{world.public_point.pk}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "412" in body
    assert "gate code" not in body
    assert "Pavlo Kyrylenko" not in body


def test_members_see_internal_notes(world: Any, as_user: Any) -> None:
    body = as_user(world.users["tracing_officer"]).get(f"/facilities/{world.public_point.pk}/").content.decode()
    assert "gate code 1234" in body


def test_unpublished_facility_is_not_found_for_the_public(world: Any, as_user: Any) -> None:
    assert as_user(None).get(f"/facilities/{world.shelter.pk}/").status_code == 404


def test_private_facility_is_not_found_for_another_organisation(world: Any, as_user: Any) -> None:
    assert as_user(world.users["other_coordinator"]).get(f"/facilities/{world.private_ward.pk}/").status_code == 404
    assert as_user(world.users["coordinator"]).get(f"/facilities/{world.private_ward.pk}/").status_code == 200


def test_action_links_follow_permissions(world: Any, as_user: Any) -> None:
    url = f"/facilities/{world.shelter.pk}/"
    coordinator = as_user(world.users["coordinator"]).get(url).content.decode()
    assert "/edit/" in coordinator and "/delete/" in coordinator and "/report/" in coordinator
    field_worker = as_user(world.users["field_worker"]).get(url).content.decode()
    assert "/report/" in field_worker and "/delete/" not in field_worker
    analyst = as_user(world.users["analyst"]).get(url).content.decode()
    assert "/report/" not in analyst and "/edit/" not in analyst
    other_fw = as_user(world.users["other_field_worker"]).get(url).content.decode()
    assert "/report/" not in other_fw


def test_unknown_facility_is_404(world: Any, as_user: Any) -> None:
    assert as_user(world.users["coordinator"]).get("/facilities/999999/").status_code == 404


def test_long_history_stays_under_100_kb(world: Any, as_user: Any) -> None:
    from datetime import timedelta

    for hours in range(80):
        record_report(world.shelter, ReportInput(
            values={"observed_at": timezone.now() - timedelta(hours=hours), "source_name": "warden " * 20,
                    "people": 400 - hours, "note": "basement flooded; " * 10},
            needs=[NeedInput("water", 4), NeedInput("food", 3)]))
    response = as_user(world.users["coordinator"]).get(f"/facilities/{world.shelter.pk}/")
    assert len(response.context["reports"]) == 30
    assert "The latest 30 of 80 reports" in response.content.decode()
    assert len(response.content) < 100_000
