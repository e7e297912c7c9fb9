"""The plan checker: each rule catches a plan broken in that one way."""

from __future__ import annotations

import copy

import pytest

from conftest import solve, tiny
from corridor.planner import check_plan, scenario_from_dict


@pytest.fixture(scope="module")
def good() -> tuple:
    data = tiny()
    data["pickups"][0]["waiting"] = {"other": 10, "stretcher": 1}
    sc, p = solve(data)
    assert p["check"]["ok"] and check_plan(sc, p) == []
    return sc, p


def broken(good: tuple, edit) -> list[str]:  # type: ignore[no-untyped-def]
    sc, p = good
    q = copy.deepcopy(p)
    stops = q["vehicles"][0]["stops"]
    edit(q, stops)
    return check_plan(sc, q)


def rules(violations: list[str]) -> set[str]:
    return {v.split(":")[0] for v in violations}


def pickup(stops: list[dict]) -> dict:
    return next(s for s in stops if s["kind"] == "pickup" and "other" in s.get("board", {}))


def test_seats_are_counted(good) -> None:
    def edit(q, stops):
        pickup(stops)["board"]["other"] += 40
        stops[-1]["unload"]["other"] += 40
    assert "capacity" in rules(broken(good, edit))


def test_stretcher_places_are_counted(good) -> None:
    sc, _ = good
    sc2 = sc.model_copy(deep=True)
    sc2.vehicles[0].stretchers = 0
    assert any(v.startswith("capacity") and "stretcher" in v for v in check_plan(sc2, good[1]))


def test_entering_before_the_window_opens(good) -> None:
    def edit(q, stops):
        stops[-2]["depart"] = "2022-03-06T09:30:00+02:00"
    assert any("before the window opens" in v for v in broken(good, edit))


def test_leaving_after_the_window_closes_and_a_too_fast_run(good) -> None:
    def edit(q, stops):
        stops[-1]["arrive"] = "2022-03-06T19:00:00+02:00"
    assert any("after the window closes" in v for v in broken(good, edit))

    def edit2(q, stops):
        stops[-1]["arrive"] = stops[-2]["depart"]
    assert any("the run takes" in v for v in broken(good, edit2))


def test_a_closed_window(good) -> None:
    sc, p = good
    sc2 = sc.model_copy(deep=True)
    sc2.corridors[0].windows[0].status = "closed"
    assert any("is closed" in v for v in check_plan(sc2, p))


def test_driving_faster_than_the_road_allows(good) -> None:
    def edit(q, stops):
        stops[1]["arrive"] = stops[0]["depart"]
        stops[1]["depart"] = stops[0]["depart"]
    assert "travel" in rules(broken(good, edit))


def test_boarding_takes_time(good) -> None:
    def edit(q, stops):
        s = pickup(stops)
        s["depart"] = s["arrive"]
    assert "boarding" in rules(broken(good, edit))


def test_blocked_segments_are_not_crossed(good) -> None:
    _sc, p = good
    data = tiny(blocked_segments=[{"id": "wall", "points": [[47.107, 37.50], [47.107, 37.60]]}])
    data["pickups"][0]["waiting"] = {"other": 10, "stretcher": 1}
    sc2 = scenario_from_dict(data)
    assert "blocked" in rules(check_plan(sc2, p))


def test_nobody_is_counted_twice(good) -> None:
    sc, p = good
    q = copy.deepcopy(p)
    extra = copy.deepcopy(q["vehicles"][0])
    q["vehicles"][0]["id"] = "bus-1"
    sc2 = sc.model_copy(deep=True)
    twin = sc2.vehicles[0].model_copy(update={"id": "bus-2"})
    sc2.vehicles.append(twin)
    extra["id"] = "bus-2"
    q["vehicles"].append(extra)
    found = check_plan(sc2, q)
    assert any(v.startswith("count") and "more" in v for v in found)


def test_the_same_vehicle_twice_and_unknown_ids(good) -> None:
    def edit(q, stops):
        q["vehicles"].append(copy.deepcopy(q["vehicles"][0]))
        stops[1]["place"] = "atlantis"
    found = broken(good, edit)
    assert any("appears twice" in v for v in found)
    assert any("unknown place 'atlantis'" in v for v in found)


def test_vehicle_availability(good) -> None:
    sc, p = good
    sc2 = sc.model_copy(deep=True)
    sc2.vehicles[0].available_until = sc2.vehicles[0].available_from.replace(hour=11)
    assert "availability" in rules(check_plan(sc2, p))


def test_people_are_delivered(good) -> None:
    def edit(q, stops):
        stops[-1]["unload"]["other"] -= 1
    found = broken(good, edit)
    assert "delivery" in rules(found)
    assert any(v.startswith("count: summary.evacuated") for v in found)


def test_remaining_must_match(good) -> None:
    def edit(q, stops):
        q["remaining"] = [{"place": "s1", "class": "other", "count": 3, "reason": "x"}]
    assert any("the plan lists 3" in v for v in broken(good, edit))


def test_destination_capacity(good) -> None:
    sc, p = good
    sc2 = sc.model_copy(deep=True)
    sc2.destinations[0].capacity = 5
    assert any(v.startswith("capacity: destination") for v in check_plan(sc2, p))


def test_route_shape(good) -> None:
    def edit(q, stops):
        pickup(stops)["unload"] = {"other": 1}
        stops[0]["kind"] = "pickup"
    found = broken(good, edit)
    assert any("people get off only" in v for v in found)
    assert any("a route starts with a 'start' stop" in v for v in found)


def test_a_malformed_plan_is_reported_not_crashed_on(good) -> None:
    sc, p = good
    q = copy.deepcopy(p)
    q["vehicles"][0]["stops"][1] = "pickup"
    q["vehicles"][0]["stops"][2]["board"] = {"other": "many"}
    q["vehicles"].append(["not", "a", "vehicle"])
    found = check_plan(sc, q)
    assert sum(v.startswith("format") for v in found) == 3
    assert check_plan(sc, {"vehicles": None}) == ["format: plan: has no 'vehicles' list"]
