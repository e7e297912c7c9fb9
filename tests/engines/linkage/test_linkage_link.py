"""Batch linkage through the Python API and `corridor trace link|explain`, on DuckDB and Spark."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from corridor.cli import main
from corridor.linkage import LinkageModel, link, read_records


def _pairs(path: Path) -> set[tuple[str, str]]:
    rows = csv.DictReader(path.read_text(encoding="utf-8").splitlines())
    return {(r["record_id_l"], r["record_id_r"]) for r in rows}


def test_same_script_records_link_and_namesakes_do_not(kovalenko_csv: Path) -> None:
    records, _ = read_records(kovalenko_csv)
    result = link(records)
    found = {(p.record_id_l, p.record_id_r) for p in result.pairs}
    assert ("bor-5", "reg-5") in found  # Ірина Шевчук = IRYNA SHEVCHUK
    # The son (1979) and the namesake born 1988 are other people.
    assert not {p for p in found if "reg-2" in p or "reg-3" in p}
    for p in result.pairs:
        assert set(p.field_weights) == {"given", "family", "patronymic", "birth_year", "birth_day", "sex", "place",
                                        "document"}
        assert abs(sum(p.field_weights.values()) - p.match_weight) < 10  # the prior is the rest


def test_the_issue_example_is_one_man(kovalenko_csv: Path) -> None:
    records, _ = read_records(kovalenko_csv)
    result = link(records)
    c = result.cluster_of
    assert c["reg-1"] == c["bor-1"] == c["hos-1"] == c["req-1"]
    assert c["reg-2"] != c["reg-1"] and c["reg-3"] != c["reg-1"] and c["reg-4"] != c["reg-1"]


def test_cli_link_writes_pairs_at_threshold(tmp_path: Path, kovalenko_csv: Path) -> None:
    out = tmp_path / "pairs.csv"
    assert main(["trace", "link", str(kovalenko_csv), "--out", str(out), "--quiet"]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert rows and all(float(r["match_probability"]) >= 0.5 for r in rows)
    assert list(rows[0]) == ["record_id_l", "record_id_r", "match_probability"]
    probs = sorted({float(r["match_probability"]) for r in rows})
    assert len(probs) >= 2
    # Halfway between two written values, so the 6-decimal rounding of the file cannot matter.
    cut = (probs[len(probs) // 2 - 1] + probs[len(probs) // 2]) / 2
    out_strict = tmp_path / "strict.csv"
    assert main(["trace", "link", str(kovalenko_csv), "--out", str(out_strict), "--threshold", str(cut),
                 "--quiet"]) == 0
    expected = {(r["record_id_l"], r["record_id_r"]) for r in rows if float(r["match_probability"]) >= cut}
    assert _pairs(out_strict) == expected and expected < _pairs(out)


def test_cli_explain_prints_every_field(kovalenko_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trace", "explain", str(kovalenko_csv), "reg-5", "bor-5"]) == 0
    text = capsys.readouterr().out
    for field in ("given", "family", "patronymic", "birth_year", "birth_day", "sex", "place", "prior", "total"):
        assert f"\n{field}" in text
    assert "same day and month" in text and "match probability" in text


def test_model_saves_and_loads_as_json(tmp_path: Path, kovalenko_csv: Path) -> None:
    model = LinkageModel.default()
    model.save(tmp_path / "m.json")
    again = LinkageModel.load(tmp_path / "m.json")
    assert again.level_weights() == model.level_weights()
    records, _ = read_records(kovalenko_csv)
    first = {(p.record_id_l, p.record_id_r): p.match_probability for p in link(records, model).pairs}
    assert first
    assert {(p.record_id_l, p.record_id_r): p.match_probability for p in link(records, again).pairs} == first


def test_weights_are_monotone_in_every_comparison() -> None:
    from corridor.linkage.comparisons import COMPARISONS, SWAPPED

    for comp in COMPARISONS:
        table = LinkageModel.default().level_weights()[comp.name]
        # The swap of given and family name is not a degree of closeness and stands outside the order.
        ordered = [table[g] for g in sorted(g for g in table if g >= 0) if comp.label_of(g) != SWAPPED]
        assert ordered == sorted(ordered), comp.name


@pytest.mark.spark
def test_spark_and_duckdb_give_the_same_pairs(kovalenko_csv: Path) -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'corridor[spark]')")
    records, _ = read_records(kovalenko_csv)
    duck = link(records, threshold=0.01)
    spark = link(records, threshold=0.01, backend="spark")
    assert duck.pairs
    assert {(p.record_id_l, p.record_id_r): round(p.match_probability, 9) for p in spark.pairs} == \
        {(p.record_id_l, p.record_id_r): round(p.match_probability, 9) for p in duck.pairs}


def test_a_record_without_birth_still_meets_its_namesakes(tmp_path: Path) -> None:
    from linkage_samples import write_csv

    path = write_csv(tmp_path / "r.csv", [
        ["a", "registry", "Ірина", "Шевчук", "Іванівна", "1990-05-05", "", "", "F", "Маріуполь", ""],
        ["b", "morgue", "Ірина", "Шевчук", "Іванівна", "", "", "", "F", "Маріуполь", "no date"],
    ])
    records, _ = read_records(path)
    assert [(p.record_id_l, p.record_id_r) for p in link(records, threshold=0.01).pairs] == [("a", "b")]
