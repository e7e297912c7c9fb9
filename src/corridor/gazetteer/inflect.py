"""Guess the dictionary (nominative) forms of an inflected Ukrainian or Russian place word.

Place names decline: у Маріуполі, з Маріуполя, в Мариуполе, до Запоріжжя, в Запорожье, из Бердянска,
у Києві, Харкова, Кривого Рогу.  Rather than inflect 12,000 names, a word found in text is reduced to
a handful of candidate nominatives by swapping its ending (table below), and each candidate is looked
up.  Ukrainian alternation in the last syllable (Києва -> Київ, Львова -> Львів, Рогу -> Ріг) is
undone by also trying о/е -> і and є -> ї in the stem.  Over-generation is harmless: a candidate
only counts when it is the name of a known place.
"""

from __future__ import annotations

import re

# ending found in text -> endings of the nominative to try in its place ("" = bare stem).
# fmt: off
_NOUN_ENDINGS: list[tuple[str, tuple[str, ...]]] = [
    ("ові", ("",)), ("еві", ("ь", "")), ("єві", ("й",)),
    ("ою", ("а",)), ("ею", ("я", "а", "ь")), ("єю", ("я",)),
    ("ой", ("а",)), ("ей", ("я", "ь", "е")),
    ("ом", ("", "о")), ("ем", ("ь", "е", "")), ("ём", ("ь",)), ("ям", ("я",)),
    ("і", ("", "ь", "а", "я", "и")), ("ї", ("я",)), ("и", ("а", "я", "ь", "")), ("ы", ("а", "",)),
    ("е", ("", "ь", "а", "я", "о")), ("у", ("", "а", "о")), ("ю", ("ь", "я", "е")),
    ("а", ("", "ь", "о", "е")), ("я", ("ь", "е", "")),
    ("ого", ("ий", "ой", "ый", "е", "о")), ("его", ("ий", "ее")), ("ому", ("ий", "ой", "ый", "е")),
    ("ом", ("ий", "ой", "ый")), ("ої", ("а",)), ("ій", ("а", "ий")), ("ую", ("ая",)), ("ої", ("а",)),
    ("ом", ("е", "ое")), ("ем", ("ее",)), ("им", ("ий", "е")), ("ым", ("ый", "ое")),
    ("ім", ("е",)), ("ому", ("е", "ое")),
    # Ukrainian consonant alternation before -і: Медиці <- Медика, Празі <- Прага, Бересті <- Берестя.
    ("ці", ("ка", "ця")), ("зі", ("га", "за")), ("сі", ("ха", "са")),
]
# fmt: on
_BY_ENDING: dict[str, list[str]] = {}
for _end, _repls in _NOUN_ENDINGS:
    _BY_ENDING.setdefault(_end, [])
    for _r in _repls:
        if _r not in _BY_ENDING[_end]:
            _BY_ENDING[_end].append(_r)
_ENDINGS = sorted(_BY_ENDING, key=len, reverse=True)

_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff'’ʼ-]+$")
_VOWELS = "аеєиіїоуюяыэё"
# Ukrainian closed-syllable alternation: the vowel shows as і/ї only in the nominative.
_IKAVISM = {"о": "і", "е": "і", "є": "ї"}

# Feminine adjective endings of oblast names (Донецька, Донецької, Донецкой, Донецкую) -> stem.
_ADJ_ENDINGS = ("ою", "ої", "ій", "ая", "ой", "ую", "ей", "а", "у", "a")


def _ikavism(stem: str) -> str | None:
    """Донецьк -> None; Києв -> Київ; Львов -> Львів; Рог -> Ріг (last vowel, closed syllable only)."""
    for i in range(len(stem) - 1, -1, -1):
        ch = stem[i]
        if ch.lower() in _VOWELS:
            if i == len(stem) - 1 or ch.lower() not in _IKAVISM:
                return None
            repl = _IKAVISM[ch.lower()]
            return stem[:i] + (repl.upper() if ch.isupper() else repl) + stem[i + 1 :]
    return None


def _guesses(word: str) -> tuple[list[str], list[str]]:
    """(plain ending swaps, swaps that also undo the о/е -> і alternation)."""
    plain: list[str] = []
    alternated: list[str] = []
    if not _CYRILLIC_WORD.match(word):
        return plain, alternated
    lower = word.lower()
    for end in _ENDINGS:
        if not lower.endswith(end) or len(word) - len(end) < 2:
            continue
        stem = word[: len(word) - len(end)]
        for repl in _BY_ENDING[end]:
            plain.append(stem + repl)
            if repl in ("", "ь"):
                alt = _ikavism(stem)
                if alt:
                    alternated.append(alt + repl)
    return plain, alternated


def nominative_candidates(word: str) -> list[str]:
    """The word itself plus the nominatives it could be an inflected form of (Cyrillic only)."""
    plain, alternated = _guesses(word)
    return [word, *plain, *alternated]


def split_candidates(word: str) -> tuple[list[str], list[str]]:
    """Like nominative_candidates without the word itself, split into plain guesses and guesses
    through the Ukrainian alternation, which only Ukrainian names undergo (Колона must not become
    Колін = Kolín in Czechia)."""
    return _guesses(word)


def adjective_stem(word: str) -> str:
    """Strip a feminine adjective ending: Донецької -> Донецьк, Donetska -> Donetsk, Donetsk -> Donetsk."""
    lower = word.lower()
    for end in _ADJ_ENDINGS:
        if lower.endswith(end) and len(word) - len(end) >= 3:
            return word[: len(word) - len(end)]
    return word
