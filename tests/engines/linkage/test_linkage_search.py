"""The SQLite search index: add one record, query in any script, ranked and explained candidates."""

from __future__ import annotations

import csv
from pathlib import Path

from linkage_samples import HEADER, write_csv

from corridor.cli import main
from corridor.linkage import BirthDate, Record, read_records
from corridor.linkage.search import SearchIndex


def test_added_record_is_found_at_once(tmp_path: Path, kovalenko_csv: Path) -> None:
    records, _ = read_records(kovalenko_csv)
    index = SearchIndex(tmp_path / "ix.sqlite")
    index.add_many(records)
    new = Record("new-1", "shelter", "Ірина", "Шевчук", "", sex="F", birth=BirthDate.parse("1990"))
    index.add(new)
    assert len(index) == len(records) + 1
    hits = index.query(Record("q", given_name="Ірина", family_name="Шевчук", birth=BirthDate.from_age(31)))
    assert {h.record.record_id for h in hits[:3]} == {"reg-5", "bor-5", "new-1"}
    assert hits[0].explanation.fields and 0 < hits[0].match_probability <= 1


def test_re_adding_a_record_replaces_it(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "ix.sqlite")
    index.add(Record("a", given_name="Ivan", family_name="Petrenko", birth=BirthDate.parse("1950")))
    index.add(Record("a", given_name="Ivan", family_name="Sydorenko", birth=BirthDate.parse("1950")))
    assert len(index) == 1
    assert index.query(Record("q", given_name="Ivan", family_name="Petrenko", birth=BirthDate.parse("1950"))) == []
    hits = index.query(Record("q", given_name="Ivan", family_name="Sydorenko", birth=BirthDate.parse("1950")))
    assert [h.record.record_id for h in hits] == ["a"]


def test_index_persists_in_its_file(tmp_path: Path, kovalenko_csv: Path) -> None:
    records, _ = read_records(kovalenko_csv)
    SearchIndex(tmp_path / "ix.sqlite").add_many(records)
    again = SearchIndex(tmp_path / "ix.sqlite")
    assert len(again) == len(records)


def test_nickname_query_from_abroad_finds_the_registry_record(tmp_path: Path, kovalenko_csv: Path) -> None:
    records, _ = read_records(kovalenko_csv)
    index = SearchIndex(tmp_path / "ix.sqlite")
    index.add_many(records)
    hits = index.query(Record("q", given_name="Sasha", family_name="Kovalenko", birth=BirthDate.from_age(70)))
    assert hits[0].record.record_id in {"reg-1", "bor-1", "req-1"}
    assert "reg-2" not in {h.record.record_id for h in hits[:3]}


def test_cli_search_ranks_per_query(tmp_path: Path, kovalenko_csv: Path) -> None:
    queries = write_csv(tmp_path / "q.csv", [
        ["q1", "request", "Iryna", "Shevchuk", "", "", "", "31", "F", "", ""],
        ["q2", "request", "Nobody", "Zzyzx", "", "", "", "", "", "", ""],
    ], HEADER)
    out = tmp_path / "res.csv"
    assert main(["trace", "search", str(kovalenko_csv), "--query-file", str(queries), "--out", str(out),
                 "--top", "2", "--quiet"]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert list(rows[0]) == ["query_record_id", "rank", "record_id", "match_probability"]
    q1 = [r for r in rows if r["query_record_id"] == "q1"]
    assert [r["rank"] for r in q1] == ["1", "2"] and {r["record_id"] for r in q1} == {"reg-5", "bor-5"}
    assert not [r for r in rows if r["query_record_id"] == "q2"]


def test_query_scores_candidates_from_stored_feature_rows(tmp_path: Path, kovalenko_csv: Path,
                                                          monkeypatch) -> None:
    from corridor.linkage import search

    records, _ = read_records(kovalenko_csv)
    SearchIndex(tmp_path / "ix.sqlite").add_many(records)
    index = SearchIndex(tmp_path / "ix.sqlite")
    real = search.record_features
    analysed: list[str] = []

    def only_the_query(record: Record, unique_id: int) -> dict:
        analysed.append(record.record_id)
        return real(record, unique_id)

    monkeypatch.setattr(search, "record_features", only_the_query)
    hits = index.query(Record("q", given_name="Ірина", family_name="Шевчук", birth=BirthDate.from_age(31)))
    assert {h.record.record_id for h in hits[:2]} == {"reg-5", "bor-5"}
    assert analysed == ["q"]  # the candidates' names were not analysed again


def test_index_with_out_of_date_features_rebuilds_itself(tmp_path: Path, kovalenko_csv: Path) -> None:
    import sqlite3

    records, _ = read_records(kovalenko_csv)
    SearchIndex(tmp_path / "ix.sqlite").add_many(records)
    db = sqlite3.connect(tmp_path / "ix.sqlite")
    with db:  # as if written by an older Corridor: other name tables, no postings, no stored rows
        db.execute("UPDATE trace_meta SET value = 'old' WHERE name = 'features'")
        db.execute("UPDATE trace_record SET feat = NULL")
        db.execute("DELETE FROM trace_posting")
    db.close()
    index = SearchIndex(tmp_path / "ix.sqlite")
    assert len(index) == len(records)
    hits = index.query(Record("q", given_name="Ірина", family_name="Шевчук", birth=BirthDate.from_age(31)))
    assert {h.record.record_id for h in hits[:2]} == {"reg-5", "bor-5"}
    stale = index.db.execute("SELECT count(*) FROM trace_record WHERE feat IS NULL").fetchone()[0]
    assert stale == 0


def test_index_from_before_stored_features_is_upgraded(tmp_path: Path) -> None:
    import sqlite3

    from corridor.linkage.search import record_to_json

    db = sqlite3.connect(tmp_path / "ix.sqlite")
    db.executescript("CREATE TABLE trace_record (rid INTEGER PRIMARY KEY, record_id TEXT NOT NULL UNIQUE,"
                     " data TEXT NOT NULL);")
    rec = Record("old-1", "registry", "Олександр", "Коваленко", "Миколайович", sex="M",
                 birth=BirthDate.parse("1952-03-12"))
    with db:
        db.execute("INSERT INTO trace_record (record_id, data) VALUES (?, ?)", ("old-1", record_to_json(rec)))
    db.close()
    index = SearchIndex(tmp_path / "ix.sqlite")
    hits = index.query(Record("q", given_name="Sasha", family_name="Kovalenko", birth=BirthDate.from_age(70)))
    assert [h.record.record_id for h in hits] == ["old-1"]
    assert hits[0].record == rec


def test_stale_index_can_refuse_instead_of_rebuilding(tmp_path: Path, kovalenko_csv: Path) -> None:
    import sqlite3

    import pytest

    from corridor.linkage import StaleIndexError

    records, _ = read_records(kovalenko_csv)
    SearchIndex(tmp_path / "ix.sqlite").add_many(records)
    db = sqlite3.connect(tmp_path / "ix.sqlite")
    with db:
        db.execute("UPDATE trace_meta SET value = 'old' WHERE name = 'features'")
    db.close()
    with pytest.raises(StaleIndexError, match="ix.sqlite"):
        SearchIndex(tmp_path / "ix.sqlite", rebuild_if_stale=False)
    index = SearchIndex(tmp_path / "ix.sqlite")  # the default rebuilds it
    assert not index.is_stale()
    assert index.rebuild(only_if_stale=True) == 0  # nothing to do now
    assert index.rebuild() == len(records)


def test_loading_an_empty_index_keeps_the_last_of_a_repeated_record_id(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "ix.sqlite")
    first = Record("a", given_name="Ivan", family_name="Petrenko", birth=BirthDate.parse("1950"))
    again = Record("a", given_name="Ivan", family_name="Sydorenko", birth=BirthDate.parse("1950"))
    assert index.add_many([first, again]) == 2
    assert len(index) == 1
    assert index.query(Record("q", given_name="Ivan", family_name="Petrenko", birth=BirthDate.parse("1950"))) == []
    hits = index.query(Record("q", given_name="Ivan", family_name="Sydorenko", birth=BirthDate.parse("1950")))
    assert [h.record.record_id for h in hits] == ["a"]
    index.add_many([first])  # a non-empty index replaces record by record
    assert [h.record.record_id for h in index.query(first)] == []  # the query is record "a" itself
    hits = index.query(Record("q", given_name="Ivan", family_name="Petrenko", birth=BirthDate.parse("1950")))
    assert [h.record.record_id for h in hits] == ["a"]
