"""The interactive search index: an inverted index of name/birth keys in SQLite, scored in Python.

Each record is posted under a few compound keys (family × given phonetic keys, family key × birth year,
given key × full birth date). A query collects the records sharing any key, then scores them with the
trained model's weights, the same levels as batch linkage, so results carry the same explanations.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .explain import Explanation, explain_features, score_features
from .features import family_features, frequency_base, record_features
from .model import LinkageModel
from .records import BirthDate, Record

SCHEMA = """
CREATE TABLE IF NOT EXISTS trace_record (rid INTEGER PRIMARY KEY, record_id TEXT NOT NULL UNIQUE,
                                         data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS trace_posting (key TEXT NOT NULL, rid INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS trace_posting_key ON trace_posting (key, rid);
CREATE TABLE IF NOT EXISTS trace_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS trace_family_count (latin TEXT PRIMARY KEY, n INTEGER NOT NULL);
"""
# Candidates scored in Python per query: those sharing the most keys with the query come first, so a
# common name (thousands of Коваленко) costs no more than a rare one.
MAX_CANDIDATES = 300
QUERY_YEAR_SLACK = 2


@dataclass(frozen=True)
class SearchHit:
    record: Record
    match_probability: float
    explanation: Explanation


def record_to_json(r: Record) -> str:
    d = asdict(r)
    d["birth"] = asdict(r.birth) if r.birth else None
    d["last_seen_date"] = r.last_seen_date.isoformat() if r.last_seen_date else None
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def record_from_json(text: str) -> Record:
    d = json.loads(text)
    d["birth"] = BirthDate(**d["birth"]) if d["birth"] else None
    d["other_names"] = tuple(d["other_names"])
    d["last_seen_date"] = date.fromisoformat(d["last_seen_date"]) if d["last_seen_date"] else None
    return Record(**d)


def posting_keys(f: dict[str, Any], year_slack: int = 0) -> set[str]:
    """Index keys of a feature row; a query widens the birth years it looks under by ``year_slack``."""
    fam = f["family_block"] or []
    giv = f["given_block"] or []
    keys = {f"fg:{a}|{b}" for a in fam for b in giv}
    if f["by_min"] is not None:
        years = range(int(f["by_min"]) - year_slack, int(f["by_max"]) + year_slack + 1)
        keys |= {f"fy:{a}|{y}" for a in fam for y in years}
        if f["b_day"] is not None:
            keys |= {f"gd:{b}|{f['by_min']}-{f['b_month']}-{f['b_day']}" for b in giv}
    return keys


class SearchIndex:
    """A tracing search index in a SQLite file (created if missing)."""

    def __init__(self, path: str | Path, model: LinkageModel | None = None):
        self.path = str(path)
        self.db = sqlite3.connect(self.path)
        # The index can always be rebuilt from the records it mirrors, so a web request need not wait
        # for an fsync per added record: WAL with synchronous=NORMAL stays consistent after a crash.
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self.model = model or LinkageModel.default()
        self.max_candidates = MAX_CANDIDATES
        self._count: int | None = None

    def close(self) -> None:
        self.db.close()

    def __len__(self) -> int:
        if self._count is None:
            self._count = int(self.db.execute("SELECT count(*) FROM trace_record").fetchone()[0])
        return self._count

    def add(self, record: Record) -> None:
        """Add or replace one record (one transaction)."""
        with self.db:
            self._add(record)
        self._count = None

    def add_many(self, records: Iterable[Record], batch: int = 50_000) -> int:
        n = 0
        buf: list[Record] = []
        for r in records:
            buf.append(r)
            if len(buf) >= batch:
                n += self._bulk(buf)
                buf = []
        n += self._bulk(buf)
        self._count = None
        return n

    def _bulk(self, records: list[Record]) -> int:
        if not records:
            return 0
        with self.db:
            for r in records:
                self._add(r)
        return len(records)

    def _add(self, record: Record) -> None:
        cur = self.db.execute("SELECT rid, data FROM trace_record WHERE record_id = ?", (record.record_id,))
        row = cur.fetchone()
        if row is not None:
            old_record = record_from_json(row[1])
            # Delete through the (key, rid) index: the old postings are the old record's keys.
            self.db.executemany("DELETE FROM trace_posting WHERE key = ? AND rid = ?",
                                [(k, row[0]) for k in posting_keys(record_features(old_record, 0))])
            self.db.execute("DELETE FROM trace_record WHERE rid = ?", (row[0],))
            old = family_features(old_record.family_name).latin
            if old:
                self.db.execute("UPDATE trace_family_count SET n = n - 1 WHERE latin = ?", (old,))
        rid = self.db.execute("INSERT INTO trace_record (record_id, data) VALUES (?, ?)",
                              (record.record_id, record_to_json(record))).lastrowid
        features = record_features(record, 0)
        keys = posting_keys(features)
        self.db.executemany("INSERT INTO trace_posting (key, rid) VALUES (?, ?)", [(k, rid) for k in keys])
        if features["family_latin"]:
            self.db.execute("INSERT INTO trace_family_count (latin, n) VALUES (?, 1) "
                            "ON CONFLICT (latin) DO UPDATE SET n = n + 1", (features["family_latin"],))

    def _family_freq(self, latin: str | None, base: int) -> float | None:
        if not latin:
            return None
        row = self.db.execute("SELECT n FROM trace_family_count WHERE latin = ?", (latin,)).fetchone()
        return max(1, row[0] if row else 0) / base

    def query(self, query: Record, top: int = 10) -> list[SearchHit]:
        """Ranked candidates for a query record (a name in any script, optional birth, sex, place)."""
        qf = record_features(query, -1)
        keys = sorted(posting_keys(qf, QUERY_YEAR_SLACK))
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rids = [r[0] for r in self.db.execute(
            f"SELECT rid FROM trace_posting WHERE key IN ({marks}) GROUP BY rid "
            f"ORDER BY count(*) DESC, rid LIMIT {int(self.max_candidates)}", keys)]
        if not rids:
            return []
        n = max(len(self), 2)
        base = frequency_base(n)
        freqs: dict[str | None, float | None] = {}

        def freq(latin: str | None) -> float | None:
            if latin not in freqs:
                freqs[latin] = self._family_freq(latin, base)
            return freqs[latin]

        qf["family_freq"] = freq(qf["family_latin"])
        # Every candidate is scored; only those returned are explained field by field.
        scored: list[tuple[float, str, Record, dict[str, Any]]] = []
        for i in range(0, len(rids), 900):  # SQLite's bound-parameter limit
            chunk = rids[i:i + 900]
            rows = self.db.execute(
                f"SELECT data FROM trace_record WHERE rid IN ({','.join('?' * len(chunk))})", chunk)
            for (data,) in rows:
                rec = record_from_json(data)
                if rec.record_id == query.record_id:
                    continue
                cf = record_features(rec, 0)
                cf["family_freq"] = freq(cf["family_latin"])
                scored.append((score_features(qf, cf, self.model, n), rec.record_id, rec, cf))
        scored.sort(key=lambda t: (-t[0], t[1]))
        hits = []
        for _w, _rid, rec, cf in scored[:top]:
            ex = explain_features(qf, cf, self.model, n)
            hits.append(SearchHit(rec, ex.match_probability, ex))
        return hits
