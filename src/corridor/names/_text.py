"""Text basics shared by the names engine: Unicode normalisation, apostrophes, script and language guesses."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Ukrainian writes the apostrophe in at least five ways depending on keyboard and software;
# records typed on phones often carry the backtick or the modifier letter.
APOSTROPHES = "'\u2019\u02bc`\u00b4\u2018\u02b9\u0060\uff07"
_APOSTROPHE_RE = re.compile("[" + re.escape(APOSTROPHES) + "]")
_SPACE_RE = re.compile(r"\s+")

CYR_VOWELS = frozenset("аеєиіїоуюяыэё")
UK_ONLY = frozenset("іїєґ")
RU_ONLY = frozenset("ыэёъ")

# Latin letters that look like Cyrillic ones; OCR and mixed keyboards put them inside Cyrillic words.
_LAT_TO_CYR = str.maketrans("aceiopxyACEHIKMOPTXBy", "асеіорхуАСЕНІКМОРТХВу")
_CYR_TO_LAT = str.maketrans("асеіорхуАСЕНІКМОРТХВ", "aceiopxyACEHIKMOPTXB")


def is_cyrillic_char(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff" or "\u0500" <= ch <= "\u052f"


def one_deletions(word: str) -> set[str]:
    """The word and every form of it with one letter left out: two spellings one typo apart (a letter
    dropped, added, changed or swapped with its neighbour) always share one of these keys."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def normalise(s: str) -> str:
    """NFC, trimmed, inner whitespace collapsed, every apostrophe variant written as ', case kept."""
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s)
    s = _APOSTROPHE_RE.sub("'", s)
    return _SPACE_RE.sub(" ", s).strip()


def detect_script(s: str) -> str:
    """'cyrillic', 'latin', 'mixed' or 'empty' (no letters), judged on letters only."""
    if not s:
        return "empty"
    cyr = lat = False
    for ch in s:
        if not ch.isalpha() or ch in APOSTROPHES:  # ʼ (U+02BC) counts as a letter for str.isalpha
            continue
        if is_cyrillic_char(ch):
            cyr = True
        else:
            lat = True
        if cyr and lat:
            return "mixed"
    if cyr:
        return "cyrillic"
    if lat:
        return "latin"
    return "empty"


_HAS_CYR = re.compile("[\u0400-\u052f]")
_HAS_LAT = re.compile("[A-Za-z\u00c0-\u024f]")


def fix_homoglyphs(word: str) -> str:
    """Make a word written mostly in one script uniform by swapping look-alike letters of the other."""
    if not _HAS_CYR.search(word) or not _HAS_LAT.search(word):
        return word
    return _fix_mixed(word)


@lru_cache(maxsize=65536)
def _fix_mixed(word: str) -> str:
    cyr = sum(1 for ch in word if is_cyrillic_char(ch))
    lat = sum(1 for ch in word if ch.isalpha() and not is_cyrillic_char(ch))
    if not cyr or not lat:
        return word
    if cyr >= lat:
        return word.translate(_LAT_TO_CYR)
    return word.translate(_CYR_TO_LAT)


def guess_language(word: str) -> str:
    """'uk' or 'ru' for a Cyrillic word by its letters alone, '' when the letters do not tell."""
    low = word.lower()
    if any(ch in UK_ONLY for ch in low) or "'" in low:
        return "uk"
    if any(ch in RU_ONLY for ch in low):
        return "ru"
    return ""
