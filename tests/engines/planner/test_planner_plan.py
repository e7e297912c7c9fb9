"""Planning: priorities, split shelters, multi-trip shuttles, windows, blocked roads, infeasible scenarios."""

from __future__ import annotations

from datetime import datetime

from conftest import evacuated, solve, t, tiny
from corridor.planner import check_plan


def stops_of(p: dict, vid: str) -> list[dict]:
    return next(v["stops"] for v in p["vehicles"] if v["id"] == vid)


def test_the_example_plan_is_sound_and_explains_the_short_window(example_scenario, example_plan) -> None:
    assert example_plan["check"] == {"ok": True, "violations": []}
    assert check_plan(example_scenario, example_plan) == []
    assert ("the 7-hour window of corridor Mariupol–Zaporizhzhia via Berdiansk (05 Mar 09:00–16:00) is shorter "
            "than the 7.5-hour run to Zaporizhzhia") in example_plan["explanations"]
    assert example_plan["convoys"] and all(c["window"] == 1 for c in example_plan["convoys"])
    # every stretcher place in the fleet carries a stretcher patient; all seated patients leave
    assert evacuated(example_plan)["stretcher"] == 4
    assert evacuated(example_plan)["seated_patient"] == 20


def test_the_danger_zone_shelter_is_reported_blocked(example_plan) -> None:
    left = [r for r in example_plan["remaining"] if r["place"] == "azovstal-shelter"]
    assert sum(r["count"] for r in left) == 45
    assert all(r["reason"].startswith("blocked") for r in left)


def test_everyone_leaves_when_there_is_room() -> None:
    _sc, p = solve(tiny())
    assert p["status"] == "complete" and p["check"]["ok"]
    assert evacuated(p) == {"elderly_disabled": 5, "other": 10}
    dest = stops_of(p, "bus-1")[-1]
    assert dest["kind"] == "destination" and dest["corridor"] == "c1"


def test_higher_classes_go_first_when_places_are_short() -> None:
    data = tiny()
    data["vehicles"][0]["seats"] = 8
    data["pickups"][0]["waiting"] = {"other": 10, "infant_with_carer": 3}
    data["pickups"][1]["waiting"] = {"elderly_disabled": 4}
    _, p = solve(data)
    assert p["check"]["ok"]
    assert evacuated(p) == {"infant_with_carer": 3, "elderly_disabled": 4, "other": 1}
    assert all(r["reason"].startswith("no capacity") for r in p["remaining"])


def test_coordinator_weights_can_reverse_the_order() -> None:
    data = tiny(priority_weights={"other": 50, "elderly_disabled": 1})
    data["vehicles"][0]["seats"] = 10
    _, p = solve(data)
    assert p["check"]["ok"]
    assert evacuated(p) == {"other": 10}


def test_a_large_shelter_is_split_over_several_buses() -> None:
    data = tiny()
    data["pickups"] = [{"id": "s1", "lat": 47.110, "lon": 37.540, "waiting": {"other": 100}}]
    data["vehicles"] = [dict(data["vehicles"][0], id=f"bus-{i}", seats=45) for i in range(3)]
    _, p = solve(data)
    assert p["check"]["ok"] and evacuated(p) == {"other": 100}
    carriers = [v for v in p["vehicles"] if any(s.get("board") for s in v["stops"])]
    assert len(carriers) >= 3


def test_stretcher_patients_need_stretcher_places() -> None:
    data = tiny()
    data["pickups"][0]["waiting"] = {"stretcher": 3}
    data["vehicles"][0]["stretchers"] = 0
    _, p = solve(data)
    assert p["check"]["ok"]
    assert "stretcher" not in evacuated(p)
    assert {r["reason"] for r in p["remaining"] if r["class"] == "stretcher"} == {
        "no capacity: no convoy vehicle has stretcher places"}


def shuttle_town() -> dict:
    """Convoys can only load at the collection point (their window starts as they arrive): shuttles must feed them."""
    data = tiny()
    data["pickups"] = [{"id": "s1", "lat": 47.130, "lon": 37.530, "waiting": {"other": 40}},
                       {"id": "s2", "lat": 47.125, "lon": 37.575, "waiting": {"elderly_disabled": 12}}]
    data["corridors"][0]["windows"] = [{"start": t("10:00"), "end": t("13:00")}]
    data["vehicles"] = [
        {"id": "bus-1", "seats": 50, "start": "cp", "available_from": t("10:00"), "available_until": t("23:00")},
        {"id": "van-1", "role": "shuttle", "seats": 12, "start": "garage",
         "available_from": t("07:00"), "available_until": t("10:30")},
    ]
    return data


def test_shuttles_make_several_trips_to_the_collection_point() -> None:
    _, p = solve(shuttle_town(), time_limit=1.5, method="pyvrp")
    assert p["check"]["ok"], p["check"]
    van = stops_of(p, "van-1")
    unloads = [s for s in van if s["kind"] == "collection_point" and s.get("unload")]
    assert len(unloads) >= 3
    bus_cp = next(s for s in stops_of(p, "bus-1") if s["kind"] == "collection_point")
    assert sum(bus_cp["board"].values()) == sum(sum(s["unload"].values()) for s in unloads)
    assert evacuated(p)["elderly_disabled"] >= 10


def test_convoys_enter_and_leave_inside_the_window() -> None:
    data = tiny()
    data["corridors"][0]["windows"] = [{"start": t("13:00"), "end": t("15:30")}]
    _, p = solve(data)
    st = stops_of(p, "bus-1")
    entry = datetime.fromisoformat(st[-2]["depart"])
    exit_ = datetime.fromisoformat(st[-1]["arrive"])
    assert datetime.fromisoformat(t("13:00")) <= entry
    assert exit_ <= datetime.fromisoformat(t("15:30"))
    assert (exit_ - entry).total_seconds() >= 7200


def test_the_window_closing_early_leaves_far_people_with_a_reason() -> None:
    data = tiny()
    data["corridors"][0]["windows"] = [{"start": t("10:00"), "end": t("12:05")}]
    data["vehicles"][0]["available_from"] = t("09:58")
    data["vehicles"][0]["start"] = "cp"
    _, p = solve(data)
    assert p["check"]["ok"]
    assert p["summary"]["evacuated_total"] == 0 and p["status"] == "infeasible"
    assert all(r["reason"].startswith("window too short") for r in p["remaining"])


def test_a_window_shorter_than_the_run_is_explained() -> None:
    data = tiny()
    data["corridors"][0]["windows"] = [{"start": t("09:00"), "end": t("15:00")}]
    data["corridors"][0]["run_minutes"] = 390
    data["corridors"][0]["checkpoints"] = [{"name": "Vasylivka", "delay_minutes": 60}]
    _, p = solve(data)
    assert p["status"] == "infeasible"
    assert p["explanations"][0] == (
        "the 6-hour window of corridor c1 (06 Mar 09:00–15:00) is shorter than the 7.5-hour run to Zaporizhzhia")
    assert p["vehicles"][0]["stops"] == []


def test_a_closed_corridor_is_explained() -> None:
    data = tiny()
    data["corridors"][0]["status"] = "closed"
    _, p = solve(data)
    assert p["status"] == "infeasible"
    assert any("is closed" in e for e in p["explanations"])


def test_a_blocked_bridge_is_driven_round_through_a_detour_point() -> None:
    data = tiny()
    data["pickups"] = [{"id": "east", "lat": 47.100, "lon": 37.600, "waiting": {"other": 5}}]
    data["depots"] = [{"id": "garage", "lat": 47.100, "lon": 37.545}]
    data["blocked_segments"] = [{"id": "bridge", "points": [[47.110, 37.575], [47.090, 37.575]]}]
    data["detour_points"] = [{"id": "north", "lat": 47.120, "lon": 37.575}]
    _sc, p = solve(data)
    assert p["check"]["ok"], p["check"]
    pick = next(s for s in stops_of(p, "bus-1") if s["kind"] == "pickup")
    assert pick["via"] == ["north"]
    # without the detour point the shelter is cut off
    del data["detour_points"]
    _, p2 = solve(data)
    assert p2["summary"]["evacuated_total"] == 0
    assert p2["remaining"][0]["reason"].startswith("blocked")


def test_greedy_baseline_is_sound_too(example_scenario) -> None:
    from corridor.planner import plan

    g = plan(example_scenario, method="greedy")
    assert g["check"]["ok"], g["check"]
    assert g["summary"]["evacuated_total"] > 0


def test_narrow_streets_take_only_small_vehicles() -> None:
    data = tiny()
    data["pickups"][0]["max_vehicle_seats"] = 20
    _, p = solve(data)
    assert p["check"]["ok"]
    assert [(r["place"], r["reason"][:7]) for r in p["remaining"]] == [("s1", "blocked")]
    data["vehicles"].append(dict(data["vehicles"][0], id="minibus", seats=16, stretchers=0))
    sc, p = solve(data)
    assert p["check"]["ok"] and p["status"] == "complete"
    s1_visitors = {v["id"] for v in p["vehicles"] if any(s["place"] == "s1" for s in v["stops"])}
    assert s1_visitors == {"minibus"}
    # the checker refuses the big bus in the narrow street
    sc2 = sc.model_copy(deep=True)
    sc2.vehicles[1].seats = 40
    assert any(v.startswith("access") for v in check_plan(sc2, p))
