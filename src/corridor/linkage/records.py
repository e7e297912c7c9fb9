"""The tracing record model: one person as a single source wrote them down, with partial birth data."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

# Ages in the Mariupol records were given during the siege; an age means "at this date" unless the
# record says otherwise.
REFERENCE_DATE = date(2022, 3, 15)

AGE_SLACK_YEARS = 1

SOURCES = ("registry", "request", "hospital", "border", "shelter", "manifest", "morgue", "other")


@dataclass(frozen=True)
class BirthDate:
    """What is known of a birth date: an exact year range, and month/day when written down.

    ``approximate`` marks ranges derived from an age or a stated range; comparisons give them slack.
    """

    year_min: int
    year_max: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    @property
    def year(self) -> int | None:
        return self.year_min if self.year_min == self.year_max else None

    @classmethod
    def parse(cls, text: str) -> BirthDate:
        """Parse ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; raise ValueError with a readable reason."""
        text = text.strip()
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
        if not m:
            raise ValueError(f"birth date {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if not 1850 <= year <= REFERENCE_DATE.year + 1:
            raise ValueError(f"birth year {year} is out of range")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month {month} is out of range in {text!r}")
        if day is not None:
            date(year, month or 1, day)  # raises ValueError for 2022-02-30
        return cls(year, year, month, day)

    @classmethod
    def from_year_range(cls, text: str) -> BirthDate:
        """A birth year (``1952``) or a range (``1950-1955``, ``1950..1955``)."""
        m = re.fullmatch(r"\s*(\d{4})\s*(?:(?:-|\.\.|–)\s*(\d{4}))?\s*", text)
        if not m:
            raise ValueError(f"birth year {text!r} is not YYYY or YYYY-YYYY")
        lo = int(m.group(1))
        hi = int(m.group(2)) if m.group(2) else lo
        if lo > hi or not 1850 <= lo <= REFERENCE_DATE.year + 1 or hi > REFERENCE_DATE.year + 1:
            raise ValueError(f"birth year range {text!r} is out of range")
        return cls(lo, hi, approximate=lo != hi)

    @classmethod
    def from_age(cls, age: int, at: date = REFERENCE_DATE, slack: int = AGE_SLACK_YEARS) -> BirthDate:
        """Someone aged ``age`` at ``at`` was born in one of two years, widened by ``slack`` each way
        because an age reported by a relative or a neighbour is often a year off."""
        if not 0 <= age <= 120:
            raise ValueError(f"age {age} is out of range")
        return cls(at.year - age - 1 - slack, at.year - age + slack, approximate=True)

    def as_text(self) -> str:
        if self.year is None:
            return f"{self.year_min}–{self.year_max}"
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts) + (" (approx.)" if self.approximate else "")


@dataclass(frozen=True)
class Record:
    """A person as one source recorded them. Names are kept as written, in any script."""

    record_id: str
    source: str = ""
    given_name: str = ""
    family_name: str = ""
    patronymic: str = ""
    other_names: tuple[str, ...] = field(default_factory=tuple)
    sex: str | None = None  # "M", "F" or None
    birth: BirthDate | None = None
    home_place: str = ""
    last_seen_place: str = ""
    last_seen_date: date | None = None
    document: str = ""  # passport or ID number as written (border posts, manifests)
    note: str = ""

    @property
    def place(self) -> str:
        """The settlement used for comparison: home if known, else where last seen."""
        return self.home_place or self.last_seen_place

    def display_name(self) -> str:
        return " ".join(p for p in (self.family_name, self.given_name, self.patronymic) if p)


_SEX = {
    "m": "M", "male": "M", "man": "M", "м": "M", "ч": "M", "чол": "M", "муж": "M",
    "f": "F", "female": "F", "woman": "F", "ж": "F", "жін": "F", "жен": "F", "k": "F",
}


def parse_sex(text: str) -> str | None:
    """``M``/``F``/None from the forms field staff write; ValueError for anything else."""
    t = text.strip().lower().rstrip(".")
    if not t or t in {"u", "unknown", "?", "x"}:
        return None
    if t in _SEX:
        return _SEX[t]
    raise ValueError(f"sex {text!r} is not M, F or empty")
