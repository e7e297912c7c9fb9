"""A backup restores every record and its history, all or nothing."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from corridor.accounts.models import Organisation, User
from corridor.places.models import Facility, FacilityReport, Need
from corridor.places.services import NeedInput, ReportInput, record_report


@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_round_trip(world: Any, tmp_path: Path) -> None:
    record_report(world.shelter, ReportInput(values={"observed_at": timezone.now(), "source_name": "warden",
                                                     "people": 140}, needs=[NeedInput("water", 4)]))
    before = {
        "orgs": Organisation.objects.count(), "users": User.objects.count(), "facilities": Facility.objects.count(),
        "reports": FacilityReport.objects.count(), "needs": Need.objects.count(),
        "history": Facility.history.count(),
    }
    password_hash = User.objects.get(username="coordinator").password
    out = tmp_path / "b.json.gz"
    call_command("corridor_backup", out=str(out))
    assert out.exists() and out.stat().st_size > 0

    call_command("flush", interactive=False, verbosity=0)
    assert Facility.objects.count() == 0
    call_command("corridor_restore", str(out))

    after = {
        "orgs": Organisation.objects.count(), "users": User.objects.count(), "facilities": Facility.objects.count(),
        "reports": FacilityReport.objects.count(), "needs": Need.objects.count(),
        "history": Facility.history.count(),
    }
    assert after == before
    assert User.objects.get(username="coordinator").password == password_hash
    restored = Facility.objects.get(pk=world.shelter.pk)
    assert restored.state.people == 140
    assert list(restored.field_workers.values_list("username", flat=True)) == ["field_worker"]


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_non_empty_database(world: Any, tmp_path: Path) -> None:
    out = tmp_path / "b.json.gz"
    call_command("corridor_backup", out=str(out))
    with pytest.raises(CommandError, match="not empty"):
        call_command("corridor_restore", str(out))


@pytest.mark.django_db(transaction=True)
def test_restore_of_a_broken_file_names_it_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json.gz"
    with gzip.open(bad, "wt") as fh:
        fh.write("[{not json")
    with pytest.raises(CommandError, match="broken.json.gz"):
        call_command("corridor_restore", str(bad))
    assert Facility.objects.count() == 0
