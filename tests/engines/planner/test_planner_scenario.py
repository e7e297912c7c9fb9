"""Bad input is refused with the JSON path of the problem; good input loads."""

from __future__ import annotations

import pytest

from conftest import EXAMPLE, tiny
from corridor.planner import ScenarioError, load_scenario, scenario_from_dict


def problems(data: object) -> list[str]:
    with pytest.raises(ScenarioError) as exc:
        scenario_from_dict(data)
    return [f"{p}: {m}" for p, m in exc.value.problems]


def test_the_example_loads() -> None:
    sc = load_scenario(EXAMPLE)
    assert sc.corridors[0].windows[1].status == "planned"
    assert {p.id for p in sc.pickups} >= {"hospital-3", "azovstal-shelter"}


def test_negative_count_names_its_path() -> None:
    data = tiny()
    data["pickups"][1]["waiting"]["stretcher"] = -1
    assert "pickups[1].waiting.stretcher: must be ≥ 0" in problems(data)


def test_unknown_ids_are_named() -> None:
    data = tiny()
    data["vehicles"][0]["start"] = "nowhere"
    data["corridors"][0]["collection_point"] = "cp-x"
    found = problems(data)
    assert "vehicles[0].start: unknown place 'nowhere'" in found
    assert "corridors[0].collection_point: unknown collection point 'cp-x'" in found


def test_duplicate_ids_and_reversed_windows() -> None:
    data = tiny()
    data["pickups"][1]["id"] = "s1"
    data["corridors"][0]["windows"][0]["end"] = data["corridors"][0]["windows"][0]["start"]
    found = problems(data)
    assert any(f.startswith("pickups[1].id: duplicate id 's1'") for f in found)
    assert "corridors[0].windows[0].end: must be after start" in found


def test_unknown_field_and_missing_field() -> None:
    data = tiny()
    data["vehicles"][0]["colour"] = "red"
    del data["vehicles"][0]["seats"]
    found = problems(data)
    assert "vehicles[0].colour: is not a known field" in found
    assert "vehicles[0].seats: is required" in found


def test_unknown_priority_class() -> None:
    assert any(p.startswith("priority_weights.children: unknown class") for p in
               problems(tiny(priority_weights={"children": 5})))


def test_matrix_must_cover_every_place() -> None:
    data = tiny(travel={"mode": "matrix", "matrix": {"ids": ["s1", "cp"], "minutes": [[0, 5], [5, 0]]}})
    found = problems(data)
    assert "travel.matrix.ids: place 's2' is missing from the matrix" in found


def test_invalid_json_names_line_and_column(tmp_path) -> None:
    f = tmp_path / "bad.json"
    f.write_text('{\n  "name": "x",\n  "start": \n}\n')
    with pytest.raises(ScenarioError) as exc:
        load_scenario(f)
    assert "invalid JSON at line 4, column 1" in str(exc.value)
    assert str(f) in str(exc.value)
