"""Ukrainian⇄Russian equivalents of given names, patronymics and surnames from names-translator's validated pairs."""

from __future__ import annotations

from functools import lru_cache

from . import translit

ROLES = ("given", "family", "patronymic")
# names-translator keeps first names, patronymics and surnames in separate pools; the legacy pool
# (an older general ua->ru dictionary) only backs up words the category pools do not know.
_POOL = {"given": "first", "family": "last", "patronymic": "patronymic"}

_UA2RU: dict[str, dict[str, tuple[str, ...]]] = {}
_RU2UA: dict[str, dict[str, tuple[str, ...]]] = {}
_UK_WORDS: set[str] = set()
_RU_WORDS: set[str] = set()


def _clean(s: str) -> str:
    return s.lower().replace("\u2019", "'").replace("\u02bc", "'").replace("`", "'")


def _is_cyrillic_word(w: str) -> bool:
    return all("\u0430" <= ch <= "\u045f" or ch in "'- " for ch in w)


def _load() -> None:
    """Read the four pools once (about one second) and invert them for Russian-to-Ukrainian lookups."""
    if _UA2RU:
        return
    from names_translator.dicts import default_dicts

    d = default_dicts()
    legacy = {_clean(k): tuple(dict.fromkeys(_clean(x) for x in v)) for k, v in d.as_dict("legacy").items()}
    for role, pool in _POOL.items():
        ua2ru: dict[str, tuple[str, ...]] = {}
        for k, v in d.as_dict(pool).items():
            ua2ru[_clean(k)] = tuple(dict.fromkeys(_clean(x) for x in v))
        for k, v in legacy.items():
            ua2ru.setdefault(k, v) if role != "given" or len(k) > 2 else None
        ru2ua: dict[str, list[str]] = {}
        for k, vs in ua2ru.items():
            if not _is_cyrillic_word(k):
                continue
            for v in vs:
                if v != k and _is_cyrillic_word(v):
                    ru2ua.setdefault(v, []).append(k)
                    _RU_WORDS.add(v)
                    _UK_WORDS.add(k)
        _UA2RU[role] = ua2ru
        _RU2UA[role] = {k: tuple(v) for k, v in ru2ua.items()}
    # A word that is both somebody's Russian form and itself has a different Russian form is ambiguous.
    both = _UK_WORDS & _RU_WORDS
    _UK_WORDS.difference_update(both)
    _RU_WORDS.difference_update(both)


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
    """Lower-case Cyrillic forms of the same name in the other language (and itself): олександр -> александр."""
    _load()
    w = _clean(word)
    out = {w}
    for ru in _UA2RU[role].get(w, ()):
        out.add(ru)
    for ua in _RU2UA[role].get(w, ()):
        out.add(ua)
    return frozenset(out)


def known(word: str, role: str) -> bool:
    _load()
    w = _clean(word)
    return w in _UA2RU[role] or w in _RU2UA[role]
