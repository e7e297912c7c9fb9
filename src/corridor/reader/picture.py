"""Across reports: group figures on the same category, place and time window; flag conflicts and updates."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

from .lexicon import VEHICLES
from .model import Figure, PlaceRef

_HARM = {"killed", "injured", "hostage", "under_rubble", "missing"}
TOLERANCE = 0.15  # values within 15% of each other's bounds are read as agreeing
WINDOW_DAYS = 7  # figures more than a week apart describe different moments


@dataclass
class Conflict:
    kind: str  # "values" (ranges do not overlap) or "denial" (a claim and a denial)
    items: tuple[int, int]
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "items": list(self.items), "detail": self.detail}


@dataclass
class Group:
    """Figures about one category, place and unit (people or vehicles) in one time window."""

    category: str | None
    place: PlaceRef | None
    unit: str
    items: list[Figure] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    superseded: dict[int, int] = field(default_factory=dict)  # item index -> index of the later figure

    @property
    def window(self) -> tuple[dt.date | None, dt.date | None]:
        dates = [d for d in (_when(f) for f in self.items) if d]
        return (min(dates), max(dates)) if dates else (None, None)

    @property
    def range(self) -> tuple[float | None, float | None]:
        lows = [lo for lo, _ in (_interval(f) for f in self.items if _has_value(f))]
        highs = [hi for _, hi in (_interval(f) for f in self.items if _has_value(f))]
        if not lows:
            return None, None
        lo, hi = min(lows), max(highs)
        return lo, (None if math.isinf(hi) else hi)

    def to_dict(self) -> dict[str, Any]:
        start, end = self.window
        lo, hi = self.range
        return {
            "category": self.category,
            "place": self.place.to_dict() if self.place else None,
            "unit": self.unit,
            "window": {
                "start": start.isoformat() if start else None,
                "end": end.isoformat() if end else None,
            },
            "range": {"low": _num(lo), "high": _num(hi)},
            "sources": _sources(self.items),
            "items": [
                {
                    **f.to_dict(),
                    "index": i,
                    "report": f.report,
                    "published": f.published.isoformat() if f.published else None,
                    "superseded_by": self.superseded.get(i),
                }
                for i, f in enumerate(self.items)
            ],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "conflict": bool(self.conflicts),
        }


def _sources(items: list[Figure]) -> list[str]:
    """Each source once (first spelling seen), whatever the script it was written in."""
    seen: dict[str | None, str] = {}
    for f in items:
        seen.setdefault(_source_key(f), _source_label(f) or "(unattributed)")
    return sorted(seen.values())


def _num(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def _has_value(f: Figure) -> bool:
    return f.value is not None or f.low is not None or f.high is not None


def _interval(f: Figure) -> tuple[float, float]:
    lo = f.low if f.low is not None else f.value
    hi = f.high if f.high is not None else f.value
    if f.qualifier in ("more than", "at least") and f.high is None:
        hi = math.inf
    if f.qualifier in ("up to", "nearly", "fewer than") and f.low is None:
        lo = 0.0
    if lo is None:
        lo = 0.0
    if hi is None:
        hi = math.inf
    return float(lo), float(hi)


def _when(f: Figure) -> dt.date | None:
    if f.time and (f.time.end or f.time.start):
        return f.time.end or f.time.start
    return f.published


def _source_label(f: Figure) -> str | None:
    if f.source is None:
        return None
    label = f.source.label
    return re.sub(r"^(?:the|a|an)\s+", "", label.strip(), flags=re.IGNORECASE).lower() if label else None


def _source_key(f: Figure) -> str | None:
    """Compare sources across scripts: "Вадим Бойченко" and "Vadym Boichenko" are one person."""
    label = _source_label(f)
    if label is None:
        return None
    try:
        from corridor.gazetteer.keys import name_key
    except ImportError:  # the gazetteer is optional for the reader; fall back to the plain label
        return label
    return name_key(label) or label


def _place_key(p: PlaceRef | None) -> Any:
    if p is None:
        return None
    return p.geonameid if p.geonameid is not None else p.name.lower()


def picture(items: list[Figure], window_days: int = WINDOW_DAYS, tolerance: float = TOLERANCE) -> list[Group]:
    """Group figures from many reports and flag where sources disagree or update themselves."""
    claims = [f for f in items if not (f.stance == "denial" and not _has_value(f))]
    denials = [f for f in items if f.stance == "denial" and not _has_value(f)]
    buckets: dict[tuple[Any, ...], list[Figure]] = {}
    places: dict[Any, PlaceRef | None] = {}
    for f in claims:
        unit = "vehicles" if f.counted in VEHICLES else "people"
        key = (f.category, _place_key(f.place), unit)
        places[key[1]] = f.place
        buckets.setdefault(key, []).append(f)
    groups: list[Group] = []
    for (category, pkey, unit), figs in buckets.items():
        figs.sort(key=lambda f: (_when(f) or dt.date.min, f.report or "", f.span[0]))
        current: Group | None = None
        start: dt.date | None = None
        for f in figs:
            d = _when(f)
            if (
                current is None
                or (d and start and (d - start).days > window_days)
                or (d is None) != (start is None)
            ):
                current = Group(category, places[pkey], unit)
                groups.append(current)
                start = d
            current.items.append(f)
    for g in groups:
        _supersede(g)
        _value_conflicts(g, tolerance)
    for den in denials:
        for g in groups:
            if _place_key(g.place) != _place_key(den.place):
                continue
            if den.category is not None and den.category != g.category:
                continue
            if den.category is None and g.category not in _HARM:
                continue  # "Russia denies targeting civilians" stands against tolls, not evacuations
            d, (s, e) = _when(den), g.window
            if (
                d
                and s
                and e
                and not (s - dt.timedelta(days=window_days) <= d <= e + dt.timedelta(days=window_days))
            ):
                continue
            g.items.append(den)
            di = len(g.items) - 1
            for i, f in enumerate(g.items[:-1]):
                if f.stance != "denial" and i not in g.superseded:
                    g.conflicts.append(
                        Conflict(
                            "denial",
                            (i, di),
                            f"{_source_label(den) or 'a source'} denies what "
                            f"{_source_label(f) or 'the report'} states",
                        )
                    )
    groups.sort(key=lambda g: (g.category or "", g.place.name if g.place else "", g.window[0] or dt.date.min))
    return groups


def _supersede(g: Group) -> None:
    """A later figure from the same source on the same thing replaces its earlier one."""
    latest: dict[str, int] = {}
    for i, f in enumerate(g.items):
        label = _source_key(f)
        if label is None or not _has_value(f):
            continue
        if label in latest:
            j = latest[label]
            if (_when(f) or dt.date.min) > (_when(g.items[j]) or dt.date.min):
                g.superseded[j] = i
        latest[label] = i


def _value_conflicts(g: Group, tolerance: float) -> None:
    live = [i for i, f in enumerate(g.items) if _has_value(f) and i not in g.superseded]
    for a in range(len(live)):
        for b in range(a + 1, len(live)):
            i, j = live[a], live[b]
            (lo1, hi1), (lo2, hi2) = _interval(g.items[i]), _interval(g.items[j])
            if lo1 <= hi2 * (1 + tolerance) and lo2 <= hi1 * (1 + tolerance):
                continue
            g.conflicts.append(
                Conflict(
                    "values",
                    (i, j),
                    f"{g.items[i].surface!r} ({_source_label(g.items[i]) or 'unattributed'}) vs "
                    f"{g.items[j].surface!r} ({_source_label(g.items[j]) or 'unattributed'})",
                )
            )
