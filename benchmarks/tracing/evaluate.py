"""Pairwise precision/recall/F1 of Corridor's linkage (and a plain-Splink baseline) on generated data.

Usage: python evaluate.py RECORDS.csv [--model MODEL.json] [--threshold P] [--baseline raw|fold]
Prints figures as JSON lines.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import time
from collections import defaultdict
from itertools import combinations


def truth_pairs(path: str) -> tuple[set[tuple[str, str]], dict[str, str]]:
    by_person: dict[str, list[str]] = defaultdict(list)
    person: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            by_person[row["person_id"]].append(row["record_id"])
            person[row["record_id"]] = row["person_id"]
    pairs = set()
    for ids in by_person.values():
        for a, b in combinations(sorted(ids), 2):
            pairs.add((a, b))
    return pairs, person


def scores(found: set[tuple[str, str]], truth: set[tuple[str, str]]) -> dict[str, float]:
    tp = len(found & truth)
    p = tp / len(found) if found else 0.0
    r = tp / len(truth) if truth else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "pairs": len(found),
            "true_pairs": len(truth)}


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("records")
    ap.add_argument("--model")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--backend", default="duckdb")
    a = ap.parse_args(argv)
    from corridor.linkage import LinkageModel, link, read_records

    truth, _ = truth_pairs(a.records)
    t0 = time.perf_counter()
    records, _ = read_records(a.records)
    t_read = time.perf_counter() - t0
    model = LinkageModel.load(a.model) if a.model else None
    result = link(records, model, threshold=a.threshold, backend=a.backend,
                  progress=lambda m: print(m, file=sys.stderr))
    total = time.perf_counter() - t0
    found = {(p.record_id_l, p.record_id_r) for p in result.pairs}
    out = {"records": len(records), "threshold": a.threshold, **scores(found, truth),
           "read_s": round(t_read, 1), **{k: round(v, 1) for k, v in result.timings.items()},
           "total_s": round(total, 1), "peak_rss_mib": round(peak_rss_mib()), "refused": len(result.refused)}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
