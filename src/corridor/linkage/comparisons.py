"""The field comparisons of the tracing model, each level written once for Splink (SQL) and once for Python.

Splink runs the levels as SQL on DuckDB or Spark for batch linkage; the search index and ``explain`` run
the same levels in Python so one query does not need a database round trip. The two must agree; a test
checks them level by level.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import splink.comparison_level_library as cll
from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler, Levenshtein
from splink import comparison_library as cl

Row = dict[str, Any]
Predicate = Callable[[Row, Row], bool]

BIRTH_SLACK_YEARS = 2
PLACE_NEAR_KM = 50.0


@dataclass(frozen=True)
class Level:
    label: str
    splink: Any  # a ComparisonLevelCreator
    python: Predicate
    is_null: bool = False


@dataclass(frozen=True)
class FieldComparison:
    name: str  # Splink output column name: gamma_<name>, bf_<name>
    description: str
    levels: tuple[Level, ...]  # in order of evaluation; the first matching level wins, else "else"
    # A fixed m for "disagrees": EM on blocks of namesakes takes fathers and sons for one person and
    # learns that a 25-year birth gap is normal. Registries rarely get a birth year wrong by more than
    # two years, or the sex wrong; the rate is set, not learned.
    else_m: float | None = None

    def splink(self) -> Any:
        other: Any = cll.ElseLevel()
        if self.else_m is not None:
            other = other.configure(m_probability=self.else_m, fix_m_probability=True)
        levels = [lv.splink for lv in self.levels] + [other]
        return cl.CustomComparison(levels, output_column_name=self.name,
                                   comparison_description=self.description)

    @cached_property
    def _tests(self) -> tuple[tuple[Predicate, int], ...]:
        # (predicate, gamma) in evaluation order, computed once: level_of runs for every scored pair.
        non_null = [lv for lv in self.levels if not lv.is_null]
        return tuple((lv.python, -1 if lv.is_null else len(non_null) - non_null.index(lv)) for lv in self.levels)

    def level_of(self, a: Row, b: Row) -> int:
        """Splink's gamma for this pair: -1 null, highest = first level, 0 = else."""
        for test, gamma in self._tests:
            if test(a, b):
                return gamma
        return 0

    def label_of(self, gamma: int) -> str:
        if gamma == -1:
            return "missing"
        if gamma == 0:
            return "different"
        non_null = [lv for lv in self.levels if not lv.is_null]
        return non_null[len(non_null) - gamma].label


def _present(v: Any) -> bool:
    """Known: not None, NaN or pandas' NA (rows may come from a DataFrame)."""
    if v is None:
        return False
    cls = v.__class__
    if cls is str or cls is int or cls is bool or cls is list or cls is tuple:
        return True
    if isinstance(v, float):
        return not math.isnan(v)
    return cls.__name__ != "NAType"


def _inter(a: Any, b: Any) -> bool:
    return bool(_present(a) and _present(b) and len(a) and len(b) and set(a) & set(b))


def _jw(a: Any, b: Any, t: float) -> bool:
    return bool(_present(a) and _present(b) and JaroWinkler.similarity(a, b) >= t)


def _one_edit(a: Any, b: Any) -> bool:
    return bool(_present(a) and _present(b) and DamerauLevenshtein.distance(a, b, score_cutoff=1) <= 1)


def _eq(a: Any, b: Any) -> bool:
    return bool(_present(a) and _present(b) and a == b)


def _col(name: str, side: str) -> str:
    return f"{name}_{side}"


def _null_names(prefix: str) -> Level:
    keys, ini = f"{prefix}_keys", f"{prefix}_initials"
    sql = (f"({keys}_l IS NULL AND {ini}_l IS NULL) OR ({keys}_r IS NULL AND {ini}_r IS NULL)")
    return Level(
        "missing",
        cll.CustomLevel(sql, label_for_charts="missing").configure(is_null_level=True),
        lambda a, b: (not _present(a[keys]) and not _present(a[ini]))
        or (not _present(b[keys]) and not _present(b[ini])),
        is_null=True,
    )


RARE = 1e-4  # a family name held by fewer than 1 in 10,000 records
UNCOMMON = 1e-3


def _same_latin_levels(prefix: str, rarity: bool) -> list[Level]:
    latin = f"{prefix}_latin"
    if not rarity:
        return [Level("same Latin form", cll.ExactMatchLevel(latin), lambda a, b: _eq(a[latin], b[latin]))]
    freq = f"{prefix}_freq"
    # Agreeing on a rare surname is far stronger evidence than agreeing on Коваленко; the frequency
    # (share of records in the file or index with this Latin form) picks the level, EM weighs each.
    return [
        Level("same Latin form, rare name (under 1 in 10,000)",
              cll.CustomLevel(f"{latin}_l = {latin}_r AND {freq}_l < {RARE}"),
              lambda a, b: _eq(a[latin], b[latin]) and _present(a[freq]) and a[freq] < RARE),
        Level("same Latin form, uncommon name (under 1 in 1,000)",
              cll.CustomLevel(f"{latin}_l = {latin}_r AND {freq}_l < {UNCOMMON}"),
              lambda a, b: _eq(a[latin], b[latin]) and _present(a[freq]) and a[freq] < UNCOMMON),
        Level("same Latin form, common name", cll.ExactMatchLevel(latin), lambda a, b: _eq(a[latin], b[latin])),
    ]


def _one_typo_sql(plain: str, latin: str) -> Any:
    return cll.Or(cll.DamerauLevenshteinLevel(plain, 1), cll.DamerauLevenshteinLevel(latin, 1))


def _one_typo(a: Row, b: Row, plain: str, latin: str) -> bool:
    return _one_edit(a[plain], b[plain]) or _one_edit(a[latin], b[latin])


def _rare(r: Row, freq: str) -> bool:
    return _present(r[freq]) and r[freq] < RARE


def _rare_typo_level(prefix: str) -> Level:
    # A slip of the pen makes a spelling nobody else in the file has; two surnames that both occur often
    # and differ by one letter (Марчук, Марчак) are two families. The frequency tells them apart: a
    # one-letter difference where one spelling is rare is weighed apart from one between common names.
    latin, plain, freq = f"{prefix}_latin", f"{prefix}_plain", f"{prefix}_freq"
    return Level(
        f"one typo apart, one spelling rare (under 1 in {round(1 / RARE):,})",
        # The cheap frequency test first: the edit distances are then computed for rare spellings only.
        cll.And(cll.CustomLevel(f"({freq}_l < {RARE} OR {freq}_r < {RARE})"), _one_typo_sql(plain, latin)),
        lambda a, b: (_rare(a, freq) or _rare(b, freq)) and _one_typo(a, b, plain, latin),
    )


def _initial_level(label: str, prefix: str, initials: str) -> Level:
    is_ini = f"{prefix}_is_initial"
    return Level(
        label,
        cll.And(cll.Or(cll.CustomLevel(f"{is_ini}_l"), cll.CustomLevel(f"{is_ini}_r")),
                cll.ArrayIntersectLevel(initials, 1)),
        lambda a, b: bool((a[is_ini] or b[is_ini]) and _inter(a[initials], b[initials])),
    )


SWAPPED = "given and family name swapped"


def _swapped_level() -> Level:
    # Given and family name written into each other's fields (surname-first lists, "КОВАЛЕНКО Олександр"
    # typed into the wrong boxes). Both crossings must agree; the level sits in both name comparisons so
    # that neither counts the swap as a disagreement.
    sql = "given_latin_l = family_latin_r AND family_latin_l = given_latin_r"
    return Level(SWAPPED, cll.CustomLevel(sql, label_for_charts=SWAPPED),
                 lambda a, b: _eq(a["given_latin"], b["family_latin"]) and _eq(a["family_latin"], b["given_latin"]))


def _name_levels(prefix: str, jw: float, with_initial: bool, rarity: bool = False,
                 swap: bool = False) -> tuple[Level, ...]:
    keys, latin, ini = f"{prefix}_keys", f"{prefix}_latin", f"{prefix}_initials"
    plain = f"{prefix}_plain"
    levels = [
        _null_names(prefix) if with_initial else Level(
            "missing",
            cll.NullLevel(keys),
            lambda a, b: not _present(a[keys]) or not _present(b[keys]),
            is_null=True,
        ),
        *_same_latin_levels(prefix, rarity),
        Level("variant sets share a form (script, language, nickname)",
              cll.ArrayIntersectLevel(keys, 1), lambda a, b: _inter(a[keys], b[keys])),
        *([_swapped_level()] if swap else []),
        *([_rare_typo_level(prefix)] if rarity else []),
        # One slip of the pen (a letter dropped, doubled, swapped with its neighbour) is far stronger
        # evidence than a Jaro-Winkler score near 0.8, which two different surnames of one stem reach.
        Level("one typo apart (a letter dropped, changed or swapped)",
              _one_typo_sql(plain, latin), lambda a, b: _one_typo(a, b, plain, latin)),
        Level(f"similar spelling (Jaro-Winkler >= {jw})", cll.JaroWinklerLevel(latin, jw),
              lambda a, b: _jw(a[latin], b[latin], jw)),
        Level("a typo or two apart (Jaro-Winkler >= 0.8)", cll.JaroWinklerLevel(latin, 0.8),
              lambda a, b: _jw(a[latin], b[latin], 0.8)),
    ]
    if with_initial:
        levels.append(_initial_level("initial fits the name", prefix, ini))
        levels.append(_initial_level("initial fits the name in the other language (М. for Николай, О. for Елена)",
                                     prefix, f"{prefix}_initials_x"))
    return tuple(levels)


def _birth_year_levels() -> tuple[Level, ...]:
    s = BIRTH_SLACK_YEARS

    def exact_year(r: Row) -> bool:
        return _present(r["by_min"]) and r["by_min"] == r["by_max"] and not r["b_approx"]

    return (
        Level("missing", cll.CustomLevel("by_min_l IS NULL OR by_min_r IS NULL").configure(is_null_level=True),
              lambda a, b: not _present(a["by_min"]) or not _present(b["by_min"]), is_null=True),
        Level("same year",
              cll.CustomLevel("by_min_l = by_max_l AND by_min_r = by_max_r AND by_min_l = by_min_r"
                              " AND NOT b_approx_l AND NOT b_approx_r"),
              lambda a, b: exact_year(a) and exact_year(b) and a["by_min"] == b["by_min"]),
        Level("year fits the age or range given",
              cll.CustomLevel("by_min_l <= by_max_r AND by_min_r <= by_max_l"),
              lambda a, b: a["by_min"] <= b["by_max"] and b["by_min"] <= a["by_max"]),
        Level("exact years one apart",
              cll.CustomLevel("by_min_l = by_max_l AND by_min_r = by_max_r AND abs(by_min_l - by_min_r) = 1"),
              lambda a, b: a["by_min"] == a["by_max"] and b["by_min"] == b["by_max"]
              and abs(a["by_min"] - b["by_min"]) == 1),
        Level(f"within {s} years",
              cll.CustomLevel(f"by_min_l <= by_max_r + {s} AND by_min_r <= by_max_l + {s}"),
              lambda a, b: a["by_min"] <= b["by_max"] + s and b["by_min"] <= a["by_max"] + s),
    )


def _birth_day_levels() -> tuple[Level, ...]:
    # Day and month are compared separately from the year: a year-only record then still earns the full
    # weight of an agreeing year, and a full date adds the weight of its day on top.
    return (
        Level("missing", cll.CustomLevel("b_month_l IS NULL OR b_month_r IS NULL").configure(is_null_level=True),
              lambda a, b: not _present(a["b_month"]) or not _present(b["b_month"]), is_null=True),
        Level("same day and month", cll.CustomLevel("b_month_l = b_month_r AND b_day_l = b_day_r"),
              lambda a, b: a["b_month"] == b["b_month"] and _eq(a["b_day"], b["b_day"])),
        Level("same month", cll.CustomLevel("b_month_l = b_month_r"),
              lambda a, b: a["b_month"] == b["b_month"]),
        Level("day and month swapped", cll.CustomLevel("b_month_l = b_day_r AND b_day_l = b_month_r"),
              lambda a, b: _eq(a["b_month"], b["b_day"]) and _eq(a["b_day"], b["b_month"])),
        # A month misread or mistyped (03 for 08) with the day right.
        Level("same day, other month", cll.CustomLevel("b_day_l = b_day_r"),
              lambda a, b: _eq(a["b_day"], b["b_day"])),
    )


def _km(a: Row, b: Row) -> float:
    from math import asin, cos, radians, sin, sqrt

    la1, lo1, la2, lo2 = map(radians, (a["place_lat"], a["place_lon"], b["place_lat"], b["place_lon"]))
    h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))


def build_comparisons() -> tuple[FieldComparison, ...]:
    return (
        FieldComparison("given", "given name", _name_levels("given", 0.9, with_initial=True, swap=True)),
        FieldComparison("family", "family name", _name_levels("family", 0.92, with_initial=False, rarity=True,
                                                                 swap=True),
                        else_m=0.01),
        FieldComparison("patronymic", "patronymic", _name_levels("patr", 0.9, with_initial=True)),
        FieldComparison("birth_year", "birth year (or age)", _birth_year_levels(), else_m=0.01),
        FieldComparison("birth_day", "birth day and month", _birth_day_levels(), else_m=0.01),
        FieldComparison("sex", "sex", (
            Level("missing", cll.NullLevel("sex"), lambda a, b: not _present(a["sex"]) or not _present(b["sex"]),
                  is_null=True),
            Level("same", cll.ExactMatchLevel("sex"), lambda a, b: a["sex"] == b["sex"]),
        ), else_m=0.01),
        FieldComparison("place", "home or last-seen settlement", (
            Level("missing", cll.NullLevel("place_id"),
                  lambda a, b: not _present(a["place_id"]) or not _present(b["place_id"]), is_null=True),
            Level("same settlement", cll.ExactMatchLevel("place_id"), lambda a, b: a["place_id"] == b["place_id"]),
            Level(f"within {PLACE_NEAR_KM:g} km",
                  cll.DistanceInKMLevel("place_lat", "place_lon", PLACE_NEAR_KM),
                  lambda a, b: _present(a["place_lat"]) and _present(b["place_lat"])
                  and _km(a, b) <= PLACE_NEAR_KM),
        )),
        FieldComparison("document", "passport or ID number", (
            Level("missing", cll.NullLevel("doc_id"),
                  lambda a, b: not _present(a["doc_id"]) or not _present(b["doc_id"]), is_null=True),
            Level("same number", cll.ExactMatchLevel("doc_id"), lambda a, b: a["doc_id"] == b["doc_id"]),
            Level("one character off", cll.LevenshteinLevel("doc_id", 1),
                  lambda a, b: Levenshtein.distance(a["doc_id"], b["doc_id"]) <= 1),
        )),
    )


COMPARISONS = build_comparisons()
