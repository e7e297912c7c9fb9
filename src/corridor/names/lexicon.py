"""Ukrainian⇄Russian equivalents of given names, patronymics and surnames (names-translator's pairs)."""

from __future__ import annotations

import threading
from functools import lru_cache

from . import translit

ROLES = ("given", "family", "patronymic")
# names-translator keeps first names, patronymics and surnames in separate pools; the legacy pool
# (an older general ua->ru dictionary) only backs up words the category pools do not know.
_POOL = {"given": "first", "family": "last", "patronymic": "patronymic"}

_UA2RU: dict[str, dict[str, tuple[str, ...]]] = {}
_RU2UA: dict[str, dict[str, tuple[str, ...]]] = {}
_LEGACY_UA2RU: dict[str, tuple[str, ...]] = {}
_LEGACY_RU2UA: dict[str, tuple[str, ...]] = {}
_UK_WORDS: set[str] = set()
_RU_WORDS: set[str] = set()
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


def _load() -> None:
    """Read the pools once (a few seconds) and invert them for Russian-to-Ukrainian lookups.

    Everything is built in local variables and published at the end under a lock, so a thread never
    sees half-filled tables.
    """
    if _UA2RU:
        return
    with _LOCK:
        if _UA2RU:
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
        _LEGACY_UA2RU.update(legacy)
        _LEGACY_RU2UA.update(_invert(legacy, uk_words, ru_words))
        # A word that is both somebody's Russian form and has a different Russian form itself is ambiguous.
        both = uk_words & ru_words
        _UK_WORDS.update(uk_words - both)
        _RU_WORDS.update(ru_words - both)
        _RU2UA.update(ru2ua_by_role)
        _UA2RU.update(ua2ru_by_role)  # last: its being non-empty means loaded


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
    _load()
    if word in _RU_WORDS:
        return "ru"
    if word in _UK_WORDS:
        return "uk"
    return ""


translit.set_language_hint(language_of)


@lru_cache(maxsize=262144)
def equivalents(word: str, role: str) -> frozenset[str]:
    """Lower-case Cyrillic forms of the name in the other language, and itself: олександр -> александр."""
    _load()
    w = _clean(word)
    out = {w}
    if w in _UA2RU[role] or w in _RU2UA[role]:
        out.update(_UA2RU[role].get(w, ()))
        out.update(_RU2UA[role].get(w, ()))
    else:
        # as names-translator does: its general legacy pool only backs up words the category pools lack
        out.update(_LEGACY_UA2RU.get(w, ()))
        out.update(_LEGACY_RU2UA.get(w, ()))
    return frozenset(out)


def known(word: str, role: str) -> bool:
    _load()
    w = _clean(word)
    return w in _UA2RU[role] or w in _RU2UA[role]
