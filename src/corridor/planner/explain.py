"""Why people remain and why a scenario cannot be served, in words a coordinator reads; and an upper bound."""

from __future__ import annotations

import math

from .context import Context, Counts
from .scenario import CLASSES


def scenario_explanations(ctx: Context, skip: set[str] | None = None) -> list[str]:
    out = [g.why_not for g in ctx.gates if not g.usable]
    convoys = [v for v in ctx.sc.vehicles if v.role == "convoy"]
    if not convoys:
        out.append("there is no convoy vehicle: nobody can leave through a corridor")
    elif any(g.usable for g in ctx.gates):
        for v in convoys:
            if ctx.vehicle_gate.get(v.id) is None and v.id not in (skip or set()):
                out.append(f"vehicle {v.id} (available {v.available_from:%d %b %H:%M}–{v.available_until:%H:%M}) "
                           "cannot reach any open corridor window in time")
    if not any(g.usable for g in ctx.gates):
        out.append("no corridor window can be used: nobody can be evacuated")
    return out


def capacity_upper_bound(ctx: Context, waiting: dict[str, Counts]) -> int:
    """Weighted people that fit into the fleet's convoy places: a relaxation that ignores time and roads.

    Each person takes one place, so filling places with the heaviest-weighted people first is the
    optimum of the relaxation (seats and stretcher places are filled separately).
    """
    seats = sum(v.seats for v in ctx.sc.vehicles if ctx.vehicle_gate.get(v.id))
    stretchers = sum(v.stretchers for v in ctx.sc.vehicles if ctx.vehicle_gate.get(v.id))
    demand = {c: sum(w.get(c, 0) for w in waiting.values()) for c in CLASSES}
    ub = ctx.weights["stretcher"] * min(stretchers, demand["stretcher"])
    for c in sorted((c for c in CLASSES if c != "stretcher"), key=lambda c: -ctx.weights[c]):
        k = min(seats, demand[c])
        ub += ctx.weights[c] * k
        seats -= k
    return ub


def remaining_reason(ctx: Context, place: str, cls: str, full_seats: bool, full_stretchers: bool) -> str:
    usable = [g for g in ctx.gates if g.usable]
    if not usable:
        return "window too short or closed: " + "; ".join(g.why_not for g in ctx.gates)
    if ctx.sc.vehicles and all(not ctx.travel.reachable(place, g.cp) for g in usable):
        return "blocked: no road avoiding blocked segments and danger zones reaches a collection point"
    convoys = [v for v in ctx.sc.vehicles if ctx.vehicle_gate.get(v.id)]
    limit = ctx.access.get(place)
    if limit is not None and not any(v.seats <= limit for v in ctx.sc.vehicles):
        return f"blocked: only vehicles with at most {limit} seats reach it, and the fleet has none"
    if cls == "stretcher" and not any(v.stretchers for v in convoys):
        return "no capacity: no convoy vehicle has stretcher places"
    if (cls == "stretcher" and full_stretchers) or (cls != "stretcher" and full_seats):
        return "no capacity: every convoy place is taken"
    fetchable = False
    for v in ctx.sc.vehicles:
        t0 = ctx.sc.seconds(v.available_from)
        to_place = ctx.leg(v, v.start, place)
        for g in usable:
            if v.role == "convoy" and ctx.vehicle_gate.get(v.id) is not g:
                continue
            back = ctx.leg(v, place, g.cp)
            if math.isfinite(to_place) and t0 + to_place + back + 2 * ctx.stop_s <= g.latest_entry:
                fetchable = True
    if not fetchable:
        return "window too short: no vehicle can fetch them and reach the collection point before the corridor closes"
    return "no capacity in time: the vehicles that could fetch them before the window closes are full or busy"
