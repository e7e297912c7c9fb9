"""Plans an evacuation: PyVRP routes, then timing, repair, filling and hand-over at collection points."""

from __future__ import annotations

import time
from typing import Any

from .check import check_plan
from .context import Context, Counts, build_context, empty, total
from .model import Chunk, Route, Start, make_chunks, solve_routes
from .output import build_plan, stop_json
from .scenario import Scenario
from .schedule import allocate_shuttled, greedy_extend, hold_for_window, repair, simulate, top_up

SHUTTLE_SHARE = 0.4  # of the PyVRP time of one order, for the shuttle solve


def initial_waiting(sc: Scenario) -> dict[str, Counts]:
    w = {p.id: p.waiting.counts() for p in sc.pickups}
    for c in sc.collection_points:
        w[c.id] = c.waiting.counts()
    return w


def _take(remaining: dict[str, Counts], routes: list[Route]) -> None:
    for r in routes:
        for trip in r.trips:
            for visit in trip:
                for k, n in visit.counts.items():
                    remaining[visit.place][k] -= n
        if r.gate is not None:  # shuttled people were counted where the shuttle fetched them
            for k, n in r.cp_board.items():
                remaining[r.gate.cp][k] -= n - r.cp_shuttled.get(k, 0)


def pyvrp_convoys_first(ctx: Context, starts: dict[str, Start], remaining: dict[str, Counts], time_limit: float,
                        seed: int) -> list[Route]:
    """Convoys first (warm-started from the greedy routes), then shuttles for whoever is left.

    The shuttled people take spare convoy places, or places of lower-priority people, at the
    collection point (schedule.allocate_shuttled); those no convoy can take are not fetched.
    """
    cps = {c.id for c in ctx.sc.collection_points}
    has_shuttles = any(ctx.vehicle(v).role == "shuttle" for v in starts)
    share = 1.0 - SHUTTLE_SHARE if has_shuttles else 1.0
    t0 = time.perf_counter()
    warm = greedy_convoys(ctx, starts, remaining)
    budget = max(0.2, time_limit * share - (time.perf_counter() - t0))
    convoys = solve_routes(ctx, make_chunks(ctx, remaining, cps), starts, budget, seed, ("convoy",), initial=warm)
    if not has_shuttles:
        return convoys
    left = {k: dict(v) for k, v in remaining.items()}
    _take(left, convoys)
    shelters = {k: v for k, v in left.items() if k not in cps}
    return convoys + solve_routes(ctx, make_chunks(ctx, shelters, cps), starts, time_limit * SHUTTLE_SHARE, seed,
                                  ("shuttle",))


def pyvrp_shuttles_first(ctx: Context, starts: dict[str, Start], remaining: dict[str, Counts], time_limit: float,
                         seed: int) -> list[Route]:
    """Shuttles first, then convoys that also see the shuttled people; `remaining` is left as it was.

    A shuttle's unloading is a cross-route hand-over PyVRP cannot express: the people a shuttle
    brings become clients at the collection point, ready from their unloading time, offered next to
    the same people at their shelter (a group: at most one is served), so the convoys keep seats
    and boarding time for them or fetch them themselves.
    """
    cps = {c.id for c in ctx.sc.collection_points}
    has_shuttles = any(ctx.vehicle(v).role == "shuttle" for v in starts)
    left = {k: dict(v) for k, v in remaining.items()}
    routes: list[Route] = []
    deliveries: list[Chunk] = []
    if has_shuttles:
        shelters = {k: v for k, v in left.items() if k not in cps}
        routes = solve_routes(ctx, make_chunks(ctx, shelters, cps), starts, time_limit * SHUTTLE_SHARE, seed,
                              ("shuttle",))
        scratch = {k: dict(v) for k, v in left.items()}
        for r in routes:
            repair(ctx, r, scratch)
            stops, _ = simulate(ctx, r)
            cp_stops = [st for st in stops[1:] if st.kind == "collection_point"]
            for trip, st in zip(r.trips, cp_stops, strict=False):
                for visit in trip:
                    for cls, n in list(visit.counts.items()):
                        while n > 0:
                            k = min(n, 10)
                            g = len(deliveries)
                            deliveries.append(Chunk(st.place, cls, k, True, st.depart, True, g))
                            deliveries.append(Chunk(visit.place, cls, k, False, 0, False, g, visit))
                            n -= k
        _take(left, routes)
    chunks = make_chunks(ctx, left, cps) + deliveries
    share = 1.0 - SHUTTLE_SHARE if has_shuttles else 1.0
    t0 = time.perf_counter()
    warm = greedy_convoys(ctx, starts, left)
    budget = max(0.2, time_limit * share - (time.perf_counter() - t0))
    convoys = solve_routes(ctx, chunks, starts, budget, seed, ("convoy",), initial=warm)
    if any(ctx.vehicle(v).role == "convoy" and ctx.vehicle_gate.get(v) for v in starts):
        direct = {d.group: d for d in deliveries if not d.delivery}
        for c in deliveries:
            # Shuttled people no convoy takes are not fetched at all.
            if c.delivery and not c.taken and c.group is not None:
                partner = direct[c.group]
                if not partner.taken and partner.origin is not None:
                    partner.origin.counts[c.cls] -= c.count
        for r in routes:
            for trip in r.trips:
                for visit in trip:
                    visit.handed = True
    return routes + convoys


def greedy_convoys(ctx: Context, starts: dict[str, Start], remaining: dict[str, Counts]) -> list[Route]:
    """The greedy baseline's convoy routes (on a copy of `remaining`): a warm start for PyVRP."""
    left = {k: dict(v) for k, v in remaining.items()}
    places = [p for p in left if p not in {c.id for c in ctx.sc.collection_points}]
    routes = []
    for vid, st in sorted(starts.items(), key=lambda kv: kv[1].t0):
        g = ctx.vehicle_gate.get(vid)
        if ctx.vehicle(vid).role == "convoy" and g is not None:
            r = Route(vid, "convoy", st.place, st.t0, dict(st.onboard), g, trips=[[]])
            greedy_extend(ctx, r, left, places)
            routes.append(r)
    return routes


def finish_routes(ctx: Context, routes: list[Route], starts: dict[str, Start],
                  remaining: dict[str, Counts], greedy_only: bool = False) -> list[Route]:
    """From raw routes to feasible, filled routes; `remaining` is updated in place."""
    _take(remaining, routes)
    for counts in remaining.values():  # a solver that over-collects (infeasible best) gives people back
        for c in counts:
            counts[c] = max(counts[c], 0)
    by_vehicle = {r.vehicle: r for r in routes}
    for vid, st in starts.items():
        v = ctx.vehicle(vid)
        if vid not in by_vehicle and (v.role == "convoy" and ctx.vehicle_gate.get(vid) or total(st.onboard)):
            by_vehicle[vid] = Route(vid, v.role, st.place, st.t0, dict(st.onboard), ctx.vehicle_gate.get(vid),
                                    trips=[[]] if v.role == "convoy" else [])
            if v.role == "shuttle":  # a shuttle with people aboard and no plan drops them at the nearest point
                cps = [c.id for c in ctx.sc.collection_points if ctx.travel.reachable(st.place, c.id)]
                if cps:
                    by_vehicle[vid].trips = [[]]
                    by_vehicle[vid].trip_cps = [min(cps, key=lambda c: ctx.travel.time(st.place, c))]
    all_routes = list(by_vehicle.values())
    for r in all_routes:
        repair(ctx, r, remaining)
    convoys = [r for r in all_routes if r.role == "convoy"]
    shuttles = [r for r in all_routes if r.role == "shuttle"]
    places = [p for p in remaining if p not in {c.id for c in ctx.sc.collection_points}]
    order = sorted(convoys, key=lambda r: (r.gate.latest_entry if r.gate else 0, r.t0))
    allocate_shuttled(ctx, shuttles, convoys, remaining)
    if not greedy_only:
        for r in order:
            top_up(ctx, r, remaining)
    for r in order:
        greedy_extend(ctx, r, remaining, places)
        hold_for_window(ctx, r)
    return all_routes


def route_stops(ctx: Context, r: Route, skip_start: bool = False) -> list[dict[str, Any]]:
    stops, err = simulate(ctx, r)
    if err is not None and not (total(r.onboard) and not any(r.trips) and not total(r.cp_board)):
        raise AssertionError(f"internal: route of {r.vehicle} infeasible after repair: {err}")
    # (People already aboard when replanning must be taken somewhere even if it runs late: the plan
    # says so, and the checker reports the lateness.)
    carried = sum(sum(s.board.values()) for s in stops) + total(r.onboard)
    if carried == 0:
        return []
    out = [stop_json(ctx, s) for s in (stops[1:] if skip_start else stops)]
    if r.role == "convoy" and r.gate is not None:
        out[-1]["corridor"], out[-1]["window"] = r.gate.corridor, r.gate.window
    return out


def best_routes(ctx: Context, starts: dict[str, Start], remaining: dict[str, Counts], time_limit: float,
                seed: int, method: str = "auto", started: float | None = None,
                ) -> tuple[list[Route], dict[str, Counts], dict[str, Any]]:
    """Routes for the vehicles in `starts` and who is left, by `method`.

    "pyvrp": PyVRP routes, then timing, repair and filling; "greedy": the baseline the benchmarks
    compare with; "auto": both, keeping the routes that carry more priority-weighted people (PyVRP
    on a tie). The greedy pass costs a second or two and guards against a PyVRP search that its time
    limit cut short on a large city. In "auto", `time_limit` is a wall-clock budget counted from
    `started`: PyVRP gets what the greedy pass and the finishing work (about as long again) leave,
    and is skipped when that is under half a second.
    """
    if method not in ("auto", "pyvrp", "greedy"):
        raise ValueError(f"unknown planning method {method!r}")
    t0 = started if started is not None else time.perf_counter()
    found: dict[str, tuple[list[Route], dict[str, Counts], int]] = {}
    budget = time_limit
    # With shuttles, both orders of the two solves, half the time each (neither wins everywhere).
    orders = [pyvrp_convoys_first]
    if any(ctx.vehicle(v).role == "shuttle" for v in starts):
        orders.append(pyvrp_shuttles_first)
    if method in ("auto", "greedy"):
        g0 = time.perf_counter()
        left = {k: dict(v) for k, v in remaining.items()}
        routes = finish_routes(ctx, [], starts, left, greedy_only=True)
        found["greedy"] = (routes, left, _weight(ctx, routes))
        # Each PyVRP order then needs a greedy-sized warm start and finishing pass of its own.
        greedy_s = time.perf_counter() - g0
        budget = time_limit - (time.perf_counter() - t0) - (1 + len(orders)) * greedy_s - 0.3
    if method == "pyvrp" or (method == "auto" and budget >= 0.5):
        budget = max(0.5, budget)
        for order in orders:
            left = {k: dict(v) for k, v in remaining.items()}
            raw = order(ctx, starts, remaining, budget / len(orders), seed)
            routes = finish_routes(ctx, raw, starts, left)
            weight = _weight(ctx, routes)
            if "pyvrp" not in found or weight > found["pyvrp"][2]:
                found["pyvrp"] = (routes, left, weight)
    chosen = max(found, key=lambda k: (found[k][2], k == "pyvrp"))
    info = {"method": method, "chosen": chosen, "time_limit_s": time_limit, "seed": seed,
            "candidates": {k: v[2] for k, v in found.items()}}
    return found[chosen][0], found[chosen][1], info


def _weight(ctx: Context, routes: list[Route]) -> int:
    from .schedule import carried

    return sum(ctx.weighted(carried(r)) for r in routes if r.role == "convoy" and r.gate is not None)


def plan(sc: Scenario, time_limit: float = 10.0, seed: int = 0, *, method: str = "auto",
         ctx: Context | None = None) -> dict[str, Any]:
    """Plan a scenario (see best_routes for `method`); the plan carries the checker's verdict."""
    t_start = time.perf_counter()
    ctx = ctx or build_context(sc)
    waiting = initial_waiting(sc)
    starts = {v.id: Start(v.start, sc.seconds(v.available_from), empty()) for v in sc.vehicles}
    routes, remaining, info = best_routes(ctx, starts, waiting, time_limit, seed, method, started=t_start)
    vehicle_stops = {r.vehicle: route_stops(ctx, r) for r in routes}
    result = build_plan(ctx, vehicle_stops, remaining, waiting, extra={"solver": info})
    result["solver"]["seconds"] = round(time.perf_counter() - t_start, 2)
    attach_check(sc, result)
    return result


def attach_check(sc: Scenario, result: dict[str, Any], change: dict[str, Any] | None = None) -> None:
    """Every plan the planner returns is verified by the independent checker; the verdict travels with it."""
    violations = check_plan(sc, result, change)
    result["check"] = {"ok": not violations, "violations": violations}
