"""The settlement dashboard: totals, needs ranked by urgency, stale facilities with a configurable threshold."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from corridor.places.services import NeedInput, ReportInput, record_report


def _report(facility: Any, hours_ago: float, people: int, needs: list[NeedInput] | None = None) -> None:
    record_report(facility, ReportInput(values={"observed_at": timezone.now() - timedelta(hours=hours_ago),
                                                "source_name": "warden", "people": people}, needs=needs or []))


def test_it_shows_totals_needs_and_stale(world: Any, as_user: Any) -> None:
    _report(world.shelter, 2, 300, [NeedInput("food", 2), NeedInput("baby_formula", 4)])
    _report(world.private_ward, 30, 20)
    response = as_user(world.users["coordinator"]).get(f"/settlements/{world.mariupol.pk}/")
    assert response.status_code == 200
    summary = response.context["summary"]
    assert summary.totals["people"] == 320
    assert [need.item for _, need in summary.needs] == ["baby_formula", "food"]
    body = response.content.decode()
    assert body.index("Baby formula") < body.index("Food")
    stale = response.context["stale_ids"]
    assert world.private_ward.pk in stale and world.shelter.pk not in stale


def test_stale_hours_is_configurable(world: Any, as_user: Any) -> None:
    _report(world.shelter, 2, 300)
    client = as_user(world.users["coordinator"])
    assert world.shelter.pk in client.get(f"/settlements/{world.mariupol.pk}/?stale_hours=1").context["stale_ids"]
    assert world.shelter.pk not in client.get(f"/settlements/{world.mariupol.pk}/?stale_hours=3").context["stale_ids"]
    bad = client.get(f"/settlements/{world.mariupol.pk}/?stale_hours=-5")
    assert bad.status_code == 200 and bad.context["stale_hours"] == 24


def test_public_sees_only_published(world: Any, as_user: Any) -> None:
    _report(world.shelter, 2, 300)
    _report(world.public_point, 2, 45)
    response = as_user(None).get(f"/settlements/{world.mariupol.pk}/")
    assert response.status_code == 200
    assert response.context["summary"].totals["people"] == 45
    assert world.shelter.name_en not in response.content.decode()


def test_other_organisation_does_not_count_private_facilities(world: Any, as_user: Any) -> None:
    _report(world.shelter, 2, 300)
    _report(world.private_ward, 2, 20)
    response = as_user(world.users["other_coordinator"]).get(f"/settlements/{world.mariupol.pk}/")
    assert response.context["summary"].totals["people"] == 300
    assert world.private_ward.name_en not in response.content.decode()


def test_unknown_settlement_is_404(world: Any, as_user: Any) -> None:
    assert as_user(world.users["coordinator"]).get("/settlements/999999/").status_code == 404


def test_it_stays_small(world: Any, as_user: Any) -> None:
    assert len(as_user(world.users["coordinator"]).get(f"/settlements/{world.mariupol.pk}/").content) < 100_000
