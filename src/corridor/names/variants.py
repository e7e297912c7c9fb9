"""Variant key sets for given names, surnames and patronymics: every comparable form a record may carry."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from functools import lru_cache

from . import diminutives, lexicon, tables
from ._text import detect_script, fix_homoglyphs, normalise
from .fold import fold_word, to_latin
from .morph import gender_forms, nominative
from .translit import ALL_SCHEMES, translit_word, transliterate

# After folding, most schemes give the same key as the plain fold of the Cyrillic; a scheme can only differ
# when the word holds one of these letter groups (checked against the full computation in the tests).
_TRIGGERS: dict[str, re.Pattern[str]] = {
    "kmu2010": re.compile("[сцкп]г"),
    "ua_passport_1996": re.compile("[сцкп]г"),
    "bgn_pcgn_uk": re.compile("[зсцкп]г"),
    "bgn_pcgn_ru": re.compile("ё"),
    "iso9": re.compile("ц|[кпсцзт]х"),
    "gost_7_79_b": re.compile("[хц]"),
    "icao9303": re.compile("[ъё]"),
    "mvd1997": re.compile("ё"),
    "polish": re.compile("[хцё]|рз|[зсцкп]г|л[яюєё]|ьо|сч"),
    "german": re.compile("[жзцхё]|тш|ндр|кс|сч|чч|[сцкп]г"),
    "english_informal": re.compile("ндр|ё|кс|[сцкп]г"),
    "french": re.compile("[ужшщчюг]|ндр"),
}
# English-style schemes write сч as "sch", which the fold reads as the German ш: keep that reading too.
# (and цз as "tsz", read as t+sz)
_TRIGGERS = {k: re.compile(v.pattern + "|сч|цз") for k, v in _TRIGGERS.items()}
assert set(_TRIGGERS) == set(ALL_SCHEMES)
_ANY_TRIGGER = re.compile("|".join(f"(?:{p.pattern})" for p in _TRIGGERS.values()))


# Schemes people write names in by hand or in documents; GOST 7.79 B and ISO 9 are bibliographic and
# machine schemes: their keys stay in the variant sets but do not lead from Latin back to Cyrillic.
_WRITTEN_SCHEMES = tuple(s for s in ALL_SCHEMES if s not in ("iso9", "gost_7_79_b"))


def _scheme_keys(word: str, schemes: Iterable[str]) -> set[str]:
    if " " in word or "-" in word:
        keys = {to_latin(word)}
        for scheme in schemes:
            if _TRIGGERS[scheme].search(word):
                keys.add(to_latin(transliterate(word, scheme)))
    else:
        keys = {fold_word(word)}
        if _ANY_TRIGGER.search(word):
            for scheme in schemes:
                if _TRIGGERS[scheme].search(word):
                    keys.add(fold_word(translit_word(word, scheme)))
    keys.discard("")
    return keys


@lru_cache(maxsize=524288)
def keys_of_cyrillic(word: str) -> frozenset[str]:
    """Folded keys of one lower-case Cyrillic form in every scheme (Олександр -> oleksandr; Alexander too)."""
    return frozenset(_scheme_keys(word, ALL_SCHEMES))


def keys_of_cyrillic_full(word: str) -> frozenset[str]:
    """The same keys computed by brute force over every scheme (the reference the fast path is tested on)."""
    keys = {to_latin(word)} | {to_latin(transliterate(word, s)) for s in ALL_SCHEMES}
    keys.discard("")
    return frozenset(keys)


def _keys(forms: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for f in forms:
        out |= keys_of_cyrillic(f)
    return frozenset(out)


def _is_cyr(s: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in s)


def _script_after_repair(n: str) -> str:
    """The script a name is handled in: mixed words are repaired first (Kоваленко is Cyrillic); what
    stays mixed (Khodachєnko, a Latin word with a stray Cyrillic letter) goes the Latin way."""
    script = detect_script(n)
    if script != "mixed":
        return script
    repaired = detect_script(" ".join(fix_homoglyphs(w) for w in n.split(" ")))
    return "latin" if repaired == "mixed" else repaired


# --- Latin-to-Cyrillic candidate indexes, read (or built) on first use --------------------------------------
_LATIN_INDEX: dict[str, Mapping[str, tuple[str, ...]]] = {}
_LATIN_LOCK = threading.Lock()


def _latin_index(role: str) -> Mapping[str, tuple[str, ...]]:
    """folded key -> lower-case Cyrillic names of that role whose keys include it (see build_latin_index).

    Read from the precomputed data/derived/ files; built here only when they do not fit the installed
    names-translator data.
    """
    idx = _LATIN_INDEX.get(role)
    if idx is not None:
        return idx
    if role not in lexicon.ROLES:
        raise KeyError(role)
    with _LATIN_LOCK:
        idx = _LATIN_INDEX.get(role)
        if idx is None:
            idx = tables.read_table(f"latin_{role}") if tables.shipped_usable() else build_latin_index(role)
            _LATIN_INDEX[role] = idx
    return idx


def build_latin_index(role: str) -> dict[str, tuple[str, ...]]:
    """folded key -> lower-case Cyrillic names of that role whose keys include it.

    Keys come from the schemes people write names in, so a German "Chomenko" and an English "Khomenko"
    both lead back to Хоменко. About 3 CPU seconds for the 160,000 surnames (what tables.py precomputes).
    """
    lexicon._load()
    build: dict[str, set[str]] = {}
    words = set(lexicon._UA2RU[role]) | set(lexicon._RU2UA[role])
    for w in words:
        if _is_cyr(w):
            for key in _scheme_keys(w, _WRITTEN_SCHEMES):
                build.setdefault(key, set()).add(w)
    if role == "given":
        for row in diminutives.NAMES:
            for f in row.full + row.diminutives:
                for k in keys_of_cyrillic_full(f.lower()):
                    build.setdefault(k, set()).add(f.lower())
            for x in row.latin_equivalents + row.latin_nicknames:
                build.setdefault(to_latin(x), set()).update(f.lower() for f in row.full)
    return {k: tuple(sorted(build[k])) for k in sorted(build)}


def cyrillic_candidates(s: str, role: str) -> tuple[str, ...]:
    """Lower-case Cyrillic names whose romanisation folds to the same key as the Latin s.

    A key of one letter is an initial, not a name: it has no candidates.
    """
    key = to_latin(s)
    return _latin_index(role).get(key, ()) if len(key) > 1 else ()


# --- given names -------------------------------------------------------------------------------------------
def _given_forms(word: str) -> tuple[set[str], set[str]]:
    """Cyrillic forms tied to a lower-case Cyrillic given name or nickname, and its Latin equivalents."""
    forms = {word}
    latin: set[str] = set()
    rows = diminutives.FULL_INDEX.get(word, []) + diminutives.DIM_INDEX.get(word, [])
    for row in rows:
        forms.update(f.lower() for f in row.full)
        latin.update(to_latin(x) for x in row.latin_equivalents)
    for f in list(forms):
        forms |= lexicon.equivalents(f, "given")
    return forms, latin


def _given_keys(words: Iterable[str]) -> set[str]:
    keys: set[str] = set()
    for w in words:
        forms, latin = _given_forms(w)
        keys |= _keys(forms) | latin
    return keys


@lru_cache(maxsize=262144)
def given_name_variants(s: str) -> frozenset[str]:
    """Folded keys of a given name, its UA/RU equivalents, all schemes, and the full names of a nickname.

    Full names do not bring their nicknames in (Олександр does not yield "sasha"), so Олександр and
    Олександра stay apart while Sasha meets both. A double name (Анна-Марія) also carries each part's keys.
    """
    n = normalise(s)
    script = _script_after_repair(n)
    if script == "empty":
        return frozenset()
    keys: set[str] = set()
    parts = [p for p in re.split(r"[-\s]+", n) if p]
    if len(parts) > 1:
        for p in parts:
            keys |= given_name_variants(p)
    if script == "latin":
        cands = cyrillic_candidates(n, "given")
        keys |= {to_latin(n)} | _given_keys({nominative(c, "given").lower() for c in cands})
        keys.discard("")
        return frozenset(keys)
    w = fix_homoglyphs(n).lower()
    # nominative() leaves a word the name lists know alone, so a changed word was an oblique form only
    return frozenset(keys | _given_keys([nominative(w, "given").lower()]))


# --- surnames ----------------------------------------------------------------------------------------------
def _family_forms(word: str) -> set[str]:
    forms = set(gender_forms(nominative(word, "family").lower()))
    for f in list(forms):
        forms |= lexicon.equivalents(f, "family")
    for f in list(forms):
        forms |= gender_forms(f)
    return forms


@lru_cache(maxsize=524288)
def family_name_variants(s: str) -> frozenset[str]:
    """Folded keys of a surname in both sexes' forms, UA/RU equivalents, oblique cases undone, all schemes.

    A double-barrelled name (Петренко-Коваль) also carries the keys of each part.
    """
    n = normalise(s)
    script = _script_after_repair(n)
    if script == "empty":
        return frozenset()
    parts = [p for p in re.split(r"[-\s]+", n) if p]
    keys: set[str] = set()
    if len(parts) > 1:
        for p in parts:
            keys |= family_name_variants(p)
    if script == "latin":
        k = to_latin(n)
        for g in gender_forms(k):
            keys.add(g)
            for c in _latin_index("family").get(g, ()) if len(g) > 1 else ():
                keys |= _keys(_family_forms(c))
        keys.discard("")
        return frozenset(keys)
    w = fix_homoglyphs(n).lower()
    keys |= _keys(_family_forms(w))
    return frozenset(keys)


# --- patronymics -------------------------------------------------------------------------------------------
def _patronymic_forms(word: str) -> set[str]:
    forms = {nominative(word, "patronymic").lower()}
    for f in list(forms):
        forms |= lexicon.equivalents(f, "patronymic")
    return forms


@lru_cache(maxsize=262144)
def patronymic_variants(s: str) -> frozenset[str]:
    """Folded keys of a patronymic, its UA/RU equivalents (Олексійович/Алексеевич), oblique cases undone."""
    n = normalise(s)
    script = _script_after_repair(n)
    if script == "empty":
        return frozenset()
    if script == "latin":
        keys = {to_latin(n)}
        for c in cyrillic_candidates(n, "patronymic"):
            keys |= _keys(_patronymic_forms(c))
        keys.discard("")
        return frozenset(keys)
    return _keys(_patronymic_forms(fix_homoglyphs(n).lower()))
