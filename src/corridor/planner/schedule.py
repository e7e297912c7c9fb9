"""Times each route stop by stop, repairs what does not fit, fills spare places, and hands shuttled people to convoys."""

from __future__ import annotations

from dataclasses import dataclass, field

from .context import Context, Counts, empty, seats_of, total
from .model import BIG, Route, Visit
from .scenario import CLASSES


@dataclass
class Stop:
    kind: str  # start | pickup | collection_point | destination | drop
    place: str
    arrive: int
    depart: int
    board: Counts = field(default_factory=dict)
    unload: Counts = field(default_factory=dict)
    via: list[str] = field(default_factory=list)


def _add(a: Counts, b: Counts) -> None:
    for k, n in b.items():
        a[k] = a.get(k, 0) + n


def _fits(ctx: Context, vid: str, load: Counts) -> bool:
    v = ctx.vehicle(vid)
    return seats_of(load) <= v.seats and load.get("stretcher", 0) <= v.stretchers


def simulate(ctx: Context, r: Route) -> tuple[list[Stop], str | None]:
    """Stops with times for a route, and why it is infeasible (None when it is fine)."""
    v = ctx.vehicle(r.vehicle)
    until = ctx.sc.seconds(v.available_until)
    stops = [Stop("start", r.start, r.t0, r.t0 + r.hold)]
    t, here, load = r.t0 + r.hold, r.start, dict(r.onboard)
    trips = r.trips if r.role == "shuttle" else (r.trips[:1] or [[]])
    for i, trip in enumerate(trips):
        for visit in trip:
            leg = ctx.leg(v, here, visit.place)
            if leg >= BIG or not ctx.can_reach(v, visit.place):
                return stops, f"{visit.place} unreachable"
            arrive = t + leg
            t = max(arrive, ctx.ready_min.get(visit.place, 0)) + ctx.stop_s + ctx.board(visit.counts)
            _add(load, visit.counts)
            stops.append(Stop("pickup", visit.place, arrive, t, dict(visit.counts), {}, ctx.travel.via(here, visit.place)))
            here = visit.place
        if not _fits(ctx, r.vehicle, load):
            return stops, "over capacity"
        if r.role == "shuttle":
            cp = r.trip_cps[i]
            leg = ctx.leg(v, here, cp)
            if leg >= BIG:
                return stops, f"{cp} unreachable"
            arrive = t + leg
            t = arrive + ctx.stop_s + ctx.unboard(load)
            stops.append(Stop("collection_point", cp, arrive, t, {}, dict(load), ctx.travel.via(here, cp)))
            # People already aboard when replanning get off even if no convoy is left to take them.
            if trip and arrive > ctx.cp_deadline(cp):
                return stops, "unloads after the last convoy leaves"
            here, load = cp, empty()
    if r.role == "shuttle":
        return stops, ("beyond the vehicle's availability" if t > until else None)
    g = r.gate
    if g is None:
        return stops, "no corridor window"
    leg = ctx.leg(v, here, g.cp)
    if leg >= BIG:
        return stops, f"{g.cp} unreachable"
    arrive = t + leg
    begin = max(arrive, r.cp_ready, ctx.ready_min.get(g.cp, 0) if total(r.cp_board) else 0)
    depart = max(begin + ctx.stop_s + ctx.board(r.cp_board), g.open)
    _add(load, r.cp_board)
    stops.append(Stop("collection_point", g.cp, arrive, depart, {k: n for k, n in r.cp_board.items() if n}, {},
                      ctx.travel.via(here, g.cp)))
    if not _fits(ctx, r.vehicle, load):
        return stops, "over capacity"
    if depart > g.latest_entry:
        return stops, "misses the corridor window"
    end = depart + g.run
    stops.append(Stop("destination", g.dest, end, end + ctx.stop_s + ctx.unboard(load), {},
                      {k: n for k, n in load.items() if n}))
    if end > until:
        return stops, "beyond the vehicle's availability"
    return stops, None


def carried(r: Route) -> Counts:
    c = dict(r.onboard)
    for trip in r.trips:
        for visit in trip:
            _add(c, visit.counts)
    _add(c, r.cp_board)
    return c


def repair(ctx: Context, r: Route, remaining: dict[str, Counts]) -> None:
    """Drop pickups from the end until the route is feasible; dropped people go back to `remaining`."""
    while simulate(ctx, r)[1] is not None:
        if any(r.trips):
            ti = max(i for i, t in enumerate(r.trips) if t)
            visit = r.trips[ti].pop()
            _add(remaining[visit.place], visit.counts)
            if r.role == "shuttle" and not r.trips[ti] and not (ti == 0 and total(r.onboard)):
                del r.trips[ti], r.trip_cps[ti]
        elif total(r.cp_board) and r.gate:
            _add(remaining[r.gate.cp], r.cp_board)  # shuttled ones too: they were unloaded there
            r.cp_board, r.cp_shuttled = empty(), empty()
        else:
            return


def _try_more(ctx: Context, r: Route, counts: Counts, cls: str, avail: int, place_left: Counts) -> None:
    """Add as many people of a class to `counts` (part of r) as still fit, by bisection on the number."""
    lo, hi = 0, avail
    base = counts.get(cls, 0)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        counts[cls] = base + mid
        if simulate(ctx, r)[1] is None:
            lo = mid
        else:
            hi = mid - 1
    counts[cls] = base + lo
    place_left[cls] -= lo


def top_up(ctx: Context, r: Route, remaining: dict[str, Counts]) -> None:
    """Fill a convoy's spare places with people still waiting at the stops it already makes."""
    if r.role != "convoy" or r.gate is None or simulate(ctx, r)[1] is not None:
        return
    for cls in CLASSES:
        for visit in r.trips[0] if r.trips else []:
            left = remaining[visit.place]
            if left.get(cls, 0):
                _try_more(ctx, r, visit.counts, cls, left[cls], left)
        cp_left = remaining.get(r.gate.cp)
        if cp_left and cp_left.get(cls, 0):
            _try_more(ctx, r, r.cp_board, cls, cp_left[cls], cp_left)


def greedy_extend(ctx: Context, r: Route, remaining: dict[str, Counts], places: list[str]) -> None:
    """Append stops one at a time: the nearest place that still has someone of the highest waiting class."""
    if r.role != "convoy" or r.gate is None:
        return
    if not r.trips:
        r.trips = [[]]
    top_up(ctx, r, remaining)
    for cls in CLASSES:
        while True:
            stops, err = simulate(ctx, r)
            if err is not None or not _fits_more(ctx, r, cls):
                break
            here = stops[-3].place if len(stops) >= 3 else r.start
            visited = {vis.place for vis in r.trips[0]}
            v = ctx.vehicle(r.vehicle)
            cands = [p for p in places if remaining[p].get(cls, 0) and p not in visited and ctx.can_reach(v, p)]
            cands.sort(key=lambda p: ctx.travel.time(here, p))
            added = False
            for p in cands[:8]:
                r.trips[0].append(Visit(p, {}))
                _try_more(ctx, r, r.trips[0][-1].counts, cls, remaining[p][cls], remaining[p])
                if r.trips[0][-1].counts.get(cls, 0):
                    added = True
                    break
                r.trips[0].pop()
            if not added:
                break
        top_up(ctx, r, remaining)


def _fits_more(ctx: Context, r: Route, cls: str) -> bool:
    load = carried(r)
    v = ctx.vehicle(r.vehicle)
    return load.get("stretcher", 0) < v.stretchers if cls == "stretcher" else seats_of(load) < v.seats


def allocate_shuttled(ctx: Context, shuttles: list[Route], convoys: list[Route], remaining: dict[str, Counts]) -> None:
    """People a shuttle brings to a collection point board a convoy leaving from there, or are not fetched."""
    deliveries: list[tuple[int, Route, int]] = []
    for s in shuttles:
        stops, _ = simulate(ctx, s)
        cp_stops = [st for st in stops if st.kind == "collection_point"]
        for ti, st in enumerate(cp_stops):
            deliveries.append((st.depart, s, ti))
    deliveries.sort(key=lambda d: d[0])
    for ready, s, ti in deliveries:
        trip = s.trips[ti] if ti < len(s.trips) else []
        amounts = empty()
        for visit in trip:
            if not visit.handed:
                _add(amounts, visit.counts)
        if ti == 0:
            _add(amounts, s.onboard)
        cp = s.trip_cps[ti]
        unplaced = empty()
        for cls in CLASSES:
            need = amounts.get(cls, 0)
            for c in sorted((c for c in convoys if c.gate and c.gate.cp == cp), key=lambda c: c.gate.latest_entry):  # type: ignore[union-attr]
                if not need:
                    break
                old_board, old_ready = dict(c.cp_board), c.cp_ready
                c.cp_ready = max(c.cp_ready, ready)
                if simulate(ctx, c)[1] is not None:
                    c.cp_ready = old_ready
                    continue
                fake = {cls: need}
                _try_more(ctx, c, c.cp_board, cls, need, fake)
                took = c.cp_board.get(cls, 0) - old_board.get(cls, 0)
                c.cp_shuttled[cls] += took
                if not took:
                    c.cp_ready = old_ready
                need -= took
            if need:
                need -= _bump_for(ctx, cp, cls, need, ready, convoys, remaining)
            unplaced[cls] = need
        # Those no convoy can take stay where they are: take them off the shuttle's trip, last stops first.
        for cls in CLASSES:
            k = unplaced[cls]
            for visit in reversed([v for v in trip if not v.handed]):
                if not k:
                    break
                d = min(k, visit.counts.get(cls, 0))
                visit.counts[cls] = visit.counts.get(cls, 0) - d
                remaining[visit.place][cls] += d
                k -= d
            if k:  # already on board when replanning: they get off and wait at the collection point
                remaining.setdefault(cp, empty())[cls] += k
        trip[:] = [vis for vis in trip if total(vis.counts)]
    for s in shuttles:
        keep = [(t, cp) for i, (t, cp) in enumerate(zip(s.trips, s.trip_cps, strict=True))
                if t or (i == 0 and total(s.onboard))]
        s.trips = [t for t, _ in keep]
        s.trip_cps = [cp for _, cp in keep]


def hold_for_window(ctx: Context, r: Route) -> None:
    """Leave the garage later rather than have people sit on a bus at the collection point for the window."""
    if r.role != "convoy" or r.gate is None:
        return
    stops, err = simulate(ctx, r)
    if err is not None or len(stops) < 3:
        return
    cp = stops[-2]
    dwell = ctx.stop_s + ctx.board(r.cp_board)
    slack = cp.depart - dwell - cp.arrive  # boarding still waits for any shuttle it relies on
    if slack > 0:
        r.hold += slack
        if simulate(ctx, r)[1] is not None:
            r.hold -= slack


def _bump_for(ctx: Context, cp: str, cls: str, need: int, ready: int, convoys: list[Route],
              remaining: dict[str, Counts]) -> int:
    """Give convoy places held by lower-priority people to shuttled people of a higher class.

    The bumped people are taken off the convoy's pickups (they stay at their shelter), which only
    shortens that route, so it stays feasible. Returns how many of `need` were seated.
    """
    w = ctx.weights[cls]
    seated = 0
    lower = sorted((c for c in CLASSES if ctx.weights[c] < w and (c == "stretcher") == (cls == "stretcher")),
                   key=lambda c: ctx.weights[c])
    for conv in convoys:
        if not need or conv.gate is None or conv.gate.cp != cp or not conv.trips:
            continue
        for low in lower:
            for visit in reversed(conv.trips[0]):
                if not need:
                    break
                k = min(need, visit.counts.get(low, 0))
                if not k:
                    continue
                old = (dict(visit.counts), dict(conv.cp_board), conv.cp_ready)
                visit.counts[low] -= k
                conv.cp_ready = max(conv.cp_ready, ready)
                conv.cp_board[cls] = conv.cp_board.get(cls, 0) + k
                if simulate(ctx, conv)[1] is None:
                    conv.cp_shuttled[cls] += k
                    remaining[visit.place][low] += k
                    need -= k
                    seated += k
                else:
                    visit.counts.clear()
                    visit.counts.update(old[0])
                    conv.cp_board, conv.cp_ready = old[1], old[2]
    return seated
