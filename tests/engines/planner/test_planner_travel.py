"""Travel times: a user's matrix, great-circle legs, blocked segments and danger zones."""

from __future__ import annotations

import math

import pytest

from conftest import solve, tiny
from corridor.planner import scenario_from_dict
from corridor.planner.geo import great_circle_m, point_in_polygon, segments_cross
from corridor.planner.travel import build_travel


def matrix_town() -> dict:
    ids = ["garage", "s1", "s2", "cp"]
    minutes = [[0, 10, 12, 5], [10, 0, None, 8], [12, None, 0, 9], [5, 8, 9, 0]]
    return tiny(travel={"mode": "matrix", "matrix": {"ids": ids, "minutes": minutes}})


def test_great_circle_and_crossings() -> None:
    # one degree of latitude is ~111.2 km
    assert great_circle_m((47.0, 37.5), (48.0, 37.5)) == pytest.approx(111_195, rel=0.001)
    assert segments_cross((0, 0), (1, 1), (0, 1), (1, 0))
    assert not segments_cross((0, 0), (1, 1), (2, 0), (3, 1))
    square = [(0, 0), (0, 1), (1, 1), (1, 0)]
    assert point_in_polygon((0.5, 0.5), square) and not point_in_polygon((1.5, 0.5), square)


def test_a_matrix_is_used_as_given_and_missing_roads_go_round() -> None:
    tr = build_travel(scenario_from_dict(matrix_town()))
    assert tr.time("garage", "s1") == 600
    # no direct road s1 → s2: through the collection point (8 + 9 min) or the garage (10 + 12)
    assert tr.time("s1", "s2") == 17 * 60 and tr.via("s1", "s2") == ["cp"]


def test_a_plan_on_a_matrix_is_sound() -> None:
    _sc, p = solve(matrix_town())
    assert p["check"]["ok"], p["check"]["violations"]
    assert p["summary"]["evacuated_total"] == 15


def test_a_shelter_inside_a_danger_zone_is_unreachable() -> None:
    data = tiny(danger_zones=[{"id": "z", "polygon": [[47.107, 37.535], [47.113, 37.535],
                                                      [47.113, 37.543], [47.107, 37.543]]}])
    tr = build_travel(scenario_from_dict(data))
    assert math.isinf(tr.time("garage", "s1")) and math.isinf(tr.time("s1", "cp"))
    assert math.isfinite(tr.time("garage", "s2"))
    _, p = solve(data)
    assert p["check"]["ok"]
    assert [r["reason"][:7] for r in p["remaining"]] == ["blocked"]
