"""Read an uploaded table (CSV or HXL-tagged CSV) into numbered rows keyed by Corridor's column names.

Field files come from spreadsheets on many machines: UTF-8 with or without BOM, Windows-1251 from Cyrillic
Excel, commas or semicolons. This module decides the encoding and the layout, and says clearly when it can't.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from .io_columns import Column

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")


class TableError(Exception):
    """The file as a whole cannot be read (encoding, emptiness, missing columns): nothing is imported."""


@dataclass
class Table:
    columns: dict[str, str]           # our column name -> how the file labels it (header or hashtag)
    rows: list[tuple[int, dict[str, str]]]   # (line number in the file, values by our column name)
    ignored: list[str] = field(default_factory=list)   # file columns Corridor does not read
    misshapen: dict[int, str] = field(default_factory=dict)   # line -> why the row cannot be trusted


def decode(data: bytes, filename: str) -> str:
    """The text of `data`: UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1251 when that reads as Cyrillic."""
    if not data.strip():
        raise TableError(f"{filename}: the file is empty.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    text = data.decode("cp1251", errors="replace")
    if "\ufffd" not in text and _reads_as_cyrillic(text):
        return text
    raise TableError(
        f"{filename}: cannot tell the encoding (not UTF-8: byte {data[utf8_error.start]:#04x} at offset "
        f"{utf8_error.start}; not Cyrillic Windows-1251 either). Save the file as “CSV UTF-8” and try again.")


def _reads_as_cyrillic(text: str) -> bool:
    """cp1251 maps almost every byte to some letter, so a Latin-1 “Café” would read as “Cafй”. Real Cyrillic
    text has its non-ASCII letters in Cyrillic words, not glued to Latin letters."""
    non_ascii = [i for i, ch in enumerate(text) if ord(ch) > 127]
    if not non_ascii:
        return False
    cyrillic = [i for i in non_ascii if CYRILLIC.match(text[i])]
    glued = [i for i in cyrillic if LATIN.match(text[max(i - 1, 0)]) or LATIN.match(text[i + 1:i + 2] or " ")]
    return len(cyrillic) >= 0.8 * len(non_ascii) and len(glued) <= 0.1 * len(cyrillic)


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    first = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(first, delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _is_hashtag_row(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(c.startswith("#") for c in filled)


def _match_hashtags(tags: list[str], spec: tuple[Column, ...]) -> dict[int, Column]:
    """Map file columns to ours by HXL hashtag: exact tag+attributes first, then the closest pattern match."""
    import hxl

    wanted = {c.name: hxl.model.Column.parse(c.hxl) for c in spec}
    parsed = {i: hxl.model.Column.parse(t) for i, t in enumerate(tags) if t.strip()}
    found: dict[int, Column] = {}
    taken: set[str] = set()
    by_name = {c.name: c for c in spec}
    for i, col in parsed.items():
        for name, want in wanted.items():
            if name not in taken and col.tag == want.tag and set(col.attributes) == set(want.attributes):
                found[i] = by_name[name]
                taken.add(name)
                break
    for i, col in parsed.items():
        if i in found:
            continue
        candidates = [name for name, want in wanted.items() if name not in taken
                      and hxl.model.TagPattern.parse(want.get_display_tag()).match(col)]
        if candidates:
            best = max(candidates, key=lambda n: len(wanted[n].attributes))
            found[i] = by_name[best]
            taken.add(best)
    return found


def read_table(data: bytes, filename: str, spec: tuple[Column, ...], required: tuple[str, ...],
               hxl_required: bool = False) -> Table:
    """Rows of the file keyed by our column names. HXL hashtags, when present, decide the mapping."""
    text = decode(data, filename)
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text))
    try:
        header = next(reader)
    except StopIteration:
        raise TableError(f"{filename}: the file is empty.") from None
    header_line = reader.line_num
    rows = [(reader.line_num, cells) for cells in reader]
    hashtags = None
    if _is_hashtag_row(header):
        hashtags, header = header, [""] * len(header)
    elif rows and _is_hashtag_row(rows[0][1]):
        header_line, hashtags = rows.pop(0)
    if hxl_required and hashtags is None:
        raise TableError(f"{filename}: no HXL hashtag row (e.g. #loc+name) under the header.")
    if hashtags is not None:
        _check_hashtags(hashtags, filename, header_line)
        mapping = _match_hashtags(hashtags, spec)
        labels = {i: hashtags[i] for i in mapping}
    else:
        names = {c.name: c for c in spec}
        mapping = {i: names[h.strip().lower()] for i, h in enumerate(header) if h.strip().lower() in names}
        labels = {i: header[i].strip() for i in mapping}
    columns = {col.name: labels[i] for i, col in mapping.items()}
    missing = [name for name in required if name not in columns]
    if missing:
        what = ", ".join(next(c.hxl if hashtags is not None else c.name for c in spec if c.name == m) for m in missing)
        raise TableError(f"{filename}:{header_line}: missing column(s) {what}.")
    def label(i: int) -> str:
        if hashtags is not None and i < len(hashtags) and hashtags[i].strip():
            return hashtags[i].strip()
        return header[i].strip() if i < len(header) else ""

    width = max(len(header), len(hashtags or []))
    ignored = [label(i) for i in range(width) if i not in mapping and label(i)]
    table_rows = []
    misshapen: dict[int, str] = {}
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue  # blank lines at the end of spreadsheets
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            # Usually an unquoted comma inside a name: every value after it has shifted one column.
            misshapen[line] = (f"{len(cells)} cells but {width} columns in the header; "
                               "quote values that contain the separator")
        values = {col.name: (cells[i].strip() if i < len(cells) else "") for i, col in mapping.items()}
        table_rows.append((line, values))
    if not table_rows:
        raise TableError(f"{filename}: there are no data rows under the header.")
    return Table(columns=columns, rows=table_rows, ignored=ignored, misshapen=misshapen)


def _check_hashtags(tags: list[str], filename: str, line: int) -> None:
    """Every filled cell of the hashtag row must be a valid HXL hashtag (libhxl decides)."""
    import hxl

    bad = [f"{tag.strip()!r} (column {i + 1})" for i, tag in enumerate(tags)
           if tag.strip() and not hxl.model.Column.parse(tag.strip())]
    if bad:
        raise TableError(f"{filename}:{line}: not valid HXL hashtags: {', '.join(bad)}.")
