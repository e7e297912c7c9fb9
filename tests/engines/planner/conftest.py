"""Planner fixtures: a tiny city built in code, the shipped Mariupol example, and a plan of it made once."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from corridor.planner import load_scenario, plan, scenario_from_dict

EXAMPLE = Path(__file__).resolve().parents[3] / "src" / "corridor" / "planner" / "examples" / "mariupol.json"
DAY = "2022-03-06T"


def t(hm: str) -> str:
    return f"{DAY}{hm}:00+02:00"


def tiny(**over: Any) -> dict[str, Any]:
    """A 4 × 4 km town: two shelters, a collection point, a corridor of 2 h run open 10:00–18:00, one bus."""
    data: dict[str, Any] = {
        "name": "tiny",
        "start": t("07:00"),
        "stop_minutes": 2,
        "pickups": [
            {"id": "s1", "lat": 47.110, "lon": 37.540, "waiting": {"other": 10}},
            {"id": "s2", "lat": 47.120, "lon": 37.560, "waiting": {"elderly_disabled": 5}},
        ],
        "collection_points": [{"id": "cp", "lat": 47.100, "lon": 37.550}],
        "destinations": [{"id": "zap", "name": "Zaporizhzhia", "lat": 47.84, "lon": 35.14}],
        "depots": [{"id": "garage", "lat": 47.105, "lon": 37.545}],
        "corridors": [{"id": "c1", "collection_point": "cp", "destination": "zap", "run_minutes": 120,
                       "windows": [{"start": t("10:00"), "end": t("18:00")}]}],
        "vehicles": [{"id": "bus-1", "seats": 40, "stretchers": 2, "start": "garage",
                      "available_from": t("08:00"), "available_until": t("23:00")}],
        "travel": {"mode": "great_circle", "road_factor": 1.3, "speed_kmh": 30},
    }
    data.update(over)
    return data


def solve(data: dict[str, Any], time_limit: float = 1.0, **kw: Any) -> tuple[Any, dict[str, Any]]:
    sc = scenario_from_dict(copy.deepcopy(data))
    return sc, plan(sc, time_limit=time_limit, seed=1, **kw)


def evacuated(p: dict[str, Any]) -> dict[str, int]:
    return dict(p["summary"]["evacuated"])


@pytest.fixture(scope="session")
def example_scenario() -> Any:
    return load_scenario(EXAMPLE)


@pytest.fixture(scope="session")
def example_plan(example_scenario: Any) -> dict[str, Any]:
    return plan(example_scenario, time_limit=2.0, seed=1)
