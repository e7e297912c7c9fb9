"""How often two spellings of the same name meet, and two different names collide, in the names engine.

Run:  .venv/bin/python benchmarks/names/quality_names.py [--n 3000] [--seed 11]

Spellings of one name are generated from the engine's sources (names-translator pairs for surnames, the
curated table for given names) and written in the schemes people use; so this measures coverage of the
variant machinery on those spellings, not accuracy on real records (linkage's benchmark does that).
For each spelling the question is whether it meets the Ukrainian Cyrillic form under three keys:
  naive  — a plain romanisation (national 2010 system, lower case; Latin input lower-cased),
  fold   — to_latin equality,
  sets   — given/family_name_variants intersect.
"Collisions" are random pairs of different names whose keys meet (lower is better).
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable

from corridor.names import (
    family_name_variants,
    given_name_variants,
    lexicon,
    patronymic_variants,
    to_latin,
    transliterate,
)
from corridor.names.diminutives import NAMES
from corridor.names.morph import gender_forms

HUMAN_SCHEMES = ("kmu2010", "ua_passport_1996", "bgn_pcgn_uk", "icao9303", "mvd1997", "polish", "german",
                 "english_informal")


def naive(s: str) -> str:
    if any("\u0400" <= ch <= "\u04ff" for ch in s):
        return transliterate(s, "kmu2010").lower()
    return s.lower()


def surname_cases(rnd: random.Random, n: int) -> list[tuple[str, str, str]]:
    """(label, Ukrainian form, other spelling) triples."""
    lexicon._load()
    pool = [(k, v) for k, v in lexicon._UA2RU["family"].items() if " " not in k and v]
    cases = []
    for uk, ru in rnd.sample(pool, n):
        uk_t, ru_t = uk.title(), ru[0].title()
        cases.append(("RU Cyrillic", uk_t, ru_t))
        for scheme in HUMAN_SCHEMES:
            cases.append((f"Latin {scheme} (UA)", uk_t, transliterate(uk_t, scheme)))
        for scheme in ("icao9303", "mvd1997", "english_informal", "german", "polish"):
            cases.append((f"Latin {scheme} (RU)", uk_t, transliterate(ru_t, scheme)))
        cases.append(("UPPER passport", uk_t, transliterate(uk_t, "kmu2010").upper()))
        other = sorted(gender_forms(uk) - {uk})
        if other:
            cases.append(("other sex, RU Latin", uk_t, transliterate(other[0].title(), "icao9303")))
        if uk.endswith("енко"):
            cases.append(("genitive", uk_t, uk_t[:-1] + "а"))
    return cases


def given_cases() -> list[tuple[str, str, str]]:
    cases = []
    for row in NAMES:
        uk = row.uk[0] if row.uk else row.full[0]
        for ru in row.ru:
            cases.append(("RU Cyrillic", uk, ru))
        for full in row.full:
            for scheme in HUMAN_SCHEMES:
                cases.append((f"Latin {scheme}", uk, transliterate(full, scheme)))
        for dim in row.diminutives:
            cases.append(("nickname Cyrillic", uk, dim))
            cases.append(("nickname Latin (English)", uk, transliterate(dim, "english_informal")))
        for x in row.latin_equivalents:
            cases.append(("Latin equivalent", uk, x))
        for x in row.latin_nicknames:
            cases.append(("Latin nickname", uk, x))
    return cases


def score(cases: list[tuple[str, str, str]], variants: Callable[[str], frozenset[str]]) -> None:
    by_label: dict[str, list[tuple[bool, bool, bool]]] = {}
    for label, a, b in cases:
        by_label.setdefault(label, []).append(
            (naive(a) == naive(b), to_latin(a) == to_latin(b), bool(variants(a) & variants(b)))
        )
    rows = sorted(by_label.items())
    rows.append(("ALL", [r for _, rs in rows for r in rs]))
    print(f"{'spelling':32} {'pairs':>6} {'naive':>7} {'fold':>7} {'sets':>7}")
    for label, rs in rows:
        k = len(rs)
        print(f"{label:32} {k:>6} {sum(r[0] for r in rs) / k:>7.1%} {sum(r[1] for r in rs) / k:>7.1%}"
              f" {sum(r[2] for r in rs) / k:>7.1%}")


def collisions(names: list[str], variants: Callable[[str], frozenset[str]], rnd: random.Random, pairs: int,
               same: Callable[[str, str], bool]) -> None:
    hits_fold = hits_sets = done = 0
    while done < pairs:
        a, b = rnd.sample(names, 2)
        if same(a, b):
            continue
        done += 1
        hits_fold += to_latin(a) == to_latin(b)
        hits_sets += bool(variants(a) & variants(b))
    print(f"collisions among {pairs} random pairs of different names: fold {hits_fold / pairs:.2%}, "
          f"sets {hits_sets / pairs:.2%}")


def independent_romanisations(rnd: random.Random, n: int) -> None:
    """names-translator's own generator: translitua's 28 Ukrainian and Russian tables plus its heuristics."""
    from names_translator import Transliterator

    gen = Transliterator()
    fam = [k for k in lexicon._UA2RU["family"] if " " not in k and "-" not in k]
    giv = [k for k in lexicon._UA2RU["given"] if " " not in k and "-" not in k]
    pat = [k for k in lexicon._UA2RU["patronymic"] if " " not in k and "-" not in k]
    fns = {"family": family_name_variants, "given": given_name_variants, "patronymic": patronymic_variants}
    stats = {role: [0, 0, 0, 0] for role in fns}  # pairs, naive hits, fold hits, set hits
    for _ in range(n):
        parts = {"family": rnd.choice(fam).title(), "given": rnd.choice(giv).title(),
                 "patronymic": rnd.choice(pat).title()}
        for spelling in gen.transliterate(parts["family"], parts["given"], parts["patronymic"]):
            words = spelling.split()
            if len(words) != 3 or any("\u0400" <= ch <= "\u04ff" for ch in spelling):
                continue
            for role, word in zip(("family", "given", "patronymic"), words):
                st = stats[role]
                st[0] += 1
                st[1] += naive(word) == naive(parts[role])
                st[2] += to_latin(word) == to_latin(parts[role])
                st[3] += bool(fns[role](word) & fns[role](parts[role]))
    print(f"{'part':12} {'pairs':>7} {'naive':>7} {'fold':>7} {'sets':>7}")
    for role, (k, nai, fold, sets) in stats.items():
        print(f"{role:12} {k:>7} {nai / k:>7.1%} {fold / k:>7.1%} {sets / k:>7.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=3000, help="surnames sampled")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    rnd = random.Random(args.seed)

    print(f"== surnames: {args.n} sampled from names-translator's pairs")
    score(surname_cases(rnd, args.n), family_name_variants)
    pool = [k.title() for k in lexicon._UA2RU["family"] if " " not in k]
    collisions(pool, family_name_variants, rnd, 20000,
               lambda a, b: bool(lexicon.equivalents(a, "family") & lexicon.equivalents(b, "family")))

    print(f"\n== given names: the curated table ({len(NAMES)} rows)")
    score(given_cases(), given_name_variants)
    fulls = [r.uk[0] if r.uk else r.full[0] for r in NAMES]
    rows_of = {f: {i for i, r in enumerate(NAMES) if f in r.full} for f in fulls}
    collisions(fulls, given_name_variants, rnd, 20000, lambda a, b: bool(rows_of[a] & rows_of[b]) or a == b)

    print("\n== Latin spellings from an independent generator: names-translator's Transliterator on 1,000")
    print("   random (surname, given name, patronymic) triples from its Ukrainian pools")
    independent_romanisations(rnd, 1000)


if __name__ == "__main__":
    main()
