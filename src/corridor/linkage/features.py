"""Comparable features of a tracing record (name variant sets, Latin forms, phonetic keys, birth, place).

Names repeat heavily across a registry, so every name-derived feature is computed once per distinct
written value and cached; a million records cost only as many name analyses as there are distinct names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from . import namesource as ns
from .records import REFERENCE_DATE, Record

_INITIAL = re.compile(r"^\s*(\w)\s*\.?\s*$")
_SPLIT = re.compile(r"[\s,;/]+")


@dataclass(frozen=True)
class NameFeatures:
    """What linkage compares for one name field."""

    keys: tuple[str, ...]  # variant set (sorted)
    latin: str | None  # one common Latin fold
    initials: tuple[str, ...]  # Latin first letters the name may be abbreviated to
    is_initial: bool  # the source wrote only an initial
    block: tuple[str, ...]  # phonetic keys for blocking
    # Initials of the names an initial may abbreviate in the other language too (М. for Николай as well
    # as Микола); for a written-out name the same as ``initials``.
    initials_x: tuple[str, ...] = ()

    @cached_property
    def columns(self) -> tuple[list[str] | None, list[str] | None, list[str] | None, list[str] | None, str | None]:
        """(keys, initials, initials_x, block) as feature-table lists, and the first block key: built once
        per distinct name and shared by every row that carries it (rows never modify them)."""
        return (list(self.keys) or None, list(self.initials) or None, list(self.initials_x) or None,
                list(self.block) or None, self.block[0] if self.block else None)


EMPTY = NameFeatures((), None, (), False, ())


def _initials_of(latin_forms: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({f[0] for f in latin_forms if f}))


def _initial_letter(text: str) -> str | None:
    m = _INITIAL.match(text)
    return m.group(1) if m else None


def _name_features(text: str, kind: str) -> NameFeatures:
    text = text.strip()
    if not text:
        return EMPTY
    letter = _initial_letter(text)
    if letter is not None:
        # A Cyrillic initial stands for names whose Latin forms may start with other letters
        # (О. -> Oleksandr/Aleksandr); fold it the same way names are folded.
        letter_latin = ns.to_latin(letter)
        initials = {letter_latin[:1]} if letter_latin else set()
        if letter_latin in {"o", "a"}:
            initials |= {"o", "a"}
        if letter_latin in {"h", "g"}:
            initials |= {"h", "g"}
        if letter_latin in {"ie", "e", "ye", "je"}:
            initials |= {"e", "y", "i", "j"}
        broad = initials | ns.initial_equivalents(letter)
        return NameFeatures((), None, tuple(sorted(initials)), True, (), tuple(sorted(broad)))
    variants_fn = {
        "given": ns.given_name_variants,
        "family": ns.family_name_variants,
        "patronymic": ns.patronymic_variants,
    }[kind]
    keys: set[str] = set()
    block: set[str] = set()
    for part in [text] + ([p for p in _SPLIT.split(text) if p] if kind != "family" else []):
        keys |= variants_fn(part)
        if kind == "given":
            # A misspelt given name (Миклоа) also carries the forms of the one name it is a slip from, so
            # it meets Николай and Kolya, not only the spellings one letter from its own.
            for name in ns.corrected_given_names(part):
                keys |= variants_fn(name)
    latin = ns.to_latin(text) or None
    if latin:
        keys.add(latin)
    for key in keys:
        block |= ns.phonetic_keys(key)
    firsts = _initials_of(keys)
    return NameFeatures(tuple(sorted(keys)), latin, firsts, False, tuple(sorted(block)), firsts)


# Caches keyed by the case-folded name: KOVALENKO, Kovalenko and kovalenko are analysed once.
_CACHE: dict[str, dict[str, NameFeatures]] = {"given": {}, "family": {}, "patronymic": {}}
_CACHE_LIMIT = 2_000_000


def _cached(text: str, kind: str) -> NameFeatures:
    key = text.strip().lower()
    cache = _CACHE[kind]
    hit = cache.get(key)
    if hit is None:
        hit = _name_features(key, kind)
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        cache[key] = hit
    return hit


def given_features(text: str) -> NameFeatures:
    return _cached(text, "given")


def family_features(text: str) -> NameFeatures:
    return _cached(text, "family")


def patronymic_features(text: str) -> NameFeatures:
    return _cached(text, "patronymic")


def _analyse(job: tuple[str, list[str]]) -> list[NameFeatures]:
    kind, texts = job
    return [_name_features(t, kind) for t in texts]


def prefill(records: list[Record], workers: int | None = None, progress: Any = None) -> None:
    """Analyse every distinct name of ``records`` not yet cached, on all cores when there are many.

    Name analysis dominates feature time and is independent per name, so it parallelises cleanly;
    worker processes are forked and inherit the loaded name tables.
    """
    import multiprocessing as mp
    import os

    todo: dict[str, list[str]] = {}
    for kind, attr in (("given", "given_name"), ("family", "family_name"), ("patronymic", "patronymic")):
        cache = _CACHE[kind]
        distinct = {getattr(r, attr).strip().lower() for r in records}
        if kind == "given":
            distinct |= {n.strip().lower() for r in records for n in r.other_names}
        todo[kind] = sorted(n for n in distinct if n and n not in cache)
    total = sum(len(v) for v in todo.values())
    workers = workers or os.cpu_count() or 1
    if total < 5000 or workers < 2 or "fork" not in mp.get_all_start_methods():
        return  # computed lazily; not worth the processes
    # Load the name tables once here so the forked workers share them instead of each loading them.
    ns.family_name_variants("Коваленко")
    _sex_hint("Олександр", "Коваленко", "Миколайович")
    jobs = [(kind, names[i:i + 2000]) for kind, names in todo.items() for i in range(0, len(names), 2000)]
    done = 0
    with mp.get_context("fork").Pool(workers) as pool:
        for (kind, names), feats in zip(jobs, pool.imap(_analyse, jobs)):
            _CACHE[kind].update(zip(names, feats))
            done += len(names)
            if progress:
                progress(f"analysed {done:,} of {total:,} distinct names")


@lru_cache(maxsize=100_000)
def _other_names(names: tuple[str, ...]) -> NameFeatures:
    parts = [given_features(n) for n in names if n.strip()]
    keys = sorted({k for p in parts for k in p.keys})
    block = sorted({k for p in parts for k in p.block})
    firsts = _initials_of(keys)
    return NameFeatures(tuple(keys), None, firsts, False, tuple(block), firsts)


@lru_cache(maxsize=200_000)
def _sex_hint(given: str, family: str, patronymic: str) -> str | None:
    try:
        return ns.gender_hint(given, family, patronymic)
    except Exception:  # noqa: BLE001 - a hint is optional; a names-package bug must not stop linkage
        return None


def given_of(record: Record) -> NameFeatures:
    """Given name plus other names and nicknames, as one variant set."""
    own = given_features(record.given_name)
    if not record.other_names:
        return own
    other = _other_names(tuple(record.other_names))
    keys = tuple(sorted(set(own.keys) | set(other.keys)))
    block = tuple(sorted(set(own.block) | set(other.block)))
    initials = tuple(sorted(set(own.initials) | set(other.initials)))
    broad = tuple(sorted(set(own.initials_x) | set(other.initials_x)))
    return NameFeatures(keys, own.latin, initials, own.is_initial and not other.keys, block, broad)


# Column order of the feature table handed to Splink (and stored in the search index).
COLUMNS = (
    "unique_id", "record_id", "source",
    "given_keys", "given_latin", "given_initials", "given_initials_x", "given_is_initial", "given_block",
    "given_block1",
    "family_keys", "family_latin", "family_freq", "family_block", "family_block1", "family_pre",
    "family_del", "doc_del", "given_plain", "family_plain", "patr_plain",
    "patr_keys", "patr_latin", "patr_initials", "patr_initials_x", "patr_is_initial",
    "sex", "by_min", "by_max", "b_month", "b_day", "b_approx", "b5", "b5s", "by_years",
    "place_id", "place_lat", "place_lon", "doc_id",
)


@lru_cache(maxsize=100_000)
def _place(name: str) -> tuple[str | None, float | None, float | None]:
    if not name.strip():
        return (None, None, None)
    gid, lat, lon = ns.place_key(name)
    if gid is not None:
        return (f"gn:{gid}", lat, lon)
    latin = ns.to_latin(name).replace(" ", "")
    return (f"t:{latin}" if latin else None, None, None)


@lru_cache(maxsize=1_000_000)
def _family_deletions(family_name: str) -> list[str] | None:
    return list(_deletion_keys(plain_form(family_name))) or None


@lru_cache(maxsize=10_000)
def _years(year_min: int, year_max: int) -> list[str]:
    return [str(y) for y in range(year_min, year_max + 1)]


def record_features(record: Record, unique_id: int) -> dict[str, Any]:
    """One row of the feature table; list-valued columns are plain lists (Splink arrays), shared between
    rows with the same name, so callers must not modify them."""
    g = given_of(record)
    f = family_features(record.family_name)
    p = patronymic_features(record.patronymic)
    g_keys, g_initials, g_initials_x, g_block, g_block1 = g.columns
    f_keys, _, _, f_block, f_block1 = f.columns
    p_keys, p_initials, p_initials_x, _, _ = p.columns
    sex = record.sex or _sex_hint(record.given_name, record.family_name, record.patronymic)
    b = record.birth
    place_id, lat, lon = _place(record.place)
    doc = _document(record.document)
    return {
        "unique_id": unique_id,
        "record_id": record.record_id,
        "source": record.source or None,
        "given_keys": g_keys,
        "given_latin": g.latin,
        "given_initials": g_initials,
        "given_initials_x": g_initials_x,
        "given_is_initial": g.is_initial,
        "given_block": g_block,
        "given_block1": g_block1,
        "family_keys": f_keys,
        "family_latin": f.latin,
        "family_freq": None,  # filled by feature_table (or the search index) once the file is known
        "family_block": f_block,
        "family_block1": f_block1,
        # A spelling block for typos that change the phonetic key (the deletion keys below catch one typo
        # anywhere; this catches two or more after the start).
        "family_pre": f.latin.replace(" ", "")[:3] if f.latin else None,
        "family_del": _family_deletions(record.family_name),
        "given_plain": None if g.is_initial else plain_form(record.given_name),
        "family_plain": None if f.is_initial else plain_form(record.family_name),
        "patr_plain": None if p.is_initial else plain_form(record.patronymic),
        "patr_keys": p_keys,
        "patr_latin": p.latin,
        "patr_initials": p_initials,
        "patr_initials_x": p_initials_x,
        "patr_is_initial": p.is_initial,
        "sex": sex,
        "by_min": b.year_min if b else None,
        "by_max": b.year_max if b else None,
        "b_month": b.month if b else None,
        "b_day": b.day if b else None,
        "b_approx": b.approximate if b else None,
        # Two staggered five-year buckets: any two birth years at most two apart share one of them.
        "b5": (b.year_min + b.year_max) // 10 if b else None,
        "b5s": (b.year_min + b.year_max + 4) // 10 if b else None,
        # Every year a range allows, for blocking an age against a birth year; a record with no birth
        # information allows every year, so it still meets its namesakes (such records are few).
        "by_years": _years(b.year_min, b.year_max) if b else _ANY_YEAR,
        "place_id": place_id,
        "place_lat": lat,
        "place_lon": lon,
        "doc_id": doc,
        "doc_del": list(_deletion_keys(doc)) if doc and len(doc) >= DOC_DELETION_MIN_LENGTH else None,
    }


# One letter of the written name to one Latin letter, Ukrainian and Russian letters of one sound
# together, Latin digraphs to the same single letter. Unlike the phonetic Latin fold (which turns
# "Тмиошець" into "tmeshets"), a typo in the written name stays a single edit in this form, and a
# Latin spelling of a Cyrillic name usually lands on the same letters (KOVALCHUK, Ковальчук: kovalcuk).
_PLAIN_CYR = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "e", "ё": "e", "ж": "z",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "ш": "s",
    "щ": "s", "ъ": "", "ь": "", "ы": "i", "э": "e", "ю": "u", "я": "a", "'": "", "’": "", "ʼ": "", "`": "",
    "-": "", " ": "",
})
_PLAIN_LATIN = (("shch", "s"), ("szcz", "s"), ("sch", "s"), ("sh", "s"), ("sz", "s"), ("ch", "c"),
                ("cz", "c"), ("zh", "z"), ("rz", "z"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("ja", "a"),
                ("ya", "a"), ("ia", "a"), ("ju", "u"), ("yu", "u"), ("iu", "u"), ("je", "e"), ("ye", "e"),
                ("ie", "e"), ("yi", "i"), ("y", "i"), ("w", "v"), ("g", "h"), ("x", "ks"))


@lru_cache(maxsize=400_000)
def plain_form(text: str) -> str | None:
    """The written name letter for letter in Latin (see ``_PLAIN_CYR``); None when empty."""
    import unicodedata

    s = text.strip().lower().translate(_PLAIN_CYR)
    if any("a" <= ch <= "z" for ch in s):
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
        s = s.replace("ł", "l")
        for digraph, letter in _PLAIN_LATIN:
            s = s.replace(digraph, letter)
    s = "".join(ch for ch in s if ch.isalpha())
    return s or None


DELETION_MIN_LENGTH = 4
DOC_DELETION_MIN_LENGTH = 6  # shorter numbers share a deletion key by chance too often


def _deletion_keys(plain: str | None) -> tuple[str, ...]:
    """``names.one_deletions`` of a name or number long enough for them: two spellings one typo apart
    share one of these keys wherever the typo falls, which the prefix key misses near the start. Family
    names are cached per name by ``_family_deletions``; document numbers are nearly all distinct."""
    if not plain or len(plain) < DELETION_MIN_LENGTH:
        return ()
    return tuple(sorted(ns.one_deletions(plain)))


# Passport series are written in Cyrillic or with the Latin look-alikes (ЕН / EH); fold to one form.
_DOC_LOOKALIKE = str.maketrans("АВЕКМНОРСТУХІ", "ABEKMHOPCTYXI")


_ANY_YEAR = [str(y) for y in range(1900, REFERENCE_DATE.year + 1)]

# Frequencies in a small file say nothing about how common a name is; below this many records the
# count is divided by this number instead, so every name in a small file counts as rare.
FREQUENCY_MIN_RECORDS = 10_000


def frequency_base(n_records: int) -> int:
    return max(n_records, FREQUENCY_MIN_RECORDS)


def _document(text: str) -> str | None:
    if not text:
        return None
    # Numbers are written with and without spaces and dashes.
    folded = "".join(ch for ch in text.upper().translate(_DOC_LOOKALIKE) if ch.isalnum())
    return folded or None


def feature_table(records: list[Record], progress: Any = None) -> Any:
    """A pandas DataFrame of features, ``unique_id`` = position in ``records``."""
    import pandas as pd

    prefill(records, progress=progress)
    rows = [record_features(r, i) for i, r in enumerate(records)]
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    counts = df["family_latin"].map(df["family_latin"].value_counts())
    df["family_freq"] = (counts / frequency_base(len(df))).astype(float)
    for col in ("by_min", "by_max", "b_month", "b_day", "b5", "b5s"):
        df[col] = df[col].astype("Int64")
    return df
