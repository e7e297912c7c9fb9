"""A change to a running operation (CHANGE.json): its schema and how it alters the scenario."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from .scenario import CollectionPoint, PickupPlace, Scenario, ScenarioError, Waiting, _fmt_loc, _fmt_msg


class _Ev(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CorridorClosed(_Ev):
    type: Literal["corridor_closed"]
    corridor: str
    window: int | None = Field(None, ge=0)


class WindowMoved(_Ev):
    type: Literal["window_moved"]
    corridor: str
    window: int = Field(0, ge=0)
    start: datetime
    end: datetime


class VehicleBroken(_Ev):
    type: Literal["vehicle_broken"]
    vehicle: str


class PeopleReported(_Ev):
    type: Literal["people_reported"]
    place: str
    add: Waiting
    lat: float | None = None
    lon: float | None = None
    name: str = ""


Event = Annotated[CorridorClosed | WindowMoved | VehicleBroken | PeopleReported, Field(discriminator="type")]


class Change(BaseModel):
    model_config = ConfigDict(extra="forbid")
    at: datetime
    events: list[Event] = Field(min_length=1)


_adapter = TypeAdapter(Change)


def change_from_dict(data: Any, sc: Scenario, source: str = "") -> Change:
    try:
        ch = _adapter.validate_python(data)
    except ValidationError as exc:
        raise ScenarioError([(_fmt_loc(e["loc"]), _fmt_msg(dict(e))) for e in exc.errors()], source) from None
    problems: list[tuple[str, str]] = []
    corridors = {c.id: c for c in sc.corridors}
    vehicles = {v.id for v in sc.vehicles}
    places = set(sc.sites())
    for i, ev in enumerate(ch.events):
        if isinstance(ev, (CorridorClosed, WindowMoved)):
            if ev.corridor not in corridors:
                problems.append((f"events[{i}].corridor", f"unknown corridor {ev.corridor!r}"))
            elif ev.window is not None and ev.window >= len(corridors[ev.corridor].windows):
                problems.append((f"events[{i}].window", f"corridor {ev.corridor!r} has no window {ev.window}"))
            if isinstance(ev, WindowMoved) and ev.end <= ev.start:
                problems.append((f"events[{i}].end", "must be after start"))
        elif isinstance(ev, VehicleBroken) and ev.vehicle not in vehicles:
            problems.append((f"events[{i}].vehicle", f"unknown vehicle {ev.vehicle!r}"))
        elif isinstance(ev, PeopleReported) and ev.place not in places and (ev.lat is None or ev.lon is None):
            problems.append((f"events[{i}].place", f"unknown place {ev.place!r} (give lat and lon for a new one)"))
    if problems:
        raise ScenarioError(problems, source)
    return ch


def apply_change(sc: Scenario, ch: Change) -> Scenario:
    """The scenario as it stands after the change (the original is left untouched)."""
    new = sc.model_copy(deep=True)
    for ev in ch.events:
        if isinstance(ev, CorridorClosed):
            c = next(c for c in new.corridors if c.id == ev.corridor)
            for j, w in enumerate(c.windows):
                if ev.window is None or ev.window == j:
                    w.status = "closed"
        elif isinstance(ev, WindowMoved):
            c = next(c for c in new.corridors if c.id == ev.corridor)
            c.windows[ev.window].start, c.windows[ev.window].end = ev.start, ev.end
        elif isinstance(ev, VehicleBroken):
            v = next(v for v in new.vehicles if v.id == ev.vehicle)
            v.available_until = max(ch.at, v.available_from)
        elif isinstance(ev, PeopleReported):
            holders: list[PickupPlace | CollectionPoint] = [*new.pickups, *new.collection_points]
            place = next((p for p in holders if p.id == ev.place), None)
            if place is None:
                pickup = PickupPlace.model_validate({"id": ev.place, "name": ev.name, "lat": ev.lat, "lon": ev.lon})
                new.pickups.append(pickup)
                place = pickup
            for k, n in ev.add.counts().items():
                setattr(place.waiting, k, getattr(place.waiting, k) + n)
    return new


def broken_vehicles(ch: Change) -> set[str]:
    return {ev.vehicle for ev in ch.events if isinstance(ev, VehicleBroken)}
