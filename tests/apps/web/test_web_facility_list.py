"""The facility list: visible facilities only, filters, pagination."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from corridor.places.models import Facility
from corridor.places.services import ReportInput, record_report


def _report(facility: Any, hours_ago: float = 1, **values: Any) -> None:
    values.update(observed_at=timezone.now() - timedelta(hours=hours_ago), source_name="warden")
    record_report(facility, ReportInput(values=values))


def test_it_works(world: Any, as_user: Any) -> None:
    body = as_user(world.users["coordinator"]).get("/facilities/").content.decode()
    for facility in (world.shelter, world.private_ward, world.public_point, world.rc_point):
        assert facility.name_en in body


def test_public_sees_only_published(world: Any, as_user: Any) -> None:
    response = as_user(None).get("/facilities/")
    assert response.status_code == 200
    body = response.content.decode()
    assert world.public_point.name_en in body
    assert world.shelter.name_en not in body
    assert world.rc_point.name_en not in body


def test_other_organisation_does_not_see_private_facilities(world: Any, as_user: Any) -> None:
    body = as_user(world.users["other_coordinator"]).get("/facilities/").content.decode()
    assert world.shelter.name_en in body  # shared with partners
    assert world.private_ward.name_en not in body


def test_it_filters_by_settlement_kind_and_status(world: Any, as_user: Any) -> None:
    client = as_user(world.users["coordinator"])
    body = client.get(f"/facilities/?settlement={world.zaporizhzhia.pk}").content.decode()
    assert world.rc_point.name_en in body and world.shelter.name_en not in body
    body = client.get("/facilities/?kind=maternity").content.decode()
    assert world.private_ward.name_en in body and world.shelter.name_en not in body
    _report(world.shelter, status="damaged")
    body = client.get("/facilities/?status=damaged").content.decode()
    assert world.shelter.name_en in body and world.public_point.name_en not in body


def test_it_filters_stale_facilities(world: Any, as_user: Any) -> None:
    _report(world.shelter, hours_ago=1, people=10)
    _report(world.public_point, hours_ago=72, people=10)
    body = as_user(world.users["coordinator"]).get("/facilities/?stale=on").content.decode()
    assert world.shelter.name_en not in body
    assert world.public_point.name_en in body
    assert world.private_ward.name_en in body  # never reported


def test_bad_filter_values_show_everything_with_an_error(world: Any, as_user: Any) -> None:
    response = as_user(world.users["coordinator"]).get("/facilities/?kind=spaceport&settlement=abc")
    assert response.status_code == 200
    assert world.shelter.name_en in response.content.decode()


def test_it_paginates(world: Any, as_user: Any) -> None:
    for n in range(55):
        Facility.objects.create(organisation=world.council, settlement=world.mariupol, kind="shelter_basement",
                                name_en=f"Basement {n:02d}")
    client = as_user(world.users["coordinator"])
    first = client.get("/facilities/?kind=shelter_basement").content.decode()
    assert "Basement 00" in first and "Basement 54" not in first
    second = client.get("/facilities/?kind=shelter_basement&page=2").content.decode()
    assert "Basement 54" in second and "Basement 00" not in second
    assert "kind=shelter_basement" in first  # the next-page link keeps the filter
    assert len(first) < 100_000


def test_create_button_only_for_writers(world: Any, as_user: Any) -> None:
    assert b"/facilities/new/" in as_user(world.users["coordinator"]).get("/facilities/").content
    assert b"/facilities/new/" not in as_user(world.users["analyst"]).get("/facilities/").content
    assert b"/facilities/new/" not in as_user(None).get("/facilities/").content
