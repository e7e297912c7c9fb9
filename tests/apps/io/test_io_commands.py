"""`corridor import` / `corridor export`: the same import and export, from a shell, with clear errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from corridor.places.models import Facility

GOOD = ("name_en,kind,settlement,capacity\n"
        "Bunker A,shelter_basement,Маріуполь,40\n"
        "Bunker B,shelter_basement,Mariupol,50\n")


def _run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_facilities_command(world: Any, tmp_path: Path) -> None:
    path = tmp_path / "shelters.csv"
    path.write_text(GOOD, encoding="utf-8")
    out, _ = _run("corridor_import", "facilities", str(path), "--as", "coordinator")
    assert "imported 2 facilities" in out
    assert Facility.objects.filter(name_en__startswith="Bunker", organisation=world.council).count() == 2


def test_import_command_lists_bad_rows_and_fails(world: Any, tmp_path: Path) -> None:
    path = tmp_path / "shelters.csv"
    path.write_text(GOOD + "Bunker C,castle,Mariupol,x\n", encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing imported: 1 bad row"):
        call_command("corridor_import", "facilities", str(path), "--as", "coordinator", stderr=err)
    assert f"{path}: line 4, column kind:" in err.getvalue()
    assert f"{path}: line 4, column capacity:" in err.getvalue()
    assert not Facility.objects.filter(name_en__startswith="Bunker").exists()
    out, err_text = _run("corridor_import", "facilities", str(path), "--as", "coordinator", "--skip-bad-rows")
    assert "imported 2 facilities, skipped 1 bad row(s)" in out
    assert "skipped line 4, column kind" in err_text


def test_import_command_refusals_name_the_problem(world: Any, tmp_path: Path) -> None:
    path = tmp_path / "shelters.csv"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(CommandError, match="may not import"):
        call_command("corridor_import", "facilities", str(path), "--as", "analyst")
    with pytest.raises(CommandError, match="may not import"):
        call_command("corridor_import", "facilities", str(path), "--as", "coordinator",
                     "--organisation", "Red Cross Mariupol")
    with pytest.raises(CommandError, match="no active user"):
        call_command("corridor_import", "facilities", str(path), "--as", "nobody")
    with pytest.raises(CommandError, match="cannot read the file"):
        call_command("corridor_import", "facilities", str(tmp_path / "missing.csv"), "--as", "coordinator")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="empty.csv: the file is empty"):
        call_command("corridor_import", "reports", str(empty), "--as", "coordinator")


def test_export_command_defaults_to_the_public_view(world: Any, tmp_path: Path) -> None:
    out, _ = _run("corridor_export", "facilities", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["name_en"] for r in rows] == [world.public_point.name_en]
    assert "notes" not in rows[0]
    target = tmp_path / "all.geojson"
    _run("corridor_export", "facilities", "--format", "geojson", "--as", "analyst", "--out", str(target))
    assert len(json.loads(target.read_text(encoding="utf-8"))["features"]) == 4
    with pytest.raises(CommandError, match="csv or hxl"):
        call_command("corridor_export", "reports", "--format", "geojson")
    with pytest.raises(CommandError, match="--kind"):
        call_command("corridor_export", "facilities", "--kind", "castle")


def test_facilities_round_trip_export_then_import(world: Any, tmp_path: Path) -> None:
    """What one organisation exports, another imports into the same fields (state columns are read-only)."""
    target = tmp_path / "council.hxl.csv"
    _run("corridor_export", "facilities", "--format", "hxl", "--as", "coordinator", "--settlement", "Mariupol",
         "--out", str(target))
    out, err = _run("corridor_import", "facilities", str(target), "--as", "other_coordinator", "--hxl")
    assert "imported 3 facilities" in out
    fields = ["name_en", "name_uk", "name_ru", "kind", "settlement_id", "address", "lat", "lon", "capacity",
              "published", "visibility", "notes"]
    originals = Facility.objects.filter(organisation=world.council, settlement=world.mariupol)
    copies = Facility.objects.filter(organisation=world.redcross, settlement=world.mariupol)
    assert sorted(originals.values_list(*fields)) == sorted(copies.values_list(*fields))
    assert "ignored columns" in err and "#population+total" in err


def test_cli_wrapper_maps_import_to_the_management_command(world: Any, tmp_path: Path) -> None:
    from corridor.cli import APP_COMMANDS

    assert APP_COMMANDS["import"][0] == "corridor_import"
    assert APP_COMMANDS["export"][0] == "corridor_export"
