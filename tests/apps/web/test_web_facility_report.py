"""Recording a report: the form, its needs and figures rows, the shared service, and who may do it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from corridor.places.models import FacilityReport


def _management(prefix: str, total: int) -> dict[str, Any]:
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "20"}


def _data(**changes: Any) -> dict[str, Any]:
    observed = timezone.localtime(timezone.now() - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    data: dict[str, Any] = {
        "observed_at": observed, "source_name": "Shelter warden", "channel": "phone", "reliability": "B",
        "status": "open", "people": "420", "people_qualifier": "about", "children": "60", "infants": "8",
        "water": "none", "heating": "none",
        **_management("needs", 4), **_management("figures", 2),
        "needs-0-item": "water", "needs-0-urgency": "4", "needs-0-quantity": "2000", "needs-0-unit": "litres",
        "needs-1-item": "baby_formula", "needs-1-urgency": "3",
        # rows 2-3 of needs and both figure rows are left blank, as a browser sends them
        "needs-2-item": "", "needs-2-urgency": "", "needs-3-item": "", "needs-3-urgency": "",
        "figures-0-category": "", "figures-0-value": "", "figures-0-qualifier": "exact", "figures-0-counted": "people",
        "figures-1-category": "rescued", "figures-1-value": "12", "figures-1-qualifier": "at_least",
        "figures-1-counted": "people",
    }
    data.update(changes)
    return data


def test_it_records_report_needs_and_figures(world: Any, as_user: Any) -> None:
    response = as_user(world.users["field_worker"]).post(f"/facilities/{world.shelter.pk}/report/", _data())
    assert response.status_code == 302
    report = FacilityReport.objects.get(facility=world.shelter)
    assert report.people == 420 and report.recorded_by == world.users["field_worker"]
    assert sorted(n.item for n in report.needs.all()) == ["baby_formula", "water"]
    assert [(f.category, f.value, f.qualifier) for f in report.figures.all()] == [("rescued", 12, "at_least")]
    world.shelter.state.refresh_from_db()
    assert world.shelter.state.people == 420 and world.shelter.state.top_urgency == 4
    assert FacilityReport.history.get(id=report.pk).audit_path == "web"


def test_form_shows_blank_rows(world: Any, as_user: Any) -> None:
    response = as_user(world.users["coordinator"]).get(f"/facilities/{world.shelter.pk}/report/")
    assert response.status_code == 200
    assert b'name="needs-3-item"' in response.content and b'name="figures-1-category"' in response.content


def test_bad_input_shows_field_errors_and_writes_nothing(world: Any, as_user: Any) -> None:
    response = as_user(world.users["coordinator"]).post(f"/facilities/{world.shelter.pk}/report/", _data(
        source_name="", people="50", children="80", **{"needs-2-item": "water", "needs-2-urgency": "2",
                                                        "figures-1-value": "-4"}))
    assert response.status_code == 200
    form_errors = response.context["form"].errors
    assert "source_name" in form_errors and "children" in form_errors
    assert "item" in response.context["needs"].forms[2].errors  # water twice
    assert "value" in response.context["figures"].forms[1].errors
    assert not FacilityReport.objects.exists()


def test_a_need_without_urgency_is_refused(world: Any, as_user: Any) -> None:
    response = as_user(world.users["coordinator"]).post(
        f"/facilities/{world.shelter.pk}/report/", _data(**{"needs-2-item": "fuel"}))
    assert "urgency" in response.context["needs"].forms[2].errors
    assert not FacilityReport.objects.exists()


def test_future_observation_is_refused(world: Any, as_user: Any) -> None:
    future = timezone.localtime(timezone.now() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    response = as_user(world.users["coordinator"]).post(f"/facilities/{world.shelter.pk}/report/",
                                                        _data(observed_at=future))
    assert response.status_code == 200 and "observed_at" in response.context["form"].errors
    assert not FacilityReport.objects.exists()


def test_refusals(world: Any, as_user: Any) -> None:
    url = f"/facilities/{world.shelter.pk}/report/"
    assert as_user(None).post(url, _data()).status_code == 404
    assert as_user(world.users["other_field_worker"]).post(url, _data()).status_code == 403  # not assigned
    assert as_user(world.users["analyst"]).post(url, _data()).status_code == 403
    assert as_user(world.users["other_coordinator"]).post(url, _data()).status_code == 403
    assert as_user(world.users["tracing_officer"]).get(url).status_code == 403
    assert not FacilityReport.objects.exists()


def test_anonymous_is_sent_to_login_for_a_published_facility(world: Any, as_user: Any) -> None:
    response = as_user(None).get(f"/facilities/{world.public_point.pk}/report/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
