"""The evacuation scenario: its JSON schema (pydantic), loading with path-precise errors, and clock helpers."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

# Priority classes, highest first. The order is the default evacuation order.
CLASSES: tuple[str, ...] = ("stretcher", "seated_patient", "infant_with_carer", "elderly_disabled", "other")

# Minutes per person to board / to get off, by class: a stretcher takes two bearers and minutes,
# an infant with a carer (bags, pram) longer than an adult alone.
DEFAULT_BOARD_MIN = {
    "stretcher": 5.0, "seated_patient": 2.0, "infant_with_carer": 1.5, "elderly_disabled": 1.5, "other": 0.5,
}
DEFAULT_UNBOARD_MIN = {
    "stretcher": 3.0, "seated_patient": 1.0, "infant_with_carer": 1.0, "elderly_disabled": 1.0, "other": 0.25,
}


class ScenarioError(Exception):
    """Bad input: each problem is (JSON path, message)."""

    def __init__(self, problems: list[tuple[str, str]], source: str = "") -> None:
        self.problems = problems
        self.source = source
        prefix = f"{source}: " if source else ""
        super().__init__("\n".join(f"{prefix}{p}: {m}" if p else f"{prefix}{m}" for p, m in problems))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Waiting(_Strict):
    """People waiting at a place, by priority class (people, not families)."""

    stretcher: int = Field(0, ge=0)
    seated_patient: int = Field(0, ge=0)
    infant_with_carer: int = Field(0, ge=0)
    elderly_disabled: int = Field(0, ge=0)
    other: int = Field(0, ge=0)

    def counts(self) -> dict[str, int]:
        return {c: int(getattr(self, c)) for c in CLASSES}


class Site(_Strict):
    id: str = Field(min_length=1)
    name: str = ""
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class PickupPlace(Site):
    kind: Literal["shelter", "hospital", "other"] = "shelter"
    # Narrow, cratered or rubble-strewn streets: only vehicles with at most this many seats get there.
    max_vehicle_seats: int | None = Field(None, ge=1)
    waiting: Waiting = Field(default_factory=lambda: Waiting.model_validate({}))
    note: str = ""


class CollectionPoint(Site):
    waiting: Waiting = Field(default_factory=lambda: Waiting.model_validate({}))


class Destination(Site):
    capacity: int | None = Field(None, ge=0)


class Depot(Site):
    pass


class DetourPoint(Site):
    pass


class Checkpoint(_Strict):
    name: str = ""
    lat: float | None = None
    lon: float | None = None
    delay_minutes: float = Field(0, ge=0)


class Window(_Strict):
    start: datetime
    end: datetime
    status: Literal["planned", "open", "closed", "violated"] = "open"


class Corridor(_Strict):
    id: str = Field(min_length=1)
    name: str = ""
    collection_point: str
    destination: str
    waypoints: list[tuple[float, float]] = Field(default_factory=list)
    checkpoints: list[Checkpoint] = Field(default_factory=list)
    run_minutes: float | None = Field(None, gt=0)
    speed_kmh: float = Field(40, gt=0)
    road_factor: float = Field(1.3, ge=1)
    status: Literal["planned", "open", "closed", "violated"] = "open"
    windows: list[Window] = Field(min_length=1)


class Vehicle(_Strict):
    id: str = Field(min_length=1)
    kind: str = "bus"
    role: Literal["convoy", "shuttle"] = "convoy"
    seats: int = Field(ge=0)
    stretchers: int = Field(0, ge=0)
    start: str
    available_from: datetime
    available_until: datetime
    speed_factor: float = Field(1.0, gt=0)
    corridor: str | None = None
    driver: str = ""
    plate: str = ""


class BlockedSegment(_Strict):
    id: str = ""
    points: list[tuple[float, float]] = Field(min_length=2)
    reason: str = ""


class DangerZone(_Strict):
    id: str = ""
    polygon: list[tuple[float, float]] = Field(min_length=3)
    reason: str = ""


class Matrix(_Strict):
    ids: list[str] = Field(min_length=1)
    minutes: list[list[float | None]]
    km: list[list[float | None]] | None = None


class Travel(_Strict):
    mode: Literal["great_circle", "matrix", "osm"] = "great_circle"
    road_factor: float = Field(1.4, ge=1)
    speed_kmh: float = Field(25, gt=0)
    matrix: Matrix | None = None
    osm_file: str | None = None

    @model_validator(mode="after")
    def _mode_has_data(self) -> Travel:
        if self.mode == "matrix" and self.matrix is None:
            raise ValueError("mode 'matrix' needs a 'matrix' object")
        if self.mode == "osm" and not self.osm_file:
            raise ValueError("mode 'osm' needs 'osm_file'")
        return self


class ClassTimes(_Strict):
    board_minutes: float = Field(ge=0)
    unboard_minutes: float = Field(ge=0)


class Scenario(_Strict):
    name: str = ""
    start: datetime
    stop_minutes: float = Field(3, ge=0)
    priority_weights: dict[str, int] | None = None
    class_times: dict[str, ClassTimes] = Field(default_factory=dict)
    pickups: list[PickupPlace] = Field(default_factory=list)
    collection_points: list[CollectionPoint] = Field(min_length=1)
    destinations: list[Destination] = Field(min_length=1)
    depots: list[Depot] = Field(default_factory=list)
    detour_points: list[DetourPoint] = Field(default_factory=list)
    corridors: list[Corridor] = Field(min_length=1)
    vehicles: list[Vehicle] = Field(default_factory=list)
    travel: Travel = Field(default_factory=lambda: Travel.model_validate({}))
    blocked_segments: list[BlockedSegment] = Field(default_factory=list)
    danger_zones: list[DangerZone] = Field(default_factory=list)

    # -- clock ---------------------------------------------------------------------------------------
    def seconds(self, t: datetime) -> int:
        return round((t - self.start).total_seconds())

    def clock(self, s: int) -> str:
        return (self.start + timedelta(seconds=int(s))).isoformat()

    def board_seconds(self, cls: str) -> float:
        ct = self.class_times.get(cls)
        return 60.0 * (ct.board_minutes if ct else DEFAULT_BOARD_MIN[cls])

    def unboard_seconds(self, cls: str) -> float:
        ct = self.class_times.get(cls)
        return 60.0 * (ct.unboard_minutes if ct else DEFAULT_UNBOARD_MIN[cls])

    # -- places --------------------------------------------------------------------------------------
    def sites(self) -> dict[str, Site]:
        out: dict[str, Site] = {}
        for group in (self.pickups, self.collection_points, self.destinations, self.depots, self.detour_points):
            for s in group:
                out[s.id] = s
        return out


def _fmt_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _fmt_msg(err: dict[str, Any]) -> str:
    ctx = err.get("ctx") or {}
    kind = err.get("type", "")
    if kind == "greater_than_equal":
        return f"must be ≥ {ctx.get('ge')}"
    if kind == "greater_than":
        return f"must be > {ctx.get('gt')}"
    if kind == "less_than_equal":
        return f"must be ≤ {ctx.get('le')}"
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a known field"
    return str(err.get("msg", "is invalid")).removeprefix("Value error, ")


def _unique_ids(name: str, items: list[Any], problems: list[tuple[str, str]]) -> set[str]:
    ids: set[str] = set()
    for i, item in enumerate(items):
        if item.id in ids:
            problems.append((f"{name}[{i}].id", f"duplicate id {item.id!r}"))
        ids.add(item.id)
    return ids


def _cross_check(sc: Scenario) -> list[tuple[str, str]]:
    """References between objects: ids must exist and be unique, times must be ordered."""
    problems: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    groups: dict[str, list[Any]] = {
        "pickups": sc.pickups, "collection_points": sc.collection_points, "destinations": sc.destinations,
        "depots": sc.depots, "detour_points": sc.detour_points,
    }
    for gname, group in groups.items():
        for i, s in enumerate(group):
            if s.id in seen:
                problems.append((f"{gname}[{i}].id", f"duplicate id {s.id!r} (also {seen[s.id]})"))
            else:
                seen[s.id] = f"{gname}[{i}]"
    cps = {c.id for c in sc.collection_points}
    dests = {d.id for d in sc.destinations}
    corridor_ids = _unique_ids("corridors", sc.corridors, problems)
    for i, c in enumerate(sc.corridors):
        if c.collection_point not in cps:
            problems.append((f"corridors[{i}].collection_point", f"unknown collection point {c.collection_point!r}"))
        if c.destination not in dests:
            problems.append((f"corridors[{i}].destination", f"unknown destination {c.destination!r}"))
        for j, w in enumerate(c.windows):
            if w.end <= w.start:
                problems.append((f"corridors[{i}].windows[{j}].end", "must be after start"))
    _unique_ids("vehicles", sc.vehicles, problems)
    for i, v in enumerate(sc.vehicles):
        if v.start not in seen:
            problems.append((f"vehicles[{i}].start", f"unknown place {v.start!r}"))
        if v.corridor is not None and v.corridor not in corridor_ids:
            problems.append((f"vehicles[{i}].corridor", f"unknown corridor {v.corridor!r}"))
        if v.available_until <= v.available_from:
            problems.append((f"vehicles[{i}].available_until", "must be after available_from"))
        if v.seats + v.stretchers == 0:
            problems.append((f"vehicles[{i}].seats", "a vehicle needs at least one seat or stretcher place"))
    if sc.priority_weights is not None:
        for k, weight in sc.priority_weights.items():
            if k not in CLASSES:
                problems.append((f"priority_weights.{k}", f"unknown class (known: {', '.join(CLASSES)})"))
            elif weight < 0:
                problems.append((f"priority_weights.{k}", "must be ≥ 0"))
    for k in sc.class_times:
        if k not in CLASSES:
            problems.append((f"class_times.{k}", f"unknown class (known: {', '.join(CLASSES)})"))
    m = sc.travel.matrix
    if sc.travel.mode == "matrix" and m is not None:
        n = len(m.ids)
        if len(m.minutes) != n or any(len(r) != n for r in m.minutes):
            problems.append(("travel.matrix.minutes", f"must be a {n} × {n} table (one row per id)"))
        needed = {p.id for p in sc.pickups} | cps | {v.start for v in sc.vehicles}
        for pid in sorted(needed - set(m.ids)):
            problems.append(("travel.matrix.ids", f"place {pid!r} is missing from the matrix"))
        for j, mid in enumerate(m.ids):
            if mid not in seen:
                problems.append((f"travel.matrix.ids[{j}]", f"unknown place {mid!r}"))
    return problems


def scenario_from_dict(data: Any, source: str = "") -> Scenario:
    try:
        sc = Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError([(_fmt_loc(e["loc"]), _fmt_msg(dict(e))) for e in exc.errors()], source) from None
    problems = _cross_check(sc)
    if problems:
        raise ScenarioError(problems, source)
    return sc


def read_json(path: str | Path) -> Any:
    """Read a JSON file; a syntax error names line and column."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScenarioError([("", f"cannot read file: {exc.strerror}")], str(p)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScenarioError([("", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")], str(p)) from None


def load_scenario(path: str | Path) -> Scenario:
    sc = scenario_from_dict(read_json(path), str(path))
    if sc.travel.osm_file and not Path(sc.travel.osm_file).is_absolute():
        # An OSM extract named in a scenario is found beside the scenario file.
        sc.travel.osm_file = str(Path(path).parent / sc.travel.osm_file)
    return sc
