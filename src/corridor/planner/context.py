"""What the planner derives once from a scenario: travel times, corridor gates, weights, vehicle roles."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .scenario import CLASSES, Scenario, Vehicle
from .travel import TravelTimes, build_travel, corridor_run_meters, corridor_run_seconds

# Default strict priorities: one person of a class outweighs ten of the next class down, and every
# person takes one place, so when places are short a whole class goes before the next.
DEFAULT_WEIGHTS = {"stretcher": 10_000, "seated_patient": 1_000, "infant_with_carer": 100,
                   "elderly_disabled": 10, "other": 1}

Counts = dict[str, int]


def empty() -> Counts:
    return {c: 0 for c in CLASSES}


def total(c: Counts) -> int:
    return sum(c.values())


def seats_of(c: Counts) -> int:
    return sum(n for k, n in c.items() if k != "stretcher")


@dataclass
class Gate:
    """One window of one corridor: a convoy enters at its collection point and leaves at its destination."""

    corridor: str
    window: int
    cp: str
    dest: str
    open: int
    close: int
    run: int
    run_m: int
    usable: bool
    why_not: str = ""

    @property
    def latest_entry(self) -> int:
        return self.close - self.run


@dataclass
class Context:
    sc: Scenario
    travel: TravelTimes
    weights: dict[str, int]
    gates: list[Gate]
    vehicle_gate: dict[str, Gate | None] = field(default_factory=dict)
    stop_s: int = 0
    # Replanning: people dropped or unloaded at a place are there only from this time on.
    ready_min: dict[str, int] = field(default_factory=dict)
    access: dict[str, int] = field(default_factory=dict)  # place -> most seats a vehicle may have there

    def vehicle(self, vid: str) -> Vehicle:
        for v in self.sc.vehicles:
            if v.id == vid:
                return v
        raise KeyError(vid)

    def leg(self, v: Vehicle, a: str, b: str) -> int:
        if a == b:
            return 0
        t = self.travel.time(a, b)
        return math.ceil(t / v.speed_factor) if math.isfinite(t) else 10**9

    def can_reach(self, v: Vehicle, place: str) -> bool:
        limit = self.access.get(place)
        return limit is None or v.seats <= limit

    def board(self, c: Counts) -> int:
        return math.ceil(sum(self.sc.board_seconds(k) * n for k, n in c.items()))

    def unboard(self, c: Counts) -> int:
        return math.ceil(sum(self.sc.unboard_seconds(k) * n for k, n in c.items()))

    def weighted(self, c: Counts) -> int:
        return sum(self.weights[k] * n for k, n in c.items())

    def cp_deadline(self, cp: str) -> int:
        """Latest time anyone can still board a convoy at a collection point."""
        ts = [g.latest_entry for g in self.gates if g.usable and g.cp == cp]
        return max(ts) if ts else -1


def build_gates(sc: Scenario) -> list[Gate]:
    gates: list[Gate] = []
    dest_names = {d.id: (d.name or d.id) for d in sc.destinations}
    for c in sc.corridors:
        run = corridor_run_seconds(sc, c)
        run_m = corridor_run_meters(sc, c)
        for j, w in enumerate(c.windows):
            o, e = sc.seconds(w.start), sc.seconds(w.end)
            usable, why = True, ""
            label = f"corridor {c.name or c.id} ({w.start:%d %b %H:%M}–{w.end:%H:%M})"
            if c.status in ("closed", "violated") or w.status in ("closed", "violated"):
                usable, why = False, f"{label} is {w.status if w.status in ('closed', 'violated') else c.status}"
            elif e - o < run:
                usable = False
                why = (f"the {_hours(e - o)} window of {label} is shorter than the {_hours(run)} run to "
                       f"{dest_names[c.destination]}")
            elif e <= 0:
                usable, why = False, f"{label} ended before the plan starts"
            gates.append(Gate(c.id, j, c.collection_point, c.destination, o, e, run, run_m, usable, why))
    return gates


def _hours(s: int) -> str:
    h = s / 3600
    return f"{h:.0f}-hour" if abs(h - round(h)) < 0.05 else f"{h:.1f}-hour"


def assign_gates(ctx: Context, starts: dict[str, tuple[str, int]] | None = None) -> None:
    """Each convoy bus makes one corridor run: the earliest usable window it can reach in time.

    A bus whose `corridor` is set only takes that corridor's windows. Windows are checked against the
    bus's availability and its drive from its start to the collection point.
    """
    for v in ctx.sc.vehicles:
        if v.role != "convoy":
            continue
        best: Gate | None = None
        place, t0 = (starts or {}).get(v.id, (v.start, ctx.sc.seconds(v.available_from)))
        t1 = ctx.sc.seconds(v.available_until)
        for g in ctx.gates:
            if not g.usable or (v.corridor and g.corridor != v.corridor):
                continue
            reach = t0 + ctx.leg(v, place, g.cp) + ctx.stop_s
            entry = max(reach, g.open)
            if entry <= g.latest_entry and entry + g.run <= t1 and (best is None or g.open < best.open):
                best = g
        ctx.vehicle_gate[v.id] = best


def build_context(sc: Scenario, travel: TravelTimes | None = None,
                  starts: dict[str, tuple[str, int]] | None = None) -> Context:
    weights = dict(DEFAULT_WEIGHTS)
    if sc.priority_weights:
        weights.update(sc.priority_weights)
    ctx = Context(sc, travel or build_travel(sc), weights, build_gates(sc), stop_s=int(sc.stop_minutes * 60),
                  access={p.id: p.max_vehicle_seats for p in sc.pickups if p.max_vehicle_seats is not None})
    assign_gates(ctx, starts)
    return ctx
