"""Reading tracing records from CSV with errors that name the line and column, and writing results."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .records import BirthDate, Record, parse_sex

REQUIRED_COLUMNS = ("record_id", "source", "given_name", "family_name", "patronymic", "birth_date",
                    "birth_year", "age", "sex", "place", "note")
OPTIONAL_COLUMNS = ("other_names", "last_seen_place", "last_seen_date", "document")


class InputError(ValueError):
    """Bad input, with where it is: ``path:line: column: reason``."""

    def __init__(self, path: str, line: int | None, column: str | None, reason: str):
        self.path, self.line, self.column, self.reason = path, line, column, reason
        where = path + (f":{line}" if line is not None else "") + (f": column {column!r}" if column else "")
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class RejectedRow:
    line: int
    column: str | None
    reason: str
    raw: dict[str, str]


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(str(path), line, None,
                         f"not UTF-8 (byte 0x{data[exc.start]:02x} at character {col} of the line); "
                         "save the file as UTF-8") from None
    return text


# Dates, year ranges and ages repeat across a registry; BirthDate is immutable, so each distinct text is
# parsed once (a ValueError is not cached, so every bad row still gets its own error).
_parse_date = lru_cache(maxsize=100_000)(BirthDate.parse)
_parse_year_range = lru_cache(maxsize=10_000)(BirthDate.from_year_range)
_from_age = lru_cache(maxsize=1_000)(BirthDate.from_age)


def _row_to_record(raw: dict[str, str]) -> Record:
    """Build a record; raises ``InputError`` with line None (the caller fills the line)."""
    row = {k: v.strip() for k, v in raw.items() if isinstance(k, str) and v}

    def get(col: str) -> str:
        return row.get(col, "")

    rid = get("record_id")
    if not rid:
        raise InputError("", None, "record_id", "record_id is empty")
    birth = None
    try:
        if get("birth_date"):
            birth = _parse_date(get("birth_date"))
    except ValueError as exc:
        raise InputError("", None, "birth_date", str(exc)) from None
    if get("birth_year"):
        try:
            by = _parse_year_range(get("birth_year"))
        except ValueError as exc:
            raise InputError("", None, "birth_year", str(exc)) from None
        if birth is not None and not (by.year_min <= birth.year_min <= by.year_max):
            raise InputError("", None, "birth_year",
                             f"birth_year {get('birth_year')} contradicts birth_date {get('birth_date')}")
        birth = birth or by
    if get("age"):
        try:
            age = int(get("age"))
            by_age = _from_age(age)
        except ValueError:
            raise InputError("", None, "age", f"age {get('age')!r} is not a whole number from 0 to 120") from None
        birth = birth or by_age
    try:
        sex = parse_sex(get("sex"))
    except ValueError as exc:
        raise InputError("", None, "sex", str(exc)) from None
    last_seen_date = None
    if get("last_seen_date"):
        from datetime import date

        try:
            last_seen_date = date.fromisoformat(get("last_seen_date"))
        except ValueError:
            raise InputError("", None, "last_seen_date",
                             f"{get('last_seen_date')!r} is not YYYY-MM-DD") from None
    other = get("other_names")
    others = tuple(p.strip() for p in other.split(";") if p.strip()) if other else ()
    return Record(
        record_id=rid, source=get("source"), given_name=get("given_name"), family_name=get("family_name"),
        patronymic=get("patronymic"), other_names=others, sex=sex, birth=birth, home_place=get("place"),
        last_seen_place=get("last_seen_place"), last_seen_date=last_seen_date, document=get("document"),
        note=get("note"),
    )


def read_records(path: str | Path, *, skip_bad_rows: bool = False) -> tuple[list[Record], list[RejectedRow]]:
    """All records of a CSV file. Bad rows raise ``InputError`` unless ``skip_bad_rows``, then are returned."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), None, None, "file not found")
    text = _decode(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(str(path), 1, missing[0],
                         f"missing column(s) {', '.join(missing)}; expected {','.join(REQUIRED_COLUMNS)}")
    records: list[Record] = []
    rejected: list[RejectedRow] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        try:
            if None in row:  # more cells than header columns
                raise InputError("", None, None, f"{len(header) + len(row[None])} cells for "
                                 f"{len(header)} columns")
            record = _row_to_record(row)
            if record.record_id in seen:
                raise InputError("", None, "record_id",
                                 f"duplicate record_id {record.record_id!r} (first on line {seen[record.record_id]})")
        except InputError as exc:
            if not skip_bad_rows:
                raise InputError(str(path), line, exc.column, exc.reason) from None
            rejected.append(RejectedRow(line, exc.column, exc.reason,
                                        {k: v for k, v in row.items() if isinstance(k, str)}))
            continue
        seen[record.record_id] = line
        records.append(record)
    return records, rejected


def write_rejected(path: str | Path, rejected: Iterable[RejectedRow], header: Iterable[str]) -> None:
    """The side file of ``--skip-bad-rows``: each rejected row as read, with its line and reason."""
    cols = ["line", "column", "reason", *header]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rejected:
            w.writerow([r.line, r.column or "", r.reason, *[r.raw.get(c, "") for c in cols[3:]]])
