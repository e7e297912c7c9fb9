"""The Python scorer (search, explain) and Splink's SQL (batch linkage) give every pair the same weights."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

import pytest

from corridor.linkage import LinkageModel
from corridor.linkage.comparisons import COMPARISONS
from corridor.linkage.csvio import read_records
from corridor.linkage.explain import explain_features
from corridor.linkage.features import feature_table

ROOT = Path(__file__).resolve().parents[3]


def _generated(tmp_path: Path, n: int) -> Path:
    spec = importlib.util.spec_from_file_location("tracing_generate", ROOT / "benchmarks/tracing/generate.py")
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    path = tmp_path / "gen.csv"
    gen.main([str(n), str(path), "--seed", "11"])
    return path


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_every_pair_scores_the_same_in_python_and_splink(tmp_path: Path) -> None:
    from splink import DuckDBAPI, Linker

    records, _ = read_records(_generated(tmp_path, 250))
    features = feature_table(records)
    model = LinkageModel.default()
    settings = model.splink_settings(len(records))
    settings["blocking_rules_to_generate_predictions"] = []  # every pair
    db = DuckDBAPI()
    linker = Linker(db.register(features), settings, log_level=logging.WARNING)
    scored = linker.inference.predict(warning_mode="never").as_pandas_dataframe()
    assert len(scored) == 250 * 249 // 2
    rows = features.astype(object).where(features.notna(), None).to_dict("records")
    mismatches = []
    for rec in scored.itertuples(index=False):
        ex = explain_features(rows[rec.unique_id_l], rows[rec.unique_id_r], model, len(records))
        for f in ex.fields:
            if abs(f.weight - getattr(rec, f"mw_{f.field}")) > 1e-6:
                mismatches.append((rec.unique_id_l, rec.unique_id_r, f.field))
        if abs(ex.match_weight - rec.match_weight) > 1e-6:
            mismatches.append((rec.unique_id_l, rec.unique_id_r, "total"))
    assert mismatches == []
    # The sample must exercise the levels, or agreement proves little.
    gammas = {c.name: set(scored[f"mw_{c.name}"].round(6)) for c in COMPARISONS}
    assert all(len(v) >= 3 for v in gammas.values()), gammas
