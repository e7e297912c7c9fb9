"""Batch linkage: features, Splink prediction on DuckDB or Spark, safeguarded clustering, scored pairs."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .cluster import cluster, contradicts
from .comparisons import COMPARISONS
from .features import feature_table
from .model import LinkageModel
from .records import Record

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Pair:
    """Two records judged to be one person, with the per-field match weights that say why."""

    record_id_l: str
    record_id_r: str
    match_probability: float
    match_weight: float
    field_weights: dict[str, float] = field(default_factory=dict)


@dataclass
class LinkResult:
    pairs: list[Pair]
    cluster_of: dict[str, int]  # record_id -> cluster number
    refused: list[tuple[str, str]]  # pairs above threshold refused by the clustering safeguard
    timings: dict[str, float]


def _stderr_progress(message: str) -> None:
    print(f"corridor trace: {message}", file=sys.stderr, flush=True)


def predict(features: Any, model: LinkageModel, *, threshold: float = 0.5, backend: str = "duckdb",
            spark: Any = None) -> Any:
    """Scored pairs (pandas DataFrame) at or above ``threshold``, with ``mw_<field>`` columns."""
    from splink import Linker

    settings = model.splink_settings(len(features), "spark" if backend == "spark" else "duckdb")
    if backend == "duckdb":
        from splink import DuckDBAPI

        db = DuckDBAPI()
        sdf = db.register(features, dataset_display_name="records")
    elif backend == "spark":
        from .spark import spark_api, to_spark

        db = spark_api(spark)
        sdf = db.register(to_spark(db.spark, features), dataset_display_name="records")
    else:
        raise ValueError(f"unknown backend {backend!r} (duckdb or spark)")
    linker = Linker(sdf, settings, log_level=logging.WARNING)
    out = linker.inference.predict(threshold_match_probability=threshold, warning_mode="never")
    return out.as_pandas_dataframe()


def link(records: Sequence[Record], model: LinkageModel | None = None, *, threshold: float = 0.5,
         backend: str = "duckdb", spark: Any = None, safeguard: bool = True,
         progress: Progress | None = None) -> LinkResult:
    """Link records (one list, deduplicated against itself) and return the pairs at or above threshold."""
    say = progress or (lambda _m: None)
    model = model or LinkageModel.default()
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    say(f"[1/3] computing features of {len(records):,} records")
    features = feature_table(list(records), progress=say)
    timings["features_s"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    say(f"[2/3] scoring candidate pairs on {backend}")
    scored = predict(features, model, threshold=threshold, backend=backend, spark=spark)
    timings["predict_s"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    say(f"[3/3] clustering {len(scored):,} pairs")
    ids = [r.record_id for r in records]
    left = scored["unique_id_l"].to_numpy()
    right = scored["unique_id_r"].to_numpy()
    probs = scored["match_probability"].to_numpy()
    plain = features[["by_min", "by_max", "b_approx", "sex"]].astype(object)
    plain = plain.where(plain.notna(), None)
    births = list(zip(plain["by_min"].tolist(), plain["by_max"].tolist(), plain["b_approx"].tolist()))
    sexes = plain["sex"].tolist()
    clusters, refused_idx = cluster(len(records), zip(left.tolist(), right.tolist(), probs.tolist()),
                                    sexes, births)
    refused_set = set(refused_idx) if safeguard else set()
    weights = scored[[f"mw_{c.name}" for c in COMPARISONS]].to_numpy()
    mw = scored["match_weight"].to_numpy()
    pairs = []
    for k in range(len(scored)):
        i, j = int(left[k]), int(right[k])
        # A pair split only through third records is a chain the safeguard broke: drop it. A pair
        # whose own records disagree was scored with that disagreement by the model; keep its verdict.
        if safeguard and clusters[i] != clusters[j] and not contradicts(i, j, sexes, births):
            continue
        a, b = (i, j) if ids[i] <= ids[j] else (j, i)
        pairs.append(Pair(ids[a], ids[b], float(probs[k]), float(mw[k]),
                          {c.name: float(weights[k][n]) for n, c in enumerate(COMPARISONS)}))
    timings["cluster_s"] = time.perf_counter() - t2
    return LinkResult(
        pairs=pairs,
        cluster_of={ids[i]: c for i, c in enumerate(clusters)},
        refused=[(ids[i], ids[j]) for i, j in refused_set],
        timings=timings,
    )
