"""The Fellegi–Sunter tracing model: Splink settings built from the comparisons, EM training, JSON I/O.

A model is data (Splink's settings JSON with trained m/u probabilities); the same JSON drives batch linkage
on DuckDB or Spark and the Python scorer behind search and ``explain``.
"""

from __future__ import annotations

import json
import logging
import math
from copy import deepcopy
from importlib import resources
from pathlib import Path
from typing import Any

from splink import SettingsCreator, block_on
from splink.blocking_rule_library import CustomRule

from .comparisons import COMPARISONS, SWAPPED

DEFAULT_MODEL = "default_model.json"


def blocking_rules() -> list[Any]:
    """Candidate pairs: shared name keys near in birth, shared family key and birth year, a document
    (or one misread digit), a family name spelled alike at the start or one typo apart (typos
    that change the phonetic key), or given and family name swapped.

    Every rule on names carries some birth condition: blocks on names alone grow with the square of a
    common surname's frequency and do not scale to a national registry.
    """
    fg = ["family_block", "given_block"]
    return [
        block_on("family_block", "given_block", "b5", arrays_to_explode=fg),
        block_on("family_block", "given_block", "b5s", arrays_to_explode=fg),
        # Same family key and birth year: the rule that catches initials, unknown nicknames and typos in
        # the given name; requiring a shared first letter keeps it from pairing every Коваленко of a year.
        block_on("family_block", "by_years", "given_initials",
                 arrays_to_explode=["family_block", "by_years", "given_initials"]),
        block_on("given_block", "by_min", "b_month", "b_day", arrays_to_explode=["given_block"]),
        block_on("doc_id"),
        # A document number with one digit misread or dropped.
        block_on("doc_del", arrays_to_explode=["doc_del"]),
        # Given and family name swapped between the fields.
        CustomRule("l.given_latin = r.family_latin AND l.family_latin = r.given_latin"),
        block_on("family_pre", "given_block", "by_min", arrays_to_explode=["given_block"]),
        # No rule on the last letters: every -енко of a given name and year met every other (73k of 500k
        # candidate pairs at 100k records) for one typo the deletion keys below already catch.
        # A family-name typo together with an initial for the given name and a birth year off by one
        # (hospital lists): one-deletion keys of the family name, a shared initial, a five-year bucket.
        # One five-year bucket only: the staggered second bucket doubled the cost at a million records
        # for the few year-off pairs that straddle a bucket edge.
        block_on("family_del", "given_initials", "b5", arrays_to_explode=["family_del", "given_initials"]),
    ]


def settings_creator(probability_two_random_records_match: float = 1e-5) -> SettingsCreator:
    return SettingsCreator(
        link_type="dedupe_only",
        comparisons=[c.splink() for c in COMPARISONS],
        blocking_rules_to_generate_predictions=blocking_rules(),
        probability_two_random_records_match=probability_two_random_records_match,
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=True,
        additional_columns_to_retain=["record_id"],
        max_iterations=20,
        em_convergence=0.0005,
    )


class LinkageModel:
    """Trained (or default) model parameters, as a Splink settings dictionary."""

    def __init__(self, settings: dict[str, Any]):
        self.settings = settings
        self._weights: dict[str, dict[int, float]] | None = None

    # --- persistence -----------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path) -> LinkageModel:
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def default(cls) -> LinkageModel:
        """The model shipped with Corridor, trained by EM on the seeded benchmark generator's data."""
        text = resources.files("corridor.linkage").joinpath("data", DEFAULT_MODEL).read_text(encoding="utf-8")
        return cls(json.loads(text))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.settings, indent=2, ensure_ascii=False), encoding="utf-8")

    # --- training --------------------------------------------------------------------------------
    @classmethod
    def train(cls, features: Any, *, seed: int = 42, max_pairs: float = 2e6,
              log_level: int = logging.WARNING) -> LinkageModel:
        """Estimate the model from unlabelled records (a feature DataFrame) on DuckDB.

        u from random pairs (nearly all non-matches), λ from near-certain pairs, m by EM in two
        blocked sessions so that every comparison is estimated by one of them.
        """
        from splink import DuckDBAPI, Linker

        db = DuckDBAPI()
        df = db.register(features, dataset_display_name="records")
        linker = Linker(df, settings_creator(), log_level=log_level)
        # Deterministic rules that almost only true pairs meet; together they find about half of them.
        linker.training.estimate_probability_two_random_records_match(
            [block_on("family_block1", "given_block1", "by_min", "b_month", "b_day"), block_on("doc_id")],
            recall=0.5)
        linker.training.estimate_u_using_random_sampling(max_pairs=max_pairs, seed=seed)
        # Tight blocks: EM on loose blocks (a surname alone) learns "same family", not "same person".
        for rule in (block_on("family_block1", "by_min"), block_on("family_block1", "given_block1"),
                     block_on("by_min", "b_month", "b_day"), block_on("family_block1", "b_month", "b_day")):
            linker.training.estimate_parameters_using_expectation_maximisation(
                rule, estimate_without_term_frequencies=True, max_pairs=max_pairs)
        settings = linker.misc.save_model_to_json()
        n = len(features)
        settings["corridor"] = {
            "trained_on_records": n,
            # lambda depends on the size of the file linked; what carries over is the number of other
            # records each record matches, on average.
            "matches_per_record": float(settings["probability_two_random_records_match"]) * (n - 1),
        }
        model = cls(settings)
        model.make_monotone()
        return model

    def make_monotone(self) -> None:
        """Closer agreement never weighs less than looser agreement; unobserved levels borrow weight.

        EM leaves levels it never saw untrained and can invert rare levels (a handful of year-month
        pairs); a tracing officer must never see "same date" count against a link.
        """
        for comp in self.settings["comparisons"]:
            # A swap of given and family name is evidence of another kind, not a degree of closeness.
            levels = [lv for lv in comp["comparison_levels"]
                      if not lv.get("is_null_level") and lv.get("label_for_charts") != SWAPPED]
            floor: float | None = None
            for lv in reversed(levels):  # from "else" up to the strictest level
                m, u = lv.get("m_probability"), lv.get("u_probability")
                w = math.log2(m / u) if m and u else None
                if floor is not None and (w is None or w < floor):
                    u = u or 1e-6
                    m = min(1.0, u * 2.0 ** floor)
                    lv["u_probability"] = m / 2.0 ** floor  # when m is capped at 1, u gives way
                    lv["m_probability"] = m
                    w = floor
                floor = w if w is not None else floor
        self._weights = None

    # --- parameters ------------------------------------------------------------------------------
    @staticmethod
    def logit2(p: float) -> float:
        return math.log2(p / (1 - p))

    def level_weights(self) -> dict[str, dict[int, float]]:
        """comparison name -> gamma -> match weight (log2 Bayes factor); null levels weigh 0."""
        if self._weights is None:
            out: dict[str, dict[int, float]] = {}
            for comp in self.settings["comparisons"]:
                levels = comp["comparison_levels"]
                non_null = [lv for lv in levels if not lv.get("is_null_level")]
                table: dict[int, float] = {-1: 0.0}
                for i, lv in enumerate(non_null):
                    gamma = len(non_null) - 1 - i
                    m, u = lv.get("m_probability"), lv.get("u_probability")
                    table[gamma] = math.log2(m / u) if m and u else 0.0
                out[comp["output_column_name"]] = table
            self._weights = out
        return self._weights

    def matches_per_record(self) -> float:
        meta = self.settings.get("corridor") or {}
        return float(meta.get("matches_per_record", 1.0))

    def lambda_for(self, n_records: int) -> float:
        """Probability that two random records match, in a file of ``n_records``."""
        return min(0.5, self.matches_per_record() / max(1, n_records - 1))

    def splink_settings(self, n_records: int, dialect: str = "duckdb") -> dict[str, Any]:
        """Settings for Splink in ``dialect``: levels from the code, m/u from the model, lambda for the size.

        A saved model holds SQL written for the backend it was trained on (DuckDB's list_intersect);
        regenerating the levels lets the same parameters drive Spark.
        """
        fresh = settings_creator(self.lambda_for(n_records)).get_settings(dialect).as_dict()
        trained = {c["output_column_name"]: c["comparison_levels"] for c in self.settings["comparisons"]}
        for comp in fresh["comparisons"]:
            levels = trained.get(comp["output_column_name"])
            if levels is None or len(levels) != len(comp["comparison_levels"]):
                raise ValueError(f"model does not fit comparison {comp['output_column_name']!r}; retrain it")
            for new, old in zip(comp["comparison_levels"], levels):
                for key in ("m_probability", "u_probability"):
                    if old.get(key) is not None:
                        new[key] = old[key]
        return fresh

    def copy(self) -> LinkageModel:
        return LinkageModel(deepcopy(self.settings))


def probability(weight: float) -> float:
    return 1.0 / (1.0 + 2.0 ** (-weight))
