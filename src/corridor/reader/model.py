"""The reader's data: a report as read, and the sourced figures extracted from it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# The categories a figure can have; the order is the order the README documents them in.
CATEGORIES: tuple[str, ...] = (
    "trapped",  # trapped in / remaining in a place
    "killed",
    "injured",
    "rescued",
    "missing",  # missing or unaccounted for
    "hostage",  # held hostage, detained, used as human shields
    "sheltering",
    "evacuated",  # evacuated, left, deported, displaced
    "waiting",  # waiting to leave
    "need_evacuation",
    "under_rubble",
    "refugees",  # crossed into / arrived in a country, left the country
    "arrived",  # arrived at a place inside the country
    "vehicles",  # vehicles, buses, convoys counted for their own sake (sent, stuck, detained)
)

STANCES: tuple[str, ...] = ("claim", "denial", "accusation")


@dataclass(frozen=True)
class PlaceRef:
    """A place resolved through the gazetteer."""

    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    kind: str | None = None  # "settlement" | "oblast" | "country"; not part of the JSON contract
    oblast: str | None = None  # a Ukrainian settlement's oblast ("Kherson Oblast"); not in the JSON either

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "geonameid": self.geonameid, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True)
class TimeRef:
    """The time a figure refers to; start/end are dates, either may be unknown."""

    surface: str
    start: dt.date | None
    end: dt.date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "surface": self.surface,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


@dataclass(frozen=True)
class SourceRef:
    """Who says a figure: a named person, an organisation, or a vague collective ("officials")."""

    name: str | None
    role: str | None = None
    organisation: str | None = None
    channel: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "organisation": self.organisation,
            "channel": self.channel,
        }

    @property
    def label(self) -> str | None:
        """The most specific way to name the source (used to compare sources)."""
        return self.name or self.organisation or self.role


@dataclass
class Figure:
    """One sourced count: how many of what, where, when, who says so, and where in the text."""

    value: float | None
    low: float | None
    high: float | None
    surface: str
    qualifier: str | None
    category: str | None
    counted: str | None
    place: PlaceRef | None
    facility: str | None
    time: TimeRef | None
    source: SourceRef | None
    stance: str
    hedge: str | None
    span: tuple[int, int]
    # Provenance of the report the figure came from; filled by read_file/extract callers.
    report: str | None = field(default=None, compare=False)
    published: dt.date | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": _num(self.value),
            "low": _num(self.low),
            "high": _num(self.high),
            "surface": self.surface,
            "qualifier": self.qualifier,
            "category": self.category,
            "counted": self.counted,
            "place": self.place.to_dict() if self.place else None,
            "facility": self.facility,
            "time": self.time.to_dict() if self.time else None,
            "source": self.source.to_dict() if self.source else None,
            "stance": self.stance,
            "hedge": self.hedge,
            "span": [self.span[0], self.span[1]],
        }


def _num(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


@dataclass
class Report:
    """A report as read from a file or a feed: its text and what is known about it."""

    text: str
    origin: str  # file path, with "#message-id" or "#entry-n" for exports and feeds
    published: dt.date | None = None
    lang: str | None = None
    outlet: str | None = None  # channel, feed or site name when the container says it
    url: str | None = None
    title: str | None = None
    first_person: bool = False  # a channel's own post: unattributed figures are the channel's
