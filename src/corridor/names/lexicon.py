"""Ukrainian⇄Russian equivalents of given names, patronymics and surnames (names-translator's pairs)."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from . import tables, translit

ROLES = ("given", "family", "patronymic")
# names-translator keeps first names, patronymics and surnames in separate pools; the legacy pool
# (an older general ua->ru dictionary) only backs up words the category pools do not know.
_POOL = {"given": "first", "family": "last", "patronymic": "patronymic"}

# Filled section by section on first use (see _ensure): from data/derived/ or derived from the source.
_UA2RU: dict[str, Mapping[str, tuple[str, ...]]] = {}
_RU2UA: dict[str, Mapping[str, tuple[str, ...]]] = {}
_LEGACY_UA2RU: Mapping[str, tuple[str, ...]] = {}
_LEGACY_RU2UA: Mapping[str, tuple[str, ...]] = {}
_UK_WORDS: frozenset[str] = frozenset()
_RU_WORDS: frozenset[str] = frozenset()
_LOCK = threading.Lock()


def _clean(s: str) -> str:
    return s.lower().replace("\u2019", "'").replace("\u02bc", "'").replace("`", "'")


def _is_cyrillic_word(w: str) -> bool:
    return all("\u0430" <= ch <= "\u045f" or ch in "'- " for ch in w)


def _cleaned(pool: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {_clean(k): tuple(dict.fromkeys(_clean(x) for x in v)) for k, v in pool.items()}


def _invert(
    ua2ru: dict[str, tuple[str, ...]], uk_words: set[str], ru_words: set[str]
) -> dict[str, tuple[str, ...]]:
    ru2ua: dict[str, list[str]] = {}
    for k, vs in ua2ru.items():
        if not _is_cyrillic_word(k):
            continue
        for v in vs:
            if v != k and _is_cyrillic_word(v):
                ru2ua.setdefault(v, []).append(k)
                ru_words.add(v)
                uk_words.add(k)
    return {k: tuple(v) for k, v in ru2ua.items()}


def load_from_source() -> None:
    """Derive every table from names-translator's pools (a few seconds) and invert them for
    Russian-to-Ukrainian lookups: what data/derived/ holds precomputed (see tables.py).

    Everything is built in local variables and published at the end under a lock, so a thread never
    sees half-filled tables.
    """
    with _LOCK:
        if _LOADED >= _SECTIONS:
            return
        from names_translator.dicts import default_dicts

        d = default_dicts()
        uk_words: set[str] = set()
        ru_words: set[str] = set()
        ua2ru_by_role: dict[str, dict[str, tuple[str, ...]]] = {}
        ru2ua_by_role: dict[str, dict[str, tuple[str, ...]]] = {}
        for role, pool in _POOL.items():
            ua2ru = _cleaned(d.as_dict(pool))
            ua2ru_by_role[role] = ua2ru
            ru2ua_by_role[role] = _invert(ua2ru, uk_words, ru_words)
        legacy = _cleaned(d.as_dict("legacy"))
        legacy_ru2ua = _invert(legacy, uk_words, ru_words)
        # A word that is both somebody's Russian form and has a different Russian form itself is ambiguous.
        both = uk_words & ru_words
        _publish("legacy", legacy, legacy_ru2ua)
        _publish("languages", uk_words - both, ru_words - both)
        for role in ROLES:
            _publish(role, ua2ru_by_role[role], ru2ua_by_role[role])


# What can be loaded on its own: each role's pairs, the legacy pool, the word languages.
_SECTIONS = frozenset({*ROLES, "legacy", "languages"})
_LOADED: set[str] = set()


def _publish(section: str, first: Any, second: Any) -> None:
    """Install one section's two tables (UA->RU and RU->UA, or the Ukrainian and the Russian words)."""
    global _LEGACY_UA2RU, _LEGACY_RU2UA, _UK_WORDS, _RU_WORDS
    if section in _LOADED:
        return
    if section == "legacy":
        _LEGACY_UA2RU, _LEGACY_RU2UA = first, second
    elif section == "languages":
        _UK_WORDS, _RU_WORDS = frozenset(first), frozenset(second)
    else:
        _RU2UA[section] = second
        _UA2RU[section] = first
    _LOADED.add(section)  # last: its presence means the tables are complete


def _ensure(section: str) -> None:
    """Load one section from the shipped precomputed tables, or derive everything when they do not fit."""
    if section in _LOADED:
        return
    if section not in _SECTIONS:
        raise KeyError(section)
    if not tables.shipped_usable():
        load_from_source()
        return
    with _LOCK:
        if section in _LOADED:
            return
        if section == "languages":
            _publish(section, tables.read_words("words_uk"), tables.read_words("words_ru"))
        else:
            _publish(section, tables.read_table(f"ua2ru_{section}"), tables.read_table(f"ru2ua_{section}"))


def _load() -> None:
    """Every table (tests and benchmarks iterate over the pools; the engine loads what a call needs)."""
    for section in sorted(_SECTIONS):
        _ensure(section)


_UK_SURNAME_ENDINGS = ("енко", "чук", "щук", "ук", "юк", "ський", "цький", "ська", "цька", "ович", "івна")


def language_of(word: str) -> str:
    """'uk', 'ru' or '' for a lower-case Cyrillic name.

    The curated given-name table decides first, then Ukrainian surname endings (Коваленко is Ukrainian even
    though Russian registries write it the same way), then which side of names-translator's pairs it is on.
    """
    from .diminutives import language_of_full

    lang = language_of_full(word)
    if lang:
        return lang
    if word.endswith(_UK_SURNAME_ENDINGS):
        return "uk"
    _ensure("languages")
    if word in _RU_WORDS:
        return "ru"
    if word in _UK_WORDS:
        return "uk"
    return ""


translit.set_language_hint(language_of)


@lru_cache(maxsize=262144)
def equivalents(word: str, role: str) -> frozenset[str]:
    """Lower-case Cyrillic forms of the name in the other language, and itself: олександр -> александр."""
    _ensure(role)
    w = _clean(word)
    out = {w}
    if w in _UA2RU[role] or w in _RU2UA[role]:
        out.update(_UA2RU[role].get(w, ()))
        out.update(_RU2UA[role].get(w, ()))
    else:
        # as names-translator does: its general legacy pool only backs up words the category pools lack
        _ensure("legacy")
        out.update(_LEGACY_UA2RU.get(w, ()))
        out.update(_LEGACY_RU2UA.get(w, ()))
    return frozenset(out)


def known(word: str, role: str) -> bool:
    _ensure(role)
    w = _clean(word)
    return w in _UA2RU[role] or w in _RU2UA[role]
