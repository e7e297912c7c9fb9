"""Replanning: a new plan after a change (corridor closed or moved, bus broken, more people) that keeps what is under way.

At the change time every vehicle keeps the stops it has finished and the stop it is driving to
(people it has picked up stay aboard); a convoy that has entered its corridor keeps its whole run.
A broken vehicle stops where it last stopped and its passengers get off there to be fetched again.
A convoy whose corridor closed drops its passengers at the nearest collection point. Everything
else is planned again from where each vehicle will be, with the scenario as the change leaves it.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from .change import Change, apply_change, broken_vehicles, change_from_dict
from .context import Context, Counts, build_context, empty, total
from .model import Start
from .output import build_plan
from .scenario import CLASSES, Scenario
from .solve import attach_check, best_routes, initial_waiting, route_stops


def _sec(sc: Scenario, s: str) -> int:
    return sc.seconds(datetime.fromisoformat(s))


def _load_after(stops: list[dict[str, Any]]) -> Counts:
    load = empty()
    for st in stops:
        for k, n in (st.get("board") or {}).items():
            load[k] += n
        for k, n in (st.get("unload") or {}).items():
            load[k] -= n
    return load


def _split(sc: Scenario, stops: list[dict[str, Any]], at: int, role: str) -> tuple[list[dict[str, Any]], bool]:
    """The frozen prefix of a route at time `at`, and whether the whole route is frozen."""
    if not stops:
        return [], False
    if role == "convoy":
        cps = [i for i, s in enumerate(stops) if s["kind"] == "collection_point"]
        if cps and _sec(sc, stops[cps[-1]]["depart"]) <= at:
            return stops, True  # in the corridor or through it
    if _sec(sc, stops[-1]["depart"]) <= at:
        return stops, True
    k = next(i for i, s in enumerate(stops) if _sec(sc, s["depart"]) > at)
    if k == 0:
        return [], False  # still at its start: plan it afresh
    committed = dict(stops[k])
    if role == "convoy" and committed["kind"] == "collection_point":
        # Driving to the collection point: it will be there, but who boards is decided again.
        committed = {"kind": "collection_point", "place": committed["place"], "arrive": committed["arrive"],
                     "depart": committed["arrive"], **({"via": committed["via"]} if committed.get("via") else {})}
    return [*stops[:k], committed], False


def replan(sc: Scenario, old_plan: dict[str, Any], change: Change | dict[str, Any], time_limit: float = 4.0,
           seed: int = 0) -> dict[str, Any]:
    """A new plan after `change`; checked against the scenario as changed."""
    t_start = time.perf_counter()
    ch = change if isinstance(change, Change) else change_from_dict(change, sc)
    new_sc = apply_change(sc, ch)
    at = new_sc.seconds(ch.at)
    broken = broken_vehicles(ch)
    old = {v.get("id"): v.get("stops") or [] for v in old_plan.get("vehicles", [])}
    frozen: dict[str, list[dict[str, Any]]] = {}
    starts: dict[str, Start] = {}
    status: dict[str, str] = {}
    waiting = initial_waiting(new_sc)
    remaining = {k: dict(v) for k, v in waiting.items()}
    ready_min: dict[str, int] = {}
    drops: list[tuple[str, dict[str, Any]]] = []
    for v in new_sc.vehicles:
        stops = old.get(v.id, [])
        if v.id in broken:
            prefix = [s for s in stops if _sec(new_sc, s["depart"]) <= at]
            load = _load_after(prefix)
            if prefix and total(load):
                drops.append((v.id, {"kind": "drop", "place": prefix[-1]["place"], "arrive": new_sc.clock(at),
                                     "depart": None, "unload": {k: n for k, n in load.items() if n}}))
            frozen[v.id] = prefix
            status[v.id] = "broken"
            continue
        prefix, done = _split(new_sc, stops, at, v.role)
        frozen[v.id] = prefix
        if done:
            status[v.id] = "under way" if _sec(new_sc, prefix[-1]["arrive"]) > at else "done"
            continue
        if prefix:
            status[v.id] = "replanned (under way)"
            starts[v.id] = Start(prefix[-1]["place"], _sec(new_sc, prefix[-1]["depart"]), _load_after(prefix))
        else:
            starts[v.id] = Start(v.start, max(new_sc.seconds(v.available_from), at), empty())
    for stops in frozen.values():
        for st in stops:
            for k, n in (st.get("board") or {}).items():
                remaining.setdefault(st["place"], empty())[k] -= n
            if st["kind"] == "collection_point" and st.get("unload"):
                for k, n in st["unload"].items():
                    remaining.setdefault(st["place"], empty())[k] += n
                ready_min[st["place"]] = max(ready_min.get(st["place"], 0), _sec(new_sc, st["depart"]))
    ctx = build_context(new_sc, starts={vid: (s.place, s.t0) for vid, s in starts.items()})
    _finish_drops(ctx, drops, frozen, remaining, ready_min)
    # A convoy with passengers and no window it can still make takes them to the nearest collection point.
    for vid, start in list(starts.items()):
        if ctx.vehicle(vid).role == "convoy" and total(start.onboard) and not _can_finish(ctx, vid, start):
            _drop_at_cp(ctx, vid, start, frozen, remaining, ready_min)
            del starts[vid]
    ctx.ready_min = ready_min
    for k in remaining.values():
        for c in CLASSES:
            k.setdefault(c, 0)
    routes, remaining, info = best_routes(ctx, starts, remaining, time_limit, seed, started=t_start)
    vehicle_stops = {vid: list(stops) for vid, stops in frozen.items()}
    for r in routes:
        new = route_stops(ctx, r, skip_start=bool(frozen.get(r.vehicle)))
        vehicle_stops[r.vehicle] = [*frozen.get(r.vehicle, []), *new]
    result = build_plan(ctx, vehicle_stops, remaining, waiting, vehicle_status=status, extra={
        "solver": {**info, "time_limit_s": time_limit},
        "replan": {"at": ch.at.isoformat(), "change": ch.model_dump(mode="json", exclude_none=True)},
    })
    result["solver"]["seconds"] = round(time.perf_counter() - t_start, 2)
    attach_check(sc, result)
    return result


def _finish_drops(ctx: Context, drops: list[tuple[str, dict[str, Any]]], frozen: dict[str, list[dict[str, Any]]],
                  remaining: dict[str, Counts], ready_min: dict[str, int]) -> None:
    """Time the get-off stops and put their passengers back among the people waiting there."""
    for vid, st in drops:
        if st["depart"] is not None:
            continue
        arrive = ctx.sc.seconds(datetime.fromisoformat(st["arrive"]))
        depart = arrive + ctx.stop_s + ctx.unboard(st["unload"])
        st["depart"] = ctx.sc.clock(depart)
        frozen.setdefault(vid, []).append(st)
        pool = remaining.setdefault(st["place"], empty())
        for k, n in st["unload"].items():
            pool[k] += n
        ready_min[st["place"]] = max(ready_min.get(st["place"], 0), depart)


def _can_finish(ctx: Context, vid: str, st: Start) -> bool:
    """Whether a convoy can still take the people aboard through a corridor window."""
    from .model import Route
    from .schedule import simulate

    g = ctx.vehicle_gate.get(vid)
    if g is None:
        return False
    r = Route(vid, "convoy", st.place, st.t0, dict(st.onboard), g, trips=[[]])
    return simulate(ctx, r)[1] is None


def _drop_at_cp(ctx: Context, vid: str, st: Start, frozen: dict[str, list[dict[str, Any]]],
                remaining: dict[str, Counts], ready_min: dict[str, int]) -> None:
    cps = [c.id for c in ctx.sc.collection_points if ctx.travel.reachable(st.place, c.id)] or [st.place]
    cp = min(cps, key=lambda c: ctx.travel.time(st.place, c))
    v = ctx.vehicle(vid)
    arrive = st.t0 + ctx.leg(v, st.place, cp)
    drop: dict[str, Any] = {"kind": "drop", "place": cp, "arrive": ctx.sc.clock(arrive), "depart": None,
                            "unload": {k: n for k, n in st.onboard.items() if n}}
    via = ctx.travel.via(st.place, cp)
    if via:
        drop["via"] = via
    _finish_drops(ctx, [(vid, drop)], frozen, remaining, ready_min)
