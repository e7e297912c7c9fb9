"""The current state of a facility is derived from its reports, field by field, never overwritten."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from corridor.places.models import FacilityReport
from corridor.places.services import (
    DomainError,
    NeedInput,
    ReportInput,
    current_needs,
    is_stale,
    record_report,
    settlement_dashboard,
)


def _report(facility: Any, hours_ago: float, **values: Any) -> FacilityReport:
    values.setdefault("source_name", "warden")
    values["observed_at"] = timezone.now() - timedelta(hours=hours_ago)
    needs = values.pop("needs", [])
    return record_report(facility, ReportInput(values=values, needs=needs))


def test_latest_value_per_field_wins_and_history_stays(world: Any) -> None:
    _report(world.shelter, 10, people=200, water="none", status="open")
    _report(world.shelter, 2, people=250)
    _report(world.shelter, 5, people=999, heating="none")  # older than the latest people count
    state = world.shelter.state
    state.refresh_from_db()
    assert state.people == 250
    assert state.water == "none"
    assert state.heating == "none"
    assert state.status == "open"
    assert world.shelter.reports.count() == 3


def test_needs_latest_statement_per_item_and_met_needs_drop_out(world: Any) -> None:
    _report(world.shelter, 5, needs=[NeedInput("water", 4), NeedInput("food", 2)])
    _report(world.shelter, 1, needs=[NeedInput("water", 0)])
    needs = current_needs(world.shelter)
    assert [(n.item, n.urgency) for n in needs] == [("food", 2)]


def test_future_report_is_refused(world: Any) -> None:
    with pytest.raises(DomainError) as err:
        _report(world.shelter, -5, people=1)
    assert "observed_at" in err.value.errors
    assert world.shelter.reports.count() == 0


def test_dashboard_totals_needs_and_stale(world: Any) -> None:
    from corridor.core.permissions import visible_facilities

    _report(world.shelter, 1, people=300, children=40, needs=[NeedInput("baby_formula", 4)])
    _report(world.private_ward, 30, people=20, infants=8)
    summary = settlement_dashboard(world.mariupol, visible_facilities(world.users["coordinator"]))
    assert summary.totals["people"] == 320
    assert summary.totals["children"] == 40
    assert world.private_ward in summary.stale  # last report 30 h ago
    assert world.public_point in summary.stale  # never reported
    assert world.shelter not in summary.stale
    assert summary.needs[0][1].item == "baby_formula"
    # A partner organisation does not see the council's private ward in its totals.
    other = settlement_dashboard(world.mariupol, visible_facilities(world.users["other_coordinator"]))
    assert other.totals["people"] == 300


def test_is_stale_threshold(world: Any) -> None:
    _report(world.shelter, 3, people=1)
    assert not is_stale(world.shelter.state, hours=4)
    assert is_stale(world.shelter.state, hours=2)


def test_state_keeps_when_each_value_was_observed_and_the_count_qualifier(world: Any) -> None:
    old = _report(world.shelter, 50, people=1000, people_qualifier="more_than")
    new = _report(world.shelter, 2, status="destroyed")
    state = world.shelter.state
    state.refresh_from_db()
    assert (state.people, state.people_qualifier, state.status) == (1000, "more_than", "destroyed")
    assert state.as_of["people"] == old.observed_at.isoformat()
    assert state.as_of["status"] == new.observed_at.isoformat()


def test_unreported_totals_are_unknown_not_zero(world: Any) -> None:
    from corridor.core.permissions import visible_facilities

    _report(world.shelter, 1, people=300)
    summary = settlement_dashboard(world.mariupol, visible_facilities(world.users["coordinator"]))
    assert summary.totals["people"] == 300
    assert summary.totals["patients"] is None
