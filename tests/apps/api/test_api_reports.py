"""Facility reports and needs through the API: provenance for members only, nested needs, one validation path."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from corridor.places.models import FacilityReport, Need

REPORT = {"source_name": "Pavlo Kyrylenko", "source_role": "head of the Donetsk regional military administration",
          "channel": "telegram", "reliability": "B", "status": "held", "people": 500, "patients": 400,
          "staff": 100, "people_qualifier": "about", "electricity": "none",
          "needs": [{"item": "evacuation", "urgency": 4}, {"item": "water", "urgency": 3, "quantity": 2000,
                                                            "unit": "litres"}],
          "figures": [{"category": "held", "value": 500, "qualifier": "about"}]}


def _url(facility: Any) -> str:
    return f"/api/facilities/{facility.pk}/reports/"


def _report(**changes: Any) -> dict[str, Any]:
    return {**REPORT, "observed_at": (timezone.now() - timedelta(hours=1)).isoformat(), **changes}


def test_assigned_field_worker_records_report_with_needs_and_figures(world: Any, api_as: Any) -> None:
    user = world.users["field_worker"]
    response = api_as(user).post(_url(world.shelter), _report(), format="json")
    assert response.status_code == 201, response.json()
    report = FacilityReport.objects.get(pk=response.json()["id"])
    assert report.recorded_by == user and report.source_name == "Pavlo Kyrylenko"
    assert sorted(n.item for n in report.needs.all()) == ["evacuation", "water"]
    assert report.figures.get().value == 500
    world.shelter.state.refresh_from_db()
    assert (world.shelter.state.people, world.shelter.state.top_urgency) == (500, 4)
    history = FacilityReport.history.get(id=report.pk)
    assert (history.audit_path, history.history_user_id) == ("api", user.pk)


@pytest.mark.parametrize("who, facility, code", [
    (None, "public_point", 401),
    ("analyst", "shelter", 403),
    ("tracing_officer", "shelter", 403),
    ("other_field_worker", "shelter", 403),      # not assigned to it
    ("other_coordinator", "shelter", 403),       # other organisation
    ("other_coordinator", "private_ward", 404),  # invisible to the other organisation
])
def test_reporting_is_refused_without_the_right(world: Any, api_as: Any, who: Any, facility: str,
                                                code: int) -> None:
    response = api_as(world.users.get(who)).post(_url(getattr(world, facility)), _report(), format="json")
    assert response.status_code == code
    assert FacilityReport.objects.count() == 0


def test_bad_report_gives_field_messages_including_nested_and_writes_nothing(world: Any, api_as: Any,
                                                                            error_fields: Any) -> None:
    body = _report(people=10, children=20, channel="pigeon", observed_at="the other day",
                   needs=[{"item": "water", "urgency": 9}, {"item": "unicorns", "urgency": 1}],
                   figures=[{"category": "rescued", "value": -1}])
    response = api_as(world.users["coordinator"]).post(_url(world.shelter), body, format="json")
    assert response.status_code == 400
    fields = error_fields(response)
    assert {"children", "channel", "observed_at", "needs[0].urgency", "needs[1].item",
            "figures[0].value"} <= set(fields)
    assert FacilityReport.objects.count() == 0 and Need.objects.count() == 0


def test_duplicate_need_item_and_non_list_needs_are_400(world: Any, api_as: Any, error_fields: Any) -> None:
    api = api_as(world.users["coordinator"])
    twice = api.post(_url(world.shelter), _report(needs=[{"item": "food", "urgency": 2},
                                                         {"item": "food", "urgency": 3}]), format="json")
    assert twice.status_code == 400 and "needs[1].item" in error_fields(twice)
    scalar = api.post(_url(world.shelter), _report(needs="water"), format="json")
    assert scalar.status_code == 400 and "needs" in error_fields(scalar)


def test_report_from_the_future_is_422(world: Any, api_as: Any, error_fields: Any) -> None:
    body = _report(observed_at=(timezone.now() + timedelta(days=2)).isoformat())
    response = api_as(world.users["coordinator"]).post(_url(world.shelter), body, format="json")
    assert response.status_code == 422
    assert "observed_at" in error_fields(response)
    assert FacilityReport.objects.count() == 0


def test_public_reads_reports_of_published_facility_without_sources(world: Any, api_as: Any,
                                                                    report_on: Any) -> None:
    report_on(world.public_point, people=40, note="gate at the back", source_role="warden")
    response = api_as(None).get(_url(world.public_point))
    assert response.status_code == 200
    row = response.json()["results"][0]
    assert row["people"] == 40
    assert not {"source_name", "source_role", "note", "channel", "reliability"} & set(row)
    member = api_as(world.users["analyst"]).get(_url(world.public_point)).json()["results"][0]
    assert member["source_name"] == "Shelter warden" and member["note"] == "gate at the back"


def test_reports_of_invisible_facility_are_404(world: Any, api_as: Any, report_on: Any) -> None:
    report_on(world.private_ward, people=12)
    assert api_as(None).get(_url(world.shelter)).status_code == 404
    assert api_as(world.users["other_coordinator"]).get(_url(world.private_ward)).status_code == 404
    assert api_as(world.users["analyst"]).get(_url(world.private_ward)).json()["count"] == 1


def test_reports_are_paginated_newest_first(world: Any, api_as: Any, report_on: Any) -> None:
    for hours in range(5):
        report_on(world.shelter, hours_ago=hours + 1, people=100 + hours)
    page = api_as(world.users["analyst"]).get(_url(world.shelter), {"limit": 2}).json()
    assert page["count"] == 5
    assert [r["people"] for r in page["results"]] == [100, 101]


def test_facility_needs_are_latest_open_needs(world: Any, api_as: Any, report_on: Any) -> None:
    from corridor.places.services import NeedInput

    report_on(world.shelter, hours_ago=5, needs=[NeedInput("water", 4), NeedInput("food", 2)])
    report_on(world.shelter, hours_ago=1, needs=[NeedInput("water", 0)])
    response = api_as(world.users["analyst"]).get(f"/api/facilities/{world.shelter.pk}/needs/")
    assert [(n["item"], n["urgency"]) for n in response.json()] == [("food", 2)]
    assert api_as(None).get(f"/api/facilities/{world.shelter.pk}/needs/").status_code == 404
    assert api_as(None).post(f"/api/facilities/{world.shelter.pk}/needs/", {}).status_code in (401, 405)
