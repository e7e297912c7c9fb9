"""Bad input to `corridor trace`: errors name the file, line and column; --skip-bad-rows keeps every row."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from linkage_samples import HEADER, KOVALENKO, write_csv

from corridor.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


def test_missing_column_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    header = [c for c in HEADER if c != "birth_date"]
    rows = [[v for c, v in zip(HEADER, r) if c != "birth_date"] for r in KOVALENKO]
    path = write_csv(tmp_path / "r.csv", rows, header)
    code, err = run(["trace", "link", str(path), "--out", str(tmp_path / "p.csv")], capsys)
    assert code == 2
    assert "r.csv:1" in err and "birth_date" in err and "Traceback" not in err


def test_undecodable_file_names_line_and_position(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes((",".join(HEADER) + "\n").encode() + b"a1,registry,Ivan,Petrenko,,,,,,Kyiv,\n"
                     + b"a2,registry,\xc8\xe2\xe0\xed,Petrenko,,,,,,,\n")
    code, err = run(["trace", "link", str(path), "--out", str(tmp_path / "p.csv")], capsys)
    assert code == 2
    assert "r.csv:3" in err and "UTF-8" in err and "character 13" in err


def test_malformed_date_names_line_and_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [list(r) for r in KOVALENKO]
    rows[2][5] = "12.03.1952"
    path = write_csv(tmp_path / "r.csv", rows)
    code, err = run(["trace", "link", str(path), "--out", str(tmp_path / "p.csv")], capsys)
    assert code == 2
    assert "r.csv:4" in err and "'birth_date'" in err and "12.03.1952" in err


def test_duplicate_record_id_names_both_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [list(r) for r in KOVALENKO]
    rows[3][0] = "reg-1"
    path = write_csv(tmp_path / "r.csv", rows)
    code, err = run(["trace", "explain", str(path), "reg-1", "bor-1"], capsys)
    assert code == 2
    assert "r.csv:5" in err and "'record_id'" in err and "first on line 2" in err


@pytest.mark.parametrize("column,value", [("age", "seventy"), ("sex", "yes"), ("birth_year", "19x2"),
                                          ("birth_year", "1960")])
def test_other_bad_cells(tmp_path: Path, capsys: pytest.CaptureFixture[str], column: str, value: str) -> None:
    rows = [list(r) for r in KOVALENKO]
    rows[0][HEADER.index(column)] = value  # 1960 contradicts the birth_date 1952-03-12
    path = write_csv(tmp_path / "r.csv", rows)
    code, err = run(["trace", "link", str(path), "--out", str(tmp_path / "p.csv")], capsys)
    assert code == 2 and "r.csv:2" in err and f"'{column}'" in err


def test_skip_bad_rows_writes_side_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [list(r) for r in KOVALENKO]
    rows[1][5] = "1952-02-30"
    rows[4][0] = "reg-1"
    path = write_csv(tmp_path / "r.csv", rows)
    side = tmp_path / "rejected.csv"
    code, err = run(["trace", "link", str(path), "--out", str(tmp_path / "p.csv"), "--skip-bad-rows",
                     "--rejected-file", str(side), "--quiet"], capsys)
    assert code == 0
    rejected = list(csv.DictReader(side.read_text(encoding="utf-8").splitlines()))
    assert [(r["line"], r["column"], r["record_id"]) for r in rejected] == [
        ("3", "birth_date", "bor-1"), ("6", "record_id", "reg-1")]
    assert "2 bad row(s)" in err


def test_missing_file_and_unknown_id(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     kovalenko_csv: Path) -> None:
    code, err = run(["trace", "link", str(tmp_path / "none.csv"), "--out", str(tmp_path / "p.csv")], capsys)
    assert code == 2 and "none.csv" in err and "not found" in err
    code, err = run(["trace", "explain", str(kovalenko_csv), "reg-1", "zzz"], capsys)
    assert code == 2 and "'zzz'" in err


def test_threshold_must_be_a_probability(tmp_path: Path, kovalenko_csv: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["trace", "link", str(kovalenko_csv), "--out", str(tmp_path / "p.csv"), "--threshold", "2"])
    assert exc.value.code == 2


def test_training_on_a_tiny_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            kovalenko_csv: Path) -> None:
    code, err = run(["trace", "link", str(kovalenko_csv), "--out", str(tmp_path / "p.csv"), "--train"], capsys)
    assert code == 2 and "at least 1,000 records" in err


def test_search_keeps_bad_query_rows_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           kovalenko_csv: Path) -> None:
    queries = write_csv(tmp_path / "q.csv", [
        ["q1", "request", "Iryna", "Shevchuk", "", "1990-13-01", "", "", "F", "", ""],
        ["q2", "request", "Iryna", "Shevchuk", "", "", "", "31", "F", "", ""],
    ])
    side = tmp_path / "bad.csv"
    out = tmp_path / "res.csv"
    code, _ = run(["trace", "search", str(kovalenko_csv), "--query-file", str(queries), "--out", str(out),
                   "--skip-bad-rows", "--rejected-file", str(side), "--quiet"], capsys)
    assert code == 0
    rejected = list(csv.DictReader((tmp_path / "bad.queries.csv").read_text(encoding="utf-8").splitlines()))
    assert [(r["line"], r["column"], r["record_id"]) for r in rejected] == [("2", "birth_date", "q1")]
    assert {r["query_record_id"] for r in csv.DictReader(out.read_text(encoding="utf-8").splitlines())} == {"q2"}
