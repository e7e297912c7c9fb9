"""`corridor demo` builds the Mariupol scenario from the seed reports, with every figure sourced."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from corridor.accounts.models import User
from corridor.places.models import Facility, FacilityReport, Figure


@pytest.fixture
def demo(db: Any, settings: Any, tmp_path: Path) -> str:
    settings.DEMO_MODE = True
    settings.DATA_DIR = tmp_path
    out = io.StringIO()
    call_command("corridor_demo", "--no-serve", stdout=out)
    return out.getvalue()


def test_scenario_holds_the_seed_figures_with_sources(demo: str) -> None:
    held = Facility.objects.get(name_en="Hospital held by Russian forces")
    assert held.settlement.name_en == "Mariupol"
    assert held.state.status == "held"
    report = held.reports.get()
    assert report.source_name == "Pavlo Kyrylenko" and report.channel == "telegram"
    assert "Donetsk" in report.source_role
    assert {(f.category, f.value, f.counted) for f in report.figures.all()} == {
        ("held", 400, "residents"), ("held", 100, "staff")}

    theatre = Facility.objects.get(name_en="Drama theatre shelter")
    figures = Figure.objects.filter(report__facility=theatre)
    assert figures.get(category="rescued").value == 130
    assert figures.get(category="rescued").report.source_name == "Lyudmyla Denisova"
    assert figures.get(category="under_rubble").value == 1300
    assert theatre.state.status == "destroyed"
    assert theatre.reports.filter(people=1000, people_qualifier="more_than").exists()

    convoy = Facility.objects.get(kind="checkpoint")
    assert convoy.settlement.name_en in {"Berdyansk", "Berdiansk"}
    assert convoy.state.status == "blocked"
    # Mariupol, Berdyansk, Zaporizhzhia, Lviv by their GeoNames ids.
    assert {f.settlement.geonameid for f in Facility.objects.all()} == {701822, 712451, 687700, 702550}
    assert FacilityReport.objects.filter(source_name="").count() == 0


def test_demo_accounts_for_each_role_are_printed(demo: str) -> None:
    roles = set(User.objects.values_list("role", flat=True))
    assert roles >= {"administrator", "coordinator", "field_worker", "tracing_officer", "analyst"}
    for username in ("admin", "coordinator", "fieldworker", "tracer", "analyst"):
        assert username in demo
    fieldworker = User.objects.get(username="fieldworker")
    assert fieldworker.assigned_facilities.filter(kind="shelter_school").exists()


def test_demo_is_idempotent(demo: str, settings: Any) -> None:
    count = FacilityReport.objects.count()
    call_command("corridor_demo", "--no-serve", stdout=io.StringIO())
    assert FacilityReport.objects.count() == count
    # Passwords are kept per data directory: a second start prints the same ones.
    stored = (Path(settings.DATA_DIR) / "demo_accounts.txt").read_text()
    assert stored.count("\n") == 6
