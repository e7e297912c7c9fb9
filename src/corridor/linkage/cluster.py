"""Grouping linked records into persons without chaining false merges.

Connected components over-merge: one namesake pair joins two families' records. Pairs are merged
strongest first, and a merge is refused when the two groups together would contradict each other on
sex or birth year, so a weak bridge cannot pull a father and his son into one person.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# Slack when intersecting birth-year ranges: a year written by a registry can be off by one (a typo, a
# late registration); ranges from ages already carry their own uncertainty and get more.
EXACT_SLACK = 1
APPROX_SLACK = 2


@dataclass
class _Group:
    sex: str | None
    lo: float
    hi: float


def _bounds(by_min: Any, by_max: Any, approx: Any) -> tuple[float, float]:
    if by_min is None or (isinstance(by_min, float) and math.isnan(by_min)):
        return (float("-inf"), float("inf"))
    slack = APPROX_SLACK if approx else EXACT_SLACK
    return (float(by_min) - slack, float(by_max) + slack)


def contradicts(i: int, j: int, sexes: Sequence[str | None], birth: Sequence[tuple[Any, Any, Any]]) -> bool:
    """Whether two records contradict each other directly (the model saw that when it scored them)."""
    si, sj = sexes[i], sexes[j]
    if si in ("M", "F") and sj in ("M", "F") and si != sj:
        return True
    lo_i, hi_i = _bounds(*birth[i])
    lo_j, hi_j = _bounds(*birth[j])
    return max(lo_i, lo_j) > min(hi_i, hi_j)


def _strongest_first(pairs: Iterable[tuple[int, int, float]]) -> Iterable[tuple[int, int]]:
    """Pairs by falling probability; equal probabilities in record order, so the result does not depend
    on the order the backend returned them in (DuckDB's threads and Spark's partitions vary it)."""
    import numpy as np

    items = list(pairs)
    if not items:
        return []
    left = np.fromiter((t[0] for t in items), dtype=np.int64, count=len(items))
    right = np.fromiter((t[1] for t in items), dtype=np.int64, count=len(items))
    prob = np.fromiter((t[2] for t in items), dtype=np.float64, count=len(items))
    order = np.lexsort((np.maximum(left, right), np.minimum(left, right), -prob))
    return zip(left[order].tolist(), right[order].tolist())


def cluster(
    n_records: int,
    pairs: Iterable[tuple[int, int, float]],
    sexes: Sequence[str | None],
    birth: Sequence[tuple[Any, Any, Any]],
) -> tuple[list[int], list[tuple[int, int]]]:
    """Cluster ids per record (an index into records), and the pairs refused as contradictory.

    ``pairs`` are (i, j, match_probability); ``birth`` is (by_min, by_max, approximate) per record.
    """
    parent = list(range(n_records))
    groups: dict[int, _Group] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def group(i: int) -> _Group:
        g = groups.get(i)
        if g is None:
            s = sexes[i]
            lo, hi = _bounds(*birth[i])
            g = groups[i] = _Group(s if s in ("M", "F") else None, lo, hi)
        return g

    refused: list[tuple[int, int]] = []
    for i, j in _strongest_first(pairs):
        ri, rj = sorted((find(i), find(j)))  # the smaller root stays: cluster ids do not depend on order
        if ri == rj:
            continue
        gi, gj = group(ri), group(rj)
        if gi.sex and gj.sex and gi.sex != gj.sex:
            refused.append((min(i, j), max(i, j)))
            continue
        lo, hi = max(gi.lo, gj.lo), min(gi.hi, gj.hi)
        if lo > hi:
            refused.append((min(i, j), max(i, j)))
            continue
        parent[rj] = ri
        gi.sex, gi.lo, gi.hi = gi.sex or gj.sex, lo, hi
        del groups[rj]
    return [find(i) for i in range(n_records)], refused
