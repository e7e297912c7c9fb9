"""The interactive search index: an inverted index of name/birth keys in SQLite, scored in Python.

Each record is posted under a few compound keys (family × given phonetic keys, family key × birth year,
given key × full birth date). A query collects the records sharing any key, then scores them with the
trained model's weights, the same levels as batch linkage, so results carry the same explanations.

Each record's feature row (its name variant sets, keys and birth fields) is computed once, when it is
added, and stored beside it: a query reads the candidates' rows instead of analysing their names again,
so a fresh process answers as fast as a warm one. The rows depend on the name tables and feature code;
the index records a fingerprint of both and rebuilds itself from its stored records when they change.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .explain import Explanation, explain_features, score_features
from .features import COLUMNS, frequency_base, prefill, record_features
from .model import LinkageModel
from .records import BirthDate, Record

# Bulk writes drop this index and build it once at the end: sorting ten million keys once is much cheaper
# than inserting them one by one into a B-tree.
POSTING_INDEX = "CREATE INDEX IF NOT EXISTS trace_posting_key ON trace_posting (key, rid)"
SCHEMA = """
CREATE TABLE IF NOT EXISTS trace_record (rid INTEGER PRIMARY KEY, record_id TEXT NOT NULL UNIQUE,
                                         data TEXT NOT NULL, feat TEXT);
CREATE TABLE IF NOT EXISTS trace_posting (key TEXT NOT NULL, rid INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS trace_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS trace_family_count (latin TEXT PRIMARY KEY, n INTEGER NOT NULL);
""" + POSTING_INDEX + ";\n"
# Candidates scored in Python per query: those sharing the most keys with the query come first, so a
# common name (thousands of Коваленко) costs no more than a rare one.
MAX_CANDIDATES = 300
QUERY_YEAR_SLACK = 2
# The stored feature row: what the comparisons and the posting keys read. Left out: the per-file columns
# (position, id, surname frequency, which is counted at query time) and those only batch blocking uses.
_NOT_STORED = {"unique_id", "record_id", "family_freq", "by_years", "family_del", "doc_del", "family_pre",
               "given_block1", "family_block1", "b5", "b5s"}
STORED_COLUMNS = tuple(c for c in COLUMNS if c not in _NOT_STORED)
_REBUILD_BATCH = 50_000


@cache
def features_fingerprint() -> str:
    """What the stored feature rows depend on: the names and gazetteer engines (code and data), the
    linkage feature code and the name packages' versions. A change to any of them changes this."""
    import corridor.gazetteer
    import corridor.names

    from . import features

    h = hashlib.sha256(f"{STORED_COLUMNS}".encode())
    for dist in ("names-translator", "translitua", "iuliia", "rigour"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=none".encode())
    files = [Path(features.__file__)]
    for pkg in (corridor.names, corridor.gazetteer):
        root = Path(str(pkg.__file__)).parent
        files += [f for f in root.rglob("*") if f.is_file() and f.suffix != ".pyc"]
    for f in sorted(files):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


class StaleIndexError(RuntimeError):
    """The index's stored feature rows come from other name tables or feature code than this version's."""


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


def _features_of(records: list[Record]) -> list[dict[str, Any]]:
    """Feature rows of a batch, its new names analysed on every core first."""
    prefill(records)
    return [record_features(r, 0) for r in records]


def features_to_json(f: dict[str, Any]) -> str:
    return json.dumps([f[c] for c in STORED_COLUMNS], ensure_ascii=False, separators=(",", ":"))


def features_from_json(text: str, record_id: str) -> dict[str, Any]:
    row = dict(zip(STORED_COLUMNS, json.loads(text)))
    row["unique_id"] = 0
    row["record_id"] = record_id
    return row


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

    def __init__(self, path: str | Path, model: LinkageModel | None = None, *, rebuild_if_stale: bool = True,
                 timeout: float = 30.0):
        """Open (or create) the index at ``path``.

        An index whose stored feature rows were computed by other name tables or feature code is rebuilt
        from its stored records first (under 1½ minutes per million records), unless
        ``rebuild_if_stale`` is false: then ``StaleIndexError`` says so, and a web worker can leave the
        rebuild to an operator (``SearchIndex(path).rebuild()``). ``timeout`` is how long to wait for
        another process's write (SQLite's busy timeout), in seconds.
        """
        self.path = str(path)
        self.db = sqlite3.connect(self.path, timeout=timeout)
        # The index can always be rebuilt from the records it mirrors, so a web request need not wait
        # for an fsync per added record: WAL with synchronous=NORMAL stays consistent after a crash.
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self.model = model or LinkageModel.default()
        self.max_candidates = MAX_CANDIDATES
        self._count: int | None = None
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(trace_record)")}
        if "feat" not in columns:  # an index from before feature rows were stored
            with self.db:
                self.db.execute("ALTER TABLE trace_record ADD COLUMN feat TEXT")
        if self.is_stale():
            if not rebuild_if_stale:
                raise StaleIndexError(f"{self.path}: the search index was built with other name tables or "
                                      "feature code; rebuild it (SearchIndex(path).rebuild()) before querying it")
            self.rebuild(only_if_stale=True)

    def is_stale(self) -> bool:
        """True when the stored feature rows do not come from this version's names and feature code."""
        row = self.db.execute("SELECT value FROM trace_meta WHERE name = 'features'").fetchone()
        return row is None or row[0] != features_fingerprint()

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
        """Add or replace many records; returns how many were given.

        Into an empty index, all are loaded in one transaction with the postings indexed once at the end
        (a later record with the same record_id replaces an earlier one); otherwise in transactions of
        ``batch`` records.
        """
        if len(self) == 0:
            return self._load_empty(records, batch)
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

    def _load_empty(self, records: Iterable[Record], batch: int) -> int:
        given = 0
        latest: dict[str, Record] = {}
        for r in records:
            latest[r.record_id] = r
            given += 1
        items = list(latest.values())
        with self.db:
            self.db.execute("DROP INDEX IF EXISTS trace_posting_key")
            for i in range(0, len(items), batch):
                chunk = items[i:i + batch]
                for record, features in zip(chunk, _features_of(chunk)):
                    rid = self.db.execute(
                        "INSERT INTO trace_record (record_id, data, feat) VALUES (?, ?, ?)",
                        (record.record_id, record_to_json(record), features_to_json(features))).lastrowid
                    assert rid is not None
                    self._post(rid, features)
            self.db.execute(POSTING_INDEX)
        self._count = None
        return given

    def rebuild(self, *, only_if_stale: bool = False) -> int:
        """Recompute every stored feature row, posting and surname count from the stored records, in one
        transaction, after the name tables or feature code changed; returns the number of records.

        The write lock is taken first and staleness checked under it, so when several processes open a
        stale index at once, one rebuilds and the others wait for it instead of rebuilding again.
        """
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise sqlite3.OperationalError(
                f"{self.path}: the search index is being written by another process (a rebuild takes about "
                f"a minute and a half per million records); try again when it has finished ({exc})") from exc
        n = 0
        try:
            if not only_if_stale or self.is_stale():
                self.db.execute("DROP INDEX IF EXISTS trace_posting_key")
                self.db.execute("DELETE FROM trace_posting")
                self.db.execute("DELETE FROM trace_family_count")
                last = 0
                while True:
                    rows = self.db.execute("SELECT rid, data FROM trace_record WHERE rid > ? ORDER BY rid LIMIT ?",
                                           (last, _REBUILD_BATCH)).fetchall()
                    if not rows:
                        break
                    for (rid, _), features in zip(rows, _features_of([record_from_json(d) for _, d in rows])):
                        self.db.execute("UPDATE trace_record SET feat = ? WHERE rid = ?",
                                        (features_to_json(features), rid))
                        self._post(rid, features)
                    n += len(rows)
                    last = rows[-1][0]
                self.db.execute(POSTING_INDEX)
                self.db.execute("INSERT INTO trace_meta (name, value) VALUES ('features', ?) "
                                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                                (features_fingerprint(),))
            self.db.commit()
        except BaseException:
            self.db.rollback()
            raise
        self._count = None
        return n

    def _post(self, rid: int, features: dict[str, Any]) -> None:
        self.db.executemany("INSERT INTO trace_posting (key, rid) VALUES (?, ?)",
                            [(k, rid) for k in posting_keys(features)])
        if features["family_latin"]:
            self.db.execute("INSERT INTO trace_family_count (latin, n) VALUES (?, 1) "
                            "ON CONFLICT (latin) DO UPDATE SET n = n + 1", (features["family_latin"],))

    def _add(self, record: Record) -> None:
        cur = self.db.execute("SELECT rid, feat FROM trace_record WHERE record_id = ?", (record.record_id,))
        row = cur.fetchone()
        if row is not None:
            old = features_from_json(row[1], record.record_id)
            # Delete through the (key, rid) index: the old postings are the old record's keys.
            self.db.executemany("DELETE FROM trace_posting WHERE key = ? AND rid = ?",
                                [(k, row[0]) for k in posting_keys(old)])
            self.db.execute("DELETE FROM trace_record WHERE rid = ?", (row[0],))
            if old["family_latin"]:
                self.db.execute("UPDATE trace_family_count SET n = n - 1 WHERE latin = ?", (old["family_latin"],))
        features = record_features(record, 0)
        rid = self.db.execute("INSERT INTO trace_record (record_id, data, feat) VALUES (?, ?, ?)",
                              (record.record_id, record_to_json(record), features_to_json(features))).lastrowid
        assert rid is not None
        self._post(rid, features)

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
        # Every candidate is scored from its stored feature row; only the records returned are read
        # back and explained field by field.
        scored: list[tuple[float, str, int, dict[str, Any]]] = []
        for i in range(0, len(rids), 900):  # SQLite's bound-parameter limit
            chunk = rids[i:i + 900]
            rows = self.db.execute(
                f"SELECT rid, record_id, feat FROM trace_record WHERE rid IN ({','.join('?' * len(chunk))})",
                chunk)
            for rid, record_id, feat in rows:
                if record_id == query.record_id:
                    continue
                cf = features_from_json(feat, record_id)
                cf["family_freq"] = freq(cf["family_latin"])
                scored.append((score_features(qf, cf, self.model, n), record_id, rid, cf))
        scored.sort(key=lambda t: (-t[0], t[1]))
        hits = []
        for _w, _record_id, rid, cf in scored[:top]:
            (data,) = self.db.execute("SELECT data FROM trace_record WHERE rid = ?", (rid,)).fetchone()
            ex = explain_features(qf, cf, self.model, n)
            hits.append(SearchHit(record_from_json(data), ex.match_probability, ex))
        return hits
