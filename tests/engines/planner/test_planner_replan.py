"""Replanning after each kind of change keeps what is under way and stays sound."""

from __future__ import annotations

from datetime import datetime

import pytest

from corridor.planner import ScenarioError, change_from_dict, check_plan, replan


def secs(s: str) -> float:
    return datetime.fromisoformat(s).timestamp()


def kept_under_way(old: dict, new: dict, at: str) -> None:
    """Every stop finished before the change is in the new plan unchanged."""
    new_by_id = {v["id"]: v["stops"] for v in new["vehicles"]}
    for v in old["vehicles"]:
        done = [s for s in v["stops"] if secs(s["depart"]) <= secs(at)]
        assert new_by_id[v["id"]][: len(done)] == done, v["id"]


def test_people_reported_at_a_shelter_and_at_a_new_place(example_scenario, example_plan) -> None:
    at = "2022-03-06T08:30:00+02:00"
    change = {"at": at, "events": [
        {"type": "people_reported", "place": "hospital-3", "add": {"stretcher": 2, "seated_patient": 5}},
        {"type": "people_reported", "place": "new-basement", "lat": 47.108, "lon": 37.535, "name": "Basement",
         "add": {"other": 60}}]}
    new = replan(example_scenario, example_plan, change, time_limit=1.0, seed=1)
    assert new["check"]["ok"], new["check"]["violations"]
    assert check_plan(example_scenario, new) == []
    kept_under_way(example_plan, new, at)
    assert new["replan"]["at"].startswith("2022-03-06T08:30")
    # seated patients outrank the people already planned: all 25 leave
    assert new["summary"]["evacuated"]["seated_patient"] == 25


def test_a_bus_breaks_down_with_people_aboard(example_scenario, example_plan) -> None:
    bus = next(v for v in example_plan["vehicles"]
               if v["role"] == "convoy" and sum(1 for s in v["stops"] if s["kind"] == "pickup") >= 2)
    first = next(s for s in bus["stops"] if s["kind"] == "pickup")
    at = datetime.fromtimestamp(secs(first["depart"]) + 60).astimezone().isoformat()
    new = replan(example_scenario, example_plan, {"at": at, "events": [
        {"type": "vehicle_broken", "vehicle": bus["id"]}]}, time_limit=1.0, seed=1)
    assert new["check"]["ok"], new["check"]["violations"]
    entry = next(v for v in new["vehicles"] if v["id"] == bus["id"])
    assert entry["status"] == "broken"
    assert entry["stops"][-1]["kind"] == "drop"
    assert entry["stops"][-1]["unload"] == first["board"]
    assert not any(s["kind"] == "destination" for s in entry["stops"])
    kept_under_way(example_plan, new, at)


def test_the_corridor_closes(example_scenario, example_plan) -> None:
    at = "2022-03-06T09:00:00+02:00"
    new = replan(example_scenario, example_plan, {"at": at, "events": [
        {"type": "corridor_closed", "corridor": "zap-berdiansk"}]}, time_limit=1.0, seed=1)
    assert new["check"]["ok"], new["check"]["violations"]
    assert new["status"] == "infeasible" and new["summary"]["evacuated_total"] == 0
    drops = [s for v in new["vehicles"] for s in v["stops"] if s["kind"] == "drop"]
    assert drops and all(s["place"] == "cp-drama" for s in drops)
    assert any("closed" in e for e in new["explanations"])
    kept_under_way(example_plan, new, at)


def test_the_window_moves_later(example_scenario, example_plan) -> None:
    at = "2022-03-06T08:00:00+02:00"
    new = replan(example_scenario, example_plan, {"at": at, "events": [
        {"type": "window_moved", "corridor": "zap-berdiansk", "window": 1,
         "start": "2022-03-06T12:00:00+02:00", "end": "2022-03-06T21:00:00+02:00"}]}, time_limit=1.0, seed=1)
    assert new["check"]["ok"], new["check"]["violations"]
    entries = [secs(v["stops"][-2]["depart"]) for v in new["vehicles"] if v["stops"] and v["role"] == "convoy"]
    assert entries and min(entries) >= secs("2022-03-06T12:00:00+02:00")
    assert new["summary"]["evacuated_total"] > 0


def test_a_bad_change_names_its_path(example_scenario) -> None:
    with pytest.raises(ScenarioError) as exc:
        change_from_dict({"at": "2022-03-06T08:00:00+02:00", "events": [
            {"type": "vehicle_broken", "vehicle": "bus-99"},
            {"type": "people_reported", "place": "hospital-3", "add": {"other": -4}}]}, example_scenario)
    text = str(exc.value)
    assert "events[1].people_reported.add.other: must be ≥ 0" in text or "events[0].vehicle" in text


def test_unknown_vehicle_in_a_change(example_scenario) -> None:
    with pytest.raises(ScenarioError) as exc:
        change_from_dict({"at": "2022-03-06T08:00:00+02:00", "events": [
            {"type": "vehicle_broken", "vehicle": "bus-99"}]}, example_scenario)
    assert exc.value.problems == [("events[0].vehicle", "unknown vehicle 'bus-99'")]
