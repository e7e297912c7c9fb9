"""Throughput of the names engine's call paths: first-use load, cold (distinct names) and warm calls.

Run:  .venv/bin/python benchmarks/names/bench_names.py [--n 20000] [--seed 7]

"cold" clears every cache before the timed loop and feeds distinct names, so each call does the full
work; "warm" feeds a record-like stream (1,000,000 draws from a Zipf-like name distribution, as in a
registry where common names repeat) after one pass over the distinct names.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import time
from collections.abc import Callable

from corridor import names
from corridor.names import lexicon, variants
from corridor.names.translit import SCHEMES, transliterate


def _clear_caches() -> None:
    import corridor.names as pkg

    for mod in (pkg.variants, pkg.fold, pkg.translit, pkg.morph, pkg.phonetic, pkg.parse, pkg.diminutives,
                pkg.lexicon, pkg._text):
        for obj in vars(mod).values():
            if hasattr(obj, "cache_clear"):
                obj.cache_clear()


def _rate(fn: Callable[[str], object], items: list[str]) -> tuple[float, float]:
    """(names per CPU second, names per wall-clock second): the machine is shared, so both are shown."""
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    for x in items:
        fn(x)
    return len(items) / (time.process_time() - cpu), len(items) / (time.perf_counter() - wall)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=20000, help="distinct names per call path")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rnd = random.Random(args.seed)

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    names.given_name_variants("Олександр")
    names.family_name_variants("Коваленко")
    names.patronymic_variants("Миколайович")
    t_lex = time.perf_counter() - t
    t = time.perf_counter()
    names.family_name_variants("Kovalenko")
    names.given_name_variants("Sasha")
    names.patronymic_variants("Mykolaiovych")
    t_idx = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"first use (wall): lexicon load {t_lex:.2f} s, Latin indexes {t_idx:.2f} s; "
          f"peak RSS {rss / 1024:.0f} MiB (+{(rss - rss0) / 1024:.0f} MiB for the tables)")

    def sample(pool: str, k: int) -> list[str]:
        words = sorted(w for w in lexicon._UA2RU[pool] if " " not in w)
        return rnd.sample(words, min(k, len(words)))

    def latinise(words: list[str]) -> list[str]:
        return [transliterate(w, rnd.choice(SCHEMES)).title() for w in words]

    n = args.n
    fam = [w.title() for w in sample("family", n)]
    giv = [w.title() for w in sample("given", min(n, 9000))]
    pat = [w.title() for w in sample("patronymic", n)]
    full = [f"{f} {g} {p}" for f, g, p in zip(fam, giv * (n // len(giv) + 1), pat)]
    paths: list[tuple[str, Callable[[str], object], list[str]]] = [
        ("to_latin (Cyrillic surnames)", names.to_latin, fam),
        ("phonetic_keys (Cyrillic surnames)", names.phonetic_keys, fam),
        ("given_name_variants (Cyrillic)", names.given_name_variants, giv),
        ("given_name_variants (Latin, random scheme)", names.given_name_variants, latinise(giv)),
        ("family_name_variants (Cyrillic)", names.family_name_variants, fam),
        ("family_name_variants (Latin, random scheme)", names.family_name_variants, latinise(fam)),
        ("patronymic_variants (Cyrillic)", names.patronymic_variants, pat),
        ("nominative (surnames)", lambda w: names.nominative(w, "family"), fam),
        ("parse_full_name (Cyrillic, 3 words)", names.parse_full_name, full),
    ]
    print("\nnames/s per CPU second (wall-clock in brackets)")
    print(f"{'call path':46} {'distinct':>8} {'cold':>22} {'warm':>26}")
    for label, fn, items in paths:
        _clear_caches()
        variants._latin_index("family")  # indexes are data, not caches: keep them built
        cold = _rate(fn, items)
        # warm: a registry-like stream of 1,000,000 draws where common names repeat (Zipf, s=1)
        weights = [1 / (i + 1) for i in range(len(items))]
        stream = rnd.choices(items, weights=weights, k=1_000_000)
        warm = _rate(fn, stream)
        print(f"{label:46} {len(items):>8} {cold[0]:>11,.0f} ({cold[1]:>8,.0f})"
              f" {warm[0]:>13,.0f} ({warm[1]:>10,.0f})")


if __name__ == "__main__":
    main()
