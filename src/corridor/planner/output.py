"""Turns timed routes into the plan JSON: per vehicle stops, per place who remains and why, per corridor the convoy."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .context import Context, Counts, empty, seats_of
from .explain import capacity_upper_bound, remaining_reason, scenario_explanations
from .scenario import CLASSES
from .schedule import Stop

PLAN_FORMAT = "corridor-plan/1"


def _nz(c: Counts) -> dict[str, int]:
    return {k: int(c[k]) for k in CLASSES if c.get(k, 0)}


def stop_json(ctx: Context, s: Stop) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": s.kind, "place": s.place, "arrive": ctx.sc.clock(s.arrive),
                         "depart": ctx.sc.clock(s.depart)}
    if _nz(s.board):
        d["board"] = _nz(s.board)
    if _nz(s.unload):
        d["unload"] = _nz(s.unload)
    if s.via:
        d["via"] = list(s.via)
    return d


def build_plan(
    ctx: Context,
    vehicle_stops: dict[str, list[dict[str, Any]]],
    remaining: dict[str, Counts],
    waiting: dict[str, Counts],
    extra: dict[str, Any] | None = None,
    vehicle_status: dict[str, str] | None = None,
) -> dict[str, Any]:
    sc = ctx.sc
    evacuated = empty()
    exposure = 0.0
    convoys: dict[tuple[str, int], dict[str, Any]] = {}
    vehicles_out = []
    used_seats = used_stretchers = 0
    for v in sc.vehicles:
        stops = vehicle_stops.get(v.id, [])
        g = ctx.vehicle_gate.get(v.id)
        entry: dict[str, Any] = {"id": v.id, "role": v.role, "kind": v.kind, "seats": v.seats,
                                 "stretchers": v.stretchers}
        if vehicle_status and v.id in vehicle_status:
            entry["status"] = vehicle_status[v.id]
        dest_stops = [s for s in stops if s["kind"] == "destination"]
        if v.role == "convoy" and dest_stops:
            corridor, window = stops[-1].get("corridor"), stops[-1].get("window")
            if corridor is None and g is not None:
                corridor, window = g.corridor, g.window
            entry["corridor"], entry["window"] = corridor, window
            load = dest_stops[-1].get("unload", {})
            for k, n in load.items():
                evacuated[k] += n
            used_seats += seats_of(load)
            used_stretchers += load.get("stretcher", 0)
            cp_stop = [s for s in stops if s["kind"] == "collection_point"][-1]
            enter_s = sc.seconds(_dt(cp_stop["depart"]))
            exposure += sum(load.values()) * enter_s / 3600.0
            key = (str(corridor), int(window or 0))
            cv = convoys.setdefault(key, {"corridor": corridor, "window": window, "vehicles": [],
                                          "people": empty(), "enter_from": cp_stop["depart"],
                                          "enter_until": cp_stop["depart"]})
            cv["vehicles"].append(v.id)
            for k, n in load.items():
                cv["people"][k] += n
            cv["enter_from"] = min(cv["enter_from"], cp_stop["depart"])
            cv["enter_until"] = max(cv["enter_until"], cp_stop["depart"])
        entry["stops"] = stops
        vehicles_out.append(entry)
    fleet = [v for v in sc.vehicles if ctx.vehicle_gate.get(v.id)]
    full_seats = used_seats >= sum(v.seats for v in fleet)
    full_str = used_stretchers >= sum(v.stretchers for v in fleet)
    remaining_out: list[dict[str, Any]] = []
    for place, counts in remaining.items():
        for cls in CLASSES:
            if counts.get(cls, 0) > 0:
                remaining_out.append({"place": place, "class": cls, "count": counts[cls],
                                      "reason": remaining_reason(ctx, place, cls, full_seats, full_str)})
    left = {c: sum(r["count"] for r in remaining_out if r["class"] == c) for c in CLASSES}
    explanations = scenario_explanations(ctx, set(vehicle_status or {}))  # replanned vehicles are not idle
    n_ev, n_left = sum(evacuated.values()), sum(left.values())
    status = "complete" if n_left == 0 else ("infeasible" if n_ev == 0 else "partial")
    if status == "infeasible" and not explanations:
        explanations = sorted({r["reason"] for r in remaining_out})
    for cv in convoys.values():
        cv["people"] = _nz(cv["people"])
    plan: dict[str, Any] = {
        "format": PLAN_FORMAT,
        "scenario": sc.name,
        "status": status,
        "explanations": explanations,
        "summary": {
            "evacuated": _nz(evacuated), "evacuated_total": n_ev, "remaining": _nz(left),
            "remaining_total": n_left, "weighted_evacuated": ctx.weighted(evacuated),
            "upper_bound": capacity_upper_bound(ctx, waiting), "weights": dict(ctx.weights),
            "exposure_person_hours": round(exposure, 1),
        },
        "vehicles": vehicles_out,
        "convoys": sorted(convoys.values(), key=lambda c: (c["enter_from"], str(c["corridor"]))),
        "remaining": remaining_out,
    }
    if extra:
        plan.update(extra)
    return plan


def _dt(s: str) -> datetime:
    return datetime.fromisoformat(s)
