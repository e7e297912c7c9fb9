"""The plan checker: verifies a plan against its scenario, recomputing every time and count itself.

It shares no timing code with the planner: travel legs, boarding times, corridor runs and loads are
recomputed here from the scenario, so a planner bug cannot hide behind its own arithmetic. Each
violation is one line "rule: where: what".
"""

from __future__ import annotations

import itertools
import math
from datetime import datetime
from typing import Any

from .change import Change, apply_change, change_from_dict
from .geo import great_circle_m, leg_crosses_polygon, segments_cross
from .scenario import CLASSES, Scenario, ScenarioError

TOL = 1  # seconds: times in a plan are written to the second
KINDS = {"start", "pickup", "collection_point", "destination", "drop"}


def _sec(sc: Scenario, s: Any) -> int | None:
    try:
        return round((datetime.fromisoformat(str(s)) - sc.start).total_seconds())
    except (TypeError, ValueError):
        return None


def _leg_seconds(sc: Scenario, a: str, b: str, speed_factor: float) -> tuple[float, str | None]:
    """Drive time of one straight hop and why it may not be driven (None when it may)."""
    if a == b:
        return 0.0, None
    sites = sc.sites()
    pa, pb = (sites[a].lat, sites[a].lon), (sites[b].lat, sites[b].lon)
    tr = sc.travel
    if tr.mode == "osm":
        # Roads are cut on the OSM graph, which is not re-derived here; great-circle time is a lower bound.
        return great_circle_m(pa, pb) / (max(80.0, tr.speed_kmh) / 3.6) / speed_factor, None
    for seg in sc.blocked_segments:
        for k in range(len(seg.points) - 1):
            if segments_cross(pa, pb, seg.points[k], seg.points[k + 1]):
                return math.inf, f"crosses blocked segment {seg.id or k}"
    for z in sc.danger_zones:
        if leg_crosses_polygon(pa, pb, z.polygon):
            return math.inf, f"enters danger zone {z.id}"
    if tr.mode == "matrix" and tr.matrix is not None:
        ids = tr.matrix.ids
        if a not in ids or b not in ids:
            return math.inf, "not in the travel matrix"
        v = tr.matrix.minutes[ids.index(a)][ids.index(b)]
        if v is None:
            return math.inf, "no road in the travel matrix"
        return 60.0 * v / speed_factor, None
    return great_circle_m(pa, pb) * tr.road_factor / (tr.speed_kmh / 3.6) / speed_factor, None


def _dwell(sc: Scenario, board: dict[str, int], unload: dict[str, int]) -> float:
    def per(cls: str, field: str) -> float:
        ct = sc.class_times.get(cls)
        if ct is not None:
            return 60.0 * float(getattr(ct, field))
        from .scenario import DEFAULT_BOARD_MIN, DEFAULT_UNBOARD_MIN

        return 60.0 * (DEFAULT_BOARD_MIN if field == "board_minutes" else DEFAULT_UNBOARD_MIN)[cls]

    work = sum(per(k, "board_minutes") * n for k, n in board.items())
    work += sum(per(k, "unboard_minutes") * n for k, n in unload.items())
    return (60.0 * sc.stop_minutes if (board or unload) else 0.0) + work


def _run_seconds(sc: Scenario, corridor_id: str) -> float:
    c = next(c for c in sc.corridors if c.id == corridor_id)
    delays = 60.0 * sum(cp.delay_minutes for cp in c.checkpoints)
    if c.run_minutes is not None:
        return 60.0 * c.run_minutes + delays
    sites = sc.sites()
    pts = [(sites[c.collection_point].lat, sites[c.collection_point].lon), *c.waypoints,
           (sites[c.destination].lat, sites[c.destination].lon)]
    metres = sum(great_circle_m(pts[i], pts[i + 1]) for i in range(len(pts) - 1))
    return metres * c.road_factor / (c.speed_kmh / 3.6) + delays


def check_plan(sc0: Scenario, plan: dict[str, Any], change: Change | dict[str, Any] | None = None) -> list[str]:
    """All the ways `plan` breaks `scenario` (an empty list when it is sound)."""
    out: list[str] = []
    if change is None and isinstance(plan.get("replan"), dict):
        change = plan["replan"].get("change")
    at: int | None = None
    sc = sc0
    if change is not None:
        try:
            ch = change if isinstance(change, Change) else change_from_dict(change, sc0)
        except ScenarioError as exc:
            return [f"change: {p}: {m}" for p, m in exc.problems]
        sc = apply_change(sc0, ch)
        at = round((ch.at - sc.start).total_seconds())
    sites = sc.sites()
    vehicles = {v.id: v for v in sc.vehicles}
    corridors = {c.id: c for c in sc.corridors}
    pools: dict[str, list[tuple[int, int, str, int]]] = {}  # place -> (time, order, class, +/-)
    delivered: dict[str, dict[str, int]] = {}
    seen: set[str] = set()
    if not isinstance(plan.get("vehicles"), list):
        return ["format: plan: has no 'vehicles' list"]
    for vi, entry in enumerate(plan["vehicles"]):
        where = f"vehicles[{vi}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("stops", []), list):
            out.append(f"format: {where}: a vehicle is an object with a 'stops' list")
            continue
        vid = entry.get("id")
        if vid not in vehicles:
            out.append(f"ids: {where}: unknown vehicle {vid!r}")
            continue
        if vid in seen:
            out.append(f"ids: {where}: vehicle {vid} appears twice")
        seen.add(vid)
        v = vehicles[vid]
        stops = entry.get("stops") or []
        if not stops:
            continue
        load = {c: 0 for c in CLASSES}
        prev: dict[str, Any] | None = None
        prev_t = None
        for si, st in enumerate(stops):
            w = f"{where}.stops[{si}] ({vid})"
            if not isinstance(st, dict):
                out.append(f"format: {w}: a stop is an object")
                continue
            kind, place = st.get("kind"), st.get("place")
            if kind not in KINDS:
                out.append(f"ids: {w}: unknown stop kind {kind!r}")
                continue
            if place not in sites:
                out.append(f"ids: {w}: unknown place {place!r}")
                continue
            arr, dep = _sec(sc, st.get("arrive")), _sec(sc, st.get("depart"))
            if arr is None or dep is None:
                out.append(f"format: {w}: arrive/depart must be ISO 8601 times")
                continue
            try:
                board = {str(k): int(n) for k, n in (st.get("board") or {}).items()}
                unload = {str(k): int(n) for k, n in (st.get("unload") or {}).items()}
            except (AttributeError, TypeError, ValueError):
                out.append(f"format: {w}: board/unload must map classes to counts")
                continue
            bad = [k for k in [*board, *unload] if k not in CLASSES]
            if bad or any(n < 0 for n in [*board.values(), *unload.values()]):
                out.append(f"format: {w}: counts must be known classes and ≥ 0")
                continue
            if si == 0:
                if kind != "start" or place != v.start:
                    out.append(f"route: {w}: a route starts with a 'start' stop at {v.start}")
                if arr < _sec(sc, v.available_from.isoformat()) - TOL:  # type: ignore[operator]
                    out.append(f"availability: {w}: leaves before the vehicle is available")
            elif prev is not None and prev_t is not None:
                if kind == "destination" and prev.get("kind") == "collection_point":
                    cid = st.get("corridor")
                    if v.role != "convoy" or cid not in corridors:
                        out.append(f"corridor: {w}: a destination is reached only by a convoy through a known corridor")
                    else:
                        out.extend(_check_corridor(sc, corridors[cid], st, prev_t, arr, place, prev["place"], w, at))
                elif kind == "destination":
                    out.append(f"corridor: {w}: the destination must follow the corridor's collection point")
                else:
                    chain = [prev["place"], *(st.get("via") or []), place]
                    if any(p not in sites for p in chain):
                        out.append(f"ids: {w}: unknown place in via")
                        continue
                    need = 0.0
                    for a, b in itertools.pairwise(chain):
                        t, why = _leg_seconds(sc, a, b, v.speed_factor)
                        if why:
                            out.append(f"blocked: {w}: leg {a} → {b} {why}")
                        need += t
                    if math.isfinite(need) and arr < prev_t + need - TOL:
                        out.append(f"travel: {w}: arrives {prev_t + need - arr:.0f} s too early for the drive "
                                   f"from {prev['place']} ({need / 60:.1f} min)")
            dwell = _dwell(sc, board, unload)
            if dep < arr + dwell - TOL:
                out.append(f"boarding: {w}: {dep - arr} s at the stop, boarding/unloading needs {dwell:.0f} s")
            if arr > _sec(sc, v.available_until.isoformat()) + TOL:  # type: ignore[operator]
                frozen = at is not None and arr <= at
                if not frozen:
                    out.append(f"availability: {w}: arrives after the vehicle's availability ends")
            if unload:
                if kind == "pickup":
                    out.append(f"route: {w}: people get off only at a collection point, destination or breakdown")
                for k, n in unload.items():
                    if n > load[k]:
                        out.append(f"load: {w}: unloads {n} {k} but carries {load[k]}")
                    load[k] -= n
                if kind in ("collection_point", "drop"):
                    for k, n in unload.items():
                        pools.setdefault(place, []).append((dep, 0, k, n))
                if kind == "destination":
                    for k, n in unload.items():
                        delivered.setdefault(place, {c: 0 for c in CLASSES})[k] += n
            limit = getattr(sites[place], "max_vehicle_seats", None)
            if kind == "pickup" and limit is not None and v.seats > limit:
                out.append(f"access: {w}: a vehicle with {v.seats} seats cannot reach {place} (at most {limit})")
            if board:
                if kind not in ("pickup", "collection_point"):
                    out.append(f"route: {w}: people board only at pickups and collection points")
                start_board = int(dep - dwell)
                for k, n in board.items():
                    pools.setdefault(place, []).append((start_board, 1, k, -n))
                    load[k] += n
            seats = sum(n for k, n in load.items() if k != "stretcher")
            if seats > v.seats:
                out.append(f"capacity: {w}: {seats} seated people in {v.seats} seats")
            if load["stretcher"] > v.stretchers:
                out.append(f"capacity: {w}: {load['stretcher']} stretcher patients for {v.stretchers} stretcher places")
            if kind == "destination" and v.role == "shuttle":
                out.append(f"route: {w}: a shuttle stays in the city")
            prev, prev_t = st, dep
        if any(load.values()):
            out.append(f"delivery: {where} ({vid}): ends with {sum(load.values())} people still aboard")
    out.extend(_check_pools(sc, pools, plan))
    for d in sc.destinations:
        got = sum(delivered.get(d.id, {}).values())
        if d.capacity is not None and got > d.capacity:
            out.append(f"capacity: destination {d.id}: {got} people for {d.capacity} places")
    summary = plan.get("summary") or {}
    ev = {c: sum(x.get(c, 0) for x in delivered.values()) for c in CLASSES}
    if "evacuated" in summary and {k: ev[k] for k in CLASSES if ev[k]} != summary["evacuated"]:
        out.append(f"count: summary.evacuated says {summary['evacuated']}, the routes deliver "
                   f"{ {k: ev[k] for k in CLASSES if ev[k]} }")
    return out


def _check_corridor(sc: Scenario, c: Any, st: dict[str, Any], entry: int, arr: int, dest: str, cp: str, w: str,
                    at: int | None) -> list[str]:
    out: list[str] = []
    if cp != c.collection_point or dest != c.destination:
        out.append(f"corridor: {w}: corridor {c.id} runs {c.collection_point} → {c.destination}, not {cp} → {dest}")
    j = st.get("window")
    if not isinstance(j, int) or not 0 <= j < len(c.windows):
        return [*out, f"corridor: {w}: corridor {c.id} has no window {j!r}"]
    win = c.windows[j]
    if at is not None and entry <= at:
        return out  # under way before the change: judged by the windows it was planned for
    if c.status in ("closed", "violated") or win.status in ("closed", "violated"):
        out.append(f"corridor: {w}: corridor {c.id} window {j} is {win.status if win.status != 'open' else c.status}")
    o = round((win.start - sc.start).total_seconds())
    e = round((win.end - sc.start).total_seconds())
    if entry < o - TOL:
        out.append(f"corridor: {w}: enters corridor {c.id} at {sc.start} +{entry} s, before the window opens")
    run = _run_seconds(sc, c.id)
    if arr < entry + run - TOL:
        out.append(f"corridor: {w}: {(arr - entry) / 3600:.2f} h through corridor {c.id}, the run takes {run / 3600:.2f} h")
    if arr > e + TOL:
        out.append(f"corridor: {w}: leaves corridor {c.id} {(arr - e) / 60:.0f} min after the window closes")
    return out


def _check_pools(sc: Scenario, pools: dict[str, list[tuple[int, int, str, int]]], plan: dict[str, Any]) -> list[str]:
    """Nobody is counted twice: at every place, boarding never takes more people than are there."""
    out: list[str] = []
    have: dict[str, dict[str, int]] = {}
    for p in sc.pickups:
        have[p.id] = p.waiting.counts()
    for cp in sc.collection_points:
        have[cp.id] = cp.waiting.counts()
    for place, events in pools.items():
        cur = dict(have.get(place, {c: 0 for c in CLASSES}))
        for t, _, k, n in sorted(events):
            cur[k] += n
            if cur[k] < 0:
                out.append(f"count: {place}: {-cur[k]} more {k} board than are waiting there (at +{t} s)")
                cur[k] = 0
        have[place] = cur
    claimed: dict[tuple[str, str], int] = {}
    for r in plan.get("remaining") or []:
        key = (str(r.get("place")), str(r.get("class")))
        claimed[key] = claimed.get(key, 0) + int(r.get("count", 0))
    for place, cur in have.items():
        for k, n in cur.items():
            if claimed.get((place, k), 0) != n:
                out.append(f"count: {place}: {n} {k} are left there but the plan lists {claimed.get((place, k), 0)}")
    return out
