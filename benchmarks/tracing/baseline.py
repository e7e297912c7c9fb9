"""The plain-Splink baseline: a well-configured generic Splink model on raw or ASCII-folded names.

It sees the same CSV columns as Corridor but none of its name knowledge: raw strings (``--fold raw``) or
a generic ASCII transliteration (``--fold ascii``, rigour's ascii_text), Jaro-Winkler/Levenshtein name
comparisons, exact birth date / year, sex and place, EM-trained on the data itself.
Usage: python baseline.py RECORDS.csv --fold raw|ascii
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from evaluate import peak_rss_mib, scores, truth_pairs


def prepare(path: str, fold: str) -> pd.DataFrame:
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    if fold == "ascii":
        from rigour.text import ascii_text

        cache: dict[str, str] = {}

        def f(s: str) -> str:
            if s not in cache:
                cache[s] = ascii_text(s).lower().strip()
            return cache[s]
    else:
        def f(s: str) -> str:
            return s.strip()
    out = pd.DataFrame({"unique_id": df["record_id"]})
    for col in ("given_name", "family_name", "patronymic", "place"):
        out[col] = [f(v) or None for v in df[col]]
    out["sex"] = df["sex"].replace("", None)
    out["birth_date"] = df["birth_date"].replace("", None)
    year = df["birth_date"].str[:4].where(df["birth_date"] != "", df["birth_year"].str[:4])
    age_year = (2022 - pd.to_numeric(df["age"], errors="coerce")).astype("Int64").astype(str)
    year = year.where(year != "", age_year.where(df["age"] != "", ""))
    out["birth_year"] = year.replace({"": None, "<NA>": None})
    return out


def run(path: str, fold: str, threshold: float = 0.5) -> dict[str, float]:
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    truth, _ = truth_pairs(path)
    t0 = time.perf_counter()
    df = prepare(path, fold)
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.NameComparison("given_name"),
            cl.NameComparison("family_name"),
            cl.JaroWinklerAtThresholds("patronymic", [0.92, 0.8]),
            cl.ExactMatch("birth_date"),
            cl.ExactMatch("birth_year"),
            cl.ExactMatch("sex"),
            cl.ExactMatch("place"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("family_name"), block_on("given_name", "birth_year"), block_on("birth_date"),
        ],
        retain_matching_columns=False,
    )
    db = DuckDBAPI()
    linker = Linker(db.register(df), settings, log_level=logging.WARNING)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("given_name", "family_name", "birth_date")], recall=0.6)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("family_name", "birth_year"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("given_name", "birth_date"))
    pred = linker.inference.predict(threshold_match_probability=threshold, warning_mode="never").as_pandas_dataframe()
    found = {tuple(sorted((a, b))) for a, b in zip(pred["unique_id_l"], pred["unique_id_r"])}
    return {"baseline": f"splink-{fold}", "records": len(df), **scores(found, truth),  # type: ignore[arg-type]
            "total_s": round(time.perf_counter() - t0, 1), "peak_rss_mib": round(peak_rss_mib())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("records")
    ap.add_argument("--fold", choices=("raw", "ascii"), default="ascii")
    a = ap.parse_args(argv)
    print(json.dumps(run(a.records, a.fold)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
