"""Builds the PyVRP problem from a scenario context and reads PyVRP's routes back as planner routes.

Modelling choices (see the README, section "Convoy planner"):
- people waiting at a place are split into *chunks* (optional clients with a prize = priority weight ×
  people × PRIZE_UNIT), so a large shelter is shared by several vehicles;
- capacity has two dimensions, seats and stretcher places;
- a convoy bus ends at a virtual *gate* depot for its corridor window: the edge into the gate is the
  drive to the collection point plus the corridor run, and the bus's latest arrival is the window's close;
- a shuttle unloads at collection points (reload depots) as often as it likes and ends at one;
- cost is distance in units of 10 m; a prize of 200 km per lowest-class person puts people first.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field

import numpy as np
import pyvrp
from pyvrp.exceptions import PenaltyBoundWarning
from pyvrp.stop import MaxRuntime

from .context import Context, Counts, Gate, empty, seats_of
from .scenario import CLASSES, Vehicle

PRIZE_UNIT = 20_000  # in cost units (10 m of driving): one lowest-class person is worth 200 km
# Penalty ranges (× the largest prize per person) for overload and lateness. Convoys: above every
# prize, so the search treats capacity and windows as hard. Shuttles: low, so the search dares to
# overfill a trip and then split it with an extra unloading stop — the way it finds more trips.
PENALTIES = {"convoy": (1.0, 4.0), "shuttle": (1e-5, 1e-2)}
BIG = 10**7  # seconds or cost units for a leg that cannot be driven; small enough that penalties stay in int64


@dataclass
class Visit:
    place: str
    counts: Counts
    handed: bool = False  # a shuttle's pickup whose hand-over to a convoy PyVRP has already decided


@dataclass
class Chunk:
    place: str
    cls: str
    count: int
    at_cp: bool = False
    ready: int = 0  # people a shuttle brings are at the collection point from this time
    delivery: bool = False
    # A shuttle's pickup offered to the convoys twice: at the collection point when the shuttle brings
    # them, or at the shelter directly. Both chunks share a group: at most one is served.
    group: int | None = None
    origin: Visit | None = None
    taken: bool = False


@dataclass
class Route:
    """One vehicle's remaining work: where it starts, what it carries, what it will pick up."""

    vehicle: str
    role: str
    start: str
    t0: int
    onboard: Counts
    gate: Gate | None
    trips: list[list[Visit]] = field(default_factory=list)
    trip_cps: list[str] = field(default_factory=list)
    cp_board: Counts = field(default_factory=empty)
    cp_shuttled: Counts = field(default_factory=empty)  # the part of cp_board that shuttles bring
    cp_ready: int = 0
    hold: int = 0  # seconds the vehicle waits at its start before setting off


@dataclass
class Start:
    """Where and when a vehicle's plannable work begins (its garage, or its committed stop when replanning)."""

    place: str
    t0: int
    onboard: Counts


def make_chunks(ctx: Context, waiting: dict[str, Counts], cps: set[str], max_clients: int = 1500) -> list[Chunk]:
    total = sum(n for c in waiting.values() for n in c.values())
    seat_size = max(10, math.ceil(total / max_clients)) if total else 10
    out: list[Chunk] = []
    for place, counts in waiting.items():
        for cls in CLASSES:
            n = counts.get(cls, 0)
            size = 2 if cls == "stretcher" else seat_size
            while n > 0:
                k = min(size, n)
                out.append(Chunk(place, cls, k, place in cps))
                n -= k
    return out


def solve_routes(
    ctx: Context, chunks: list[Chunk], starts: dict[str, Start], time_limit: float, seed: int,
    roles: tuple[str, ...] = ("convoy", "shuttle"), initial: list[Route] | None = None,
) -> list[Route]:
    sc, tr = ctx.sc, ctx.travel
    vehicles = [v for v in sc.vehicles if v.id in starts and v.role in roles]
    convoys = [v for v in vehicles if v.role == "convoy" and ctx.vehicle_gate.get(v.id)]
    shuttles = [v for v in vehicles if v.role == "shuttle"]
    cp_ids = [c.id for c in sc.collection_points if ctx.cp_deadline(c.id) >= 0]
    if not chunks or not (convoys or (shuttles and cp_ids)):
        return []
    assigned = [g for g in (ctx.vehicle_gate.get(v.id) for v in convoys) if g is not None]
    gates = sorted({id(g): g for g in assigned}.values(), key=lambda g: (g.corridor, g.window))

    # Locations: ("site", id) | ("cpw", cp) people waiting at a collection point | ("gate", k).
    locs: list[tuple[str, str]] = []
    loc_index: dict[tuple[str, str], int] = {}

    def loc(kind: str, key: str) -> int:
        if (kind, key) not in loc_index:
            loc_index[(kind, key)] = len(locs)
            locs.append((kind, key))
        return loc_index[(kind, key)]

    start_depot_loc = {s.place: loc("site", s.place) for s in starts.values()}
    for cp in cp_ids:
        loc("site", cp)
    client_locs = [loc("cpw", c.place) if c.at_cp else loc("site", c.place) for c in chunks]
    gate_locs = [loc("gate", str(k)) for k in range(len(gates))]
    site_of = [key if kind != "gate" else gates[int(key)].cp for kind, key in locs]
    sidx = np.array([tr.index[s] for s in site_of])
    sec = tr.seconds[np.ix_(sidx, sidx)]
    met = tr.meters[np.ix_(sidx, sidx)]
    n = len(locs)
    kinds = [k for k, _ in locs]
    same = np.eye(n, dtype=bool)

    def matrices(v: Vehicle, own_cp: str | None) -> tuple[np.ndarray, np.ndarray]:
        with np.errstate(invalid="ignore"):
            dur = np.where(np.isfinite(sec), np.ceil(sec / v.speed_factor), BIG)
        dist = np.where(np.isfinite(met) & np.isfinite(sec), np.round(met / 10), BIG)
        dur = dur + np.where(same, 0, ctx.stop_s)
        for k, g in enumerate(gates):
            gl = gate_locs[k]
            into = dur[:, gl] + g.run
            # A bus already at the collection point's waiting crowd has made its stop there.
            cpw = loc_index.get(("cpw", g.cp))
            if cpw is not None:
                into[cpw] -= ctx.stop_s
            dur[:, gl] = np.where(dur[:, gl] >= BIG, BIG, into)
            dist[:, gl] = np.where(dist[:, gl] >= BIG, BIG, dist[:, gl] + g.run_m // 10)
        gate_rows = [i for i in range(n) if kinds[i] == "gate"]
        dur[gate_rows, :] = BIG
        dist[gate_rows, :] = BIG
        if v.role == "shuttle":
            blocked = [i for i in range(n) if kinds[i] in ("gate", "cpw")]
        else:  # a convoy boards people waiting at its own collection point only
            blocked = [i for i in range(n) if kinds[i] == "cpw" and locs[i][1] != own_cp]
        blocked += [i for i in range(n) if kinds[i] == "site" and not ctx.can_reach(v, locs[i][1])]
        dur[:, blocked] = BIG
        dist[:, blocked] = BIG
        np.fill_diagonal(dur, 0)
        np.fill_diagonal(dist, 0)
        return dist.astype(np.int64), dur.astype(np.int64)

    profiles: dict[tuple[str, float, str | None, int], int] = {}
    dist_ms: list[np.ndarray] = []
    dur_ms: list[np.ndarray] = []

    def profile_key(v: Vehicle) -> tuple[str, float, str | None, int]:
        g = ctx.vehicle_gate.get(v.id) if v.role == "convoy" else None
        # vehicles that reach the same narrow-street places share a profile
        reach = sum(1 for limit in ctx.access.values() if v.seats <= limit)
        return (v.role, v.speed_factor, g.cp if g else None, reach)

    for v in convoys + shuttles:
        key = profile_key(v)
        if key not in profiles:
            d, t = matrices(v, key[2])
            profiles[key] = len(dist_ms)
            dist_ms.append(d)
            dur_ms.append(t)

    locations = [pyvrp.Location(x=0, y=0, name=f"{k}:{key}") for k, key in locs]
    depots: list[pyvrp.Depot] = []
    depot_idx: dict[tuple[str, str], int] = {}

    def depot(kind: str, key: str, location: int, tw_late: int = BIG, service: int = 0) -> int:
        if (kind, key) not in depot_idx:
            depot_idx[(kind, key)] = len(depots)
            depots.append(pyvrp.Depot(location, tw_late=tw_late, service_duration=service, name=f"{kind}:{key}"))
        return depot_idx[(kind, key)]

    for place, lidx in start_depot_loc.items():
        depot("start", place, lidx)
    for cp in cp_ids:
        depot("cp", cp, loc_index[("site", cp)], tw_late=ctx.cp_deadline(cp))
    for k in range(len(gates)):
        depot("gate", str(k), gate_locs[k])

    group_ids = sorted({c.group for c in chunks if c.group is not None})
    gindex = {g: i for i, g in enumerate(group_ids)}
    members: dict[int, list[int]] = {g: [] for g in group_ids}
    for i, c in enumerate(chunks):
        if c.group is not None:
            members[c.group].append(i)
    groups = [pyvrp.ClientGroup(members[g], required=False) for g in group_ids]
    clients = []
    for c, lidx in zip(chunks, client_locs, strict=True):
        pickup = [0, c.count] if c.cls == "stretcher" else [c.count, 0]
        prize = ctx.weights[c.cls] * c.count * PRIZE_UNIT
        clients.append(pyvrp.Client(lidx, pickup=pickup, service_duration=ctx.board({c.cls: c.count}),
                                    tw_early=c.ready, prize=prize, required=False,
                                    group=gindex[c.group] if c.group is not None else None,
                                    name=f"{c.place}/{c.cls}"))

    vtypes = []
    vt_vehicle: list[Vehicle] = []
    for v in convoys + shuttles:
        st = starts[v.id]
        cap = [max(0, v.seats - seats_of(st.onboard)), max(0, v.stretchers - st.onboard.get("stretcher", 0))]
        until = sc.seconds(v.available_until)
        common = {"capacity": cap, "start_depot": depot_idx[("start", st.place)], "tw_early": st.t0,
                      "profile": profiles[profile_key(v)], "name": v.id}
        if v.role == "convoy":
            g = ctx.vehicle_gate[v.id]
            k = gates.index(g)  # type: ignore[arg-type]
            vtypes.append(pyvrp.VehicleType(1, end_depot=depot_idx[("gate", str(k))],
                                            tw_late=min(until, g.close), **common))  # type: ignore[union-attr,arg-type]
        else:
            reach = [cp for cp in cp_ids if math.isfinite(tr.time(st.place, cp))]
            if not reach:
                continue
            end_cp = min(reach, key=lambda cp: tr.time(st.place, cp))
            deadline = max(ctx.cp_deadline(cp) for cp in reach)
            vtypes.append(pyvrp.VehicleType(1, end_depot=depot_idx[("cp", end_cp)],
                                            reload_depots=[depot_idx[("cp", cp)] for cp in reach],
                                            tw_late=min(until, deadline), **common))  # type: ignore[arg-type]
        vt_vehicle.append(v)
    if not vtypes:
        return []
    data = pyvrp.ProblemData(locations, clients, depots, vtypes, dist_ms, dur_ms, groups)  # type: ignore[arg-type]
    top = max(ctx.weights[c.cls] for c in chunks) * PRIZE_UNIT
    lo, hi = PENALTIES["shuttle" if roles == ("shuttle",) else "convoy"]
    params = pyvrp.SolveParams(penalty=pyvrp.PenaltyParams(min_penalty=lo * top, max_penalty=hi * top))
    warm = _warm_start(data, chunks, vt_vehicle, initial) if initial else None
    with warnings.catch_warnings():
        # The shuttle phase lets penalties hit their ceiling on purpose; the warning would only alarm.
        warnings.simplefilter("ignore", category=PenaltyBoundWarning)
        res = pyvrp.solve(data, MaxRuntime(time_limit), seed=seed, display=False, params=params,
                          initial_solution=warm)
    return _read_routes(ctx, res.best, chunks, depots, vt_vehicle, starts)


def _read_routes(ctx: Context, sol: pyvrp.Solution, chunks: list[Chunk], depots: list[pyvrp.Depot],
                 vt_vehicle: list[Vehicle], starts: dict[str, Start]) -> list[Route]:
    routes: list[Route] = []
    for r in sol.routes():
        v = vt_vehicle[r.vehicle_type()]
        st = starts[v.id]
        route = Route(v.id, v.role, st.place, st.t0, dict(st.onboard), ctx.vehicle_gate.get(v.id))
        trip: list[Visit] = []
        for act in r.schedule():
            if act.is_client():
                c = chunks[act.idx]
                c.taken = True
                if c.delivery:  # shuttled people board this convoy at the collection point
                    route.cp_board[c.cls] += c.count
                    route.cp_shuttled[c.cls] += c.count
                    route.cp_ready = max(route.cp_ready, c.ready)
                    continue
                if c.origin is not None:  # the convoy fetches them itself: the shuttle need not
                    c.origin.counts[c.cls] -= c.count
                if c.at_cp:
                    route.cp_board[c.cls] += c.count
                elif trip and trip[-1].place == c.place:
                    trip[-1].counts[c.cls] = trip[-1].counts.get(c.cls, 0) + c.count
                else:
                    trip.append(Visit(c.place, {c.cls: c.count}))
            elif act.is_depot() and v.role == "shuttle":
                name = depots[act.idx].name
                if name.startswith("cp:") and (trip or (not route.trips and sum(st.onboard.values()))):
                    route.trips.append(trip)
                    route.trip_cps.append(name[3:])
                    trip = []
        if v.role == "convoy":
            route.trips = [trip]
        routes.append(route)
    return routes


def _warm_start(data: pyvrp.ProblemData, chunks: list[Chunk], vt_vehicle: list[Vehicle],
                initial: list[Route]) -> pyvrp.Solution | None:
    """Express planner routes (e.g. the greedy plan) in chunks, as a starting solution for PyVRP.

    A visit's head count is covered by whole chunks only, so the start may carry a few people fewer
    than the routes it comes from; the search and the later filling make up for it.
    """
    pool: dict[tuple[str, str, bool], list[int]] = {}
    for i, c in enumerate(chunks):
        if not c.delivery and c.origin is None:
            pool.setdefault((c.place, c.cls, c.at_cp), []).append(i)
    for ids in pool.values():
        ids.sort(key=lambda i: -chunks[i].count)
    vt_of = {v.id: k for k, v in enumerate(vt_vehicle)}
    routes = []
    for r in initial:
        if r.vehicle not in vt_of:
            continue
        acts: list[int] = []
        steps = [(v.place, v.counts, False) for trip in r.trips for v in trip]
        if r.gate is not None:
            steps.append((r.gate.cp, r.cp_board, True))
        for place, counts, at_cp in steps:
            for cls, n in counts.items():
                ids = pool.get((place, cls, at_cp), [])
                for i in list(ids):
                    if chunks[i].count <= n:
                        acts.append(i)
                        ids.remove(i)
                        n -= chunks[i].count
        if acts:
            routes.append(pyvrp.Route(data, [pyvrp.Activity(pyvrp.ActivityType.CLIENT, i) for i in acts],
                                      vt_of[r.vehicle]))
    return pyvrp.Solution(data, routes) if routes else None
