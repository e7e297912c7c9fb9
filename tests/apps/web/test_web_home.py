"""The overview page: settlements with totals and most urgent needs, limited to what the viewer may see."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from corridor.places.services import NeedInput, ReportInput, record_report


def _report(facility: Any, people: int, needs: list[NeedInput] | None = None) -> None:
    record_report(facility, ReportInput(values={"observed_at": timezone.now(), "source_name": "warden",
                                                "people": people}, needs=needs or []))


def test_it_works_for_members(world: Any, as_user: Any) -> None:
    _report(world.shelter, 300, [NeedInput("baby_formula", 4)])
    _report(world.private_ward, 20)
    response = as_user(world.users["analyst"]).get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Mariupol" in body and "Zaporizhzhia" in body
    assert "320" in body  # both council facilities count for a council member
    assert "Baby formula" in body


def test_public_sees_only_published_facilities(world: Any, as_user: Any) -> None:
    _report(world.shelter, 300, [NeedInput("baby_formula", 4)])
    _report(world.public_point, 45)
    response = as_user(None).get("/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "45" in body
    assert "300" not in body
    assert "Baby formula" not in body
    assert "Zaporizhzhia" not in body  # the Red Cross centre there is not published


def test_other_organisation_does_not_count_private_facilities(world: Any, as_user: Any) -> None:
    _report(world.shelter, 300)
    _report(world.private_ward, 20)
    body = as_user(world.users["other_coordinator"]).get("/").content.decode()
    assert "300" in body
    assert "320" not in body


def test_it_stays_small(world: Any, as_user: Any) -> None:
    response = as_user(world.users["coordinator"]).get("/")
    assert len(response.content) < 100_000
