"""Cyrillic-to-Latin transliteration in the schemes that Ukrainian and Russian names are really written in."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ._text import CYR_VOWELS, fix_homoglyphs, guess_language, normalise

# A letter after which iotated vowels are written with their "y/j" glide (word start is handled apart).
_GLIDE_CONTEXT = CYR_VOWELS | frozenset("ьъ'й")
_HUSHERS = frozenset("жчшщц")
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Table:
    """One scheme for one source language; letters not listed pass through unchanged."""

    base: dict[str, str]
    initial: dict[str, str] = field(default_factory=dict)  # at the start of a word
    after_vowel: dict[str, str] = field(default_factory=dict)  # after a vowel, ь, ъ, й or apostrophe
    after_husher: dict[str, str] = field(default_factory=dict)  # after ж ч ш щ ц
    seqs: dict[str, str] = field(default_factory=dict)  # letter sequences read as one unit
    finals: dict[str, str] = field(default_factory=dict)  # sequences at the end of a word
    # letter: (next letters, output), e.g. Polish л before a soft vowel
    soft_before: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)
    between_vowels: dict[str, str] = field(default_factory=dict)  # German intervocalic с -> ss
    inner_seqs: dict[str, str] = field(default_factory=dict)  # as seqs, but not at the start of a word

    # lookup helpers derived from the fields above
    _seqs: tuple[str, ...] = field(init=False, default=())
    _inner: tuple[str, ...] = field(init=False, default=())
    _finals: tuple[str, ...] = field(init=False, default=())
    _starts: frozenset[str] = field(init=False, default=frozenset())
    _final_starts: frozenset[str] = field(init=False, default=frozenset())
    _plain: dict[int, str] = field(init=False, default_factory=dict)  # str.translate table of base
    _context: re.Pattern[str] = field(init=False, default=re.compile("(?!)"))  # letters needing context

    def __post_init__(self) -> None:
        context = set(self.after_vowel) | set(self.after_husher) | set(self.soft_before)
        context |= set(self.between_vowels) | {q[0] for q in [*self.seqs, *self.inner_seqs, *self.finals]}
        object.__setattr__(self, "_plain", str.maketrans(self.base))
        pattern = "[" + re.escape("".join(sorted(context))) + "]" if context else "(?!)"
        object.__setattr__(self, "_context", re.compile(pattern))
        object.__setattr__(self, "_seqs", tuple(sorted(self.seqs, key=len, reverse=True)))
        object.__setattr__(self, "_inner", tuple(sorted(self.inner_seqs, key=len, reverse=True)))
        object.__setattr__(self, "_finals", tuple(sorted(self.finals, key=len, reverse=True)))
        object.__setattr__(self, "_starts", frozenset(q[0] for q in list(self.seqs) + list(self.inner_seqs)))
        object.__setattr__(self, "_final_starts", frozenset(q[0] for q in self.finals))

    def word(self, w: str) -> str:
        """Romanise one lower-case word."""
        if not w:
            return w
        # Most words have no letter whose spelling depends on its neighbours: one translate() does them.
        if not self._context.search(w):
            head = self.initial.get(w[0])
            return w.translate(self._plain) if head is None else head + w[1:].translate(self._plain)
        return self._word_in_context(w)

    def _word_in_context(self, w: str) -> str:
        out: list[str] = []
        i, n = 0, len(w)
        while i < n:
            ch = w[i]
            if ch in self._final_starts:
                hit = next((f for f in self._finals if i + len(f) == n and w.startswith(f, i)), None)
                if hit is not None:
                    out.append(self.finals[hit])
                    break
            if ch in self._starts:
                hit = next((q for q in self._seqs if w.startswith(q, i)), None)
                if hit is not None:
                    out.append(self.seqs[hit])
                    i += len(hit)
                    continue
                if i:
                    hit = next((q for q in self._inner if w.startswith(q, i)), None)
                    if hit is not None:
                        out.append(self.inner_seqs[hit])
                        i += len(hit)
                        continue
            prev = w[i - 1] if i else ""
            if (
                ch in self.between_vowels and prev in CYR_VOWELS and i + 1 < n and w[i + 1] in CYR_VOWELS
            ):
                out.append(self.between_vowels[ch])
            elif not prev and ch in self.initial:
                out.append(self.initial[ch])
            elif prev and prev in _GLIDE_CONTEXT and ch in self.after_vowel:
                out.append(self.after_vowel[ch])
            elif prev in _HUSHERS and ch in self.after_husher:
                out.append(self.after_husher[ch])
            elif ch in self.soft_before and i + 1 < n and w[i + 1] in self.soft_before[ch][0]:
                out.append(self.soft_before[ch][1])
            else:
                out.append(self.base.get(ch, ch))
            i += 1
        return "".join(out)


def _t(base: dict[str, str], **kw: Any) -> Table:
    return Table(base=base, **kw)


def _merge(*ds: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for d in ds:
        out.update(d)
    return out


_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ж": "zh", "з": "z", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "", "'": "",
}

# --- Ukrainian national system, Cabinet of Ministers resolution 55 of 27 January 2010 -------------------
_KMU = _t(
    _merge(_COMMON, {"г": "h", "ґ": "g", "є": "ie", "и": "y", "і": "i", "ї": "i", "й": "i", "ю": "iu",
                     "я": "ia", "ы": "y", "э": "e", "ё": "io"}),
    initial={"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "ё": "yo"},
    seqs={"зг": "zgh"},
)

# --- Spellings on Ukrainian passports of 1996-2010 (Serhiy, Andriy, Oleksiy, Nataliya, Yevhen) ------------
_UA_PASSPORT_1996 = _t(
    _merge(_COMMON, {"г": "h", "ґ": "g", "є": "ye", "и": "y", "і": "i", "ї": "yi", "й": "y", "ю": "yu",
                     "я": "ya", "ы": "y", "э": "e", "ё": "yo"}),
    seqs={"зг": "zgh"},
)

# --- BGN/PCGN 1965 for Ukrainian (superseded in 2019 by the 2010 national system, still in old records) -----
_BGN_UK = _t(
    _merge(_COMMON, {"г": "h", "ґ": "g", "є": "ye", "и": "y", "і": "i", "ї": "yi", "й": "y", "ю": "yu",
                     "я": "ya", "ь": "\u2019", "'": "\u201d", "ы": "y", "э": "e", "ё": "yo"}),
    seqs={"зг": "z\u00b7h"},
)

# --- BGN/PCGN 1947 for Russian -------------------------------------------------------------------------
_BGN_RU = _t(
    _merge(_COMMON, {"г": "g", "ґ": "g", "и": "i", "і": "i", "ї": "yi", "є": "ye", "й": "y", "ы": "y",
                     "э": "e", "ю": "yu", "я": "ya", "ё": "\u00eb", "ь": "\u2019", "ъ": "\u201d"}),
    # The middle dot keeps letter groups reversible: тс t·s, шч sh·ch, ы after a vowel ·y,
    # э after a consonant ·e.
    initial={"е": "ye", "ё": "y\u00eb", "э": "e"},
    after_vowel={"е": "ye", "ё": "y\u00eb", "ы": "\u00b7y", "э": "e"},
    seqs={"тс": "t\u00b7s", "шч": "sh\u00b7ch", "йа": "y\u00b7a", "йу": "y\u00b7u", "йы": "y\u00b7y",
          "йэ": "y\u00b7e", "ыа": "y\u00b7a", "ыу": "y\u00b7u", "ыы": "y\u00b7y", "ыэ": "y\u00b7e"},
)
_BGN_RU.base["э"] = "\u00b7e"

# --- ISO 9:1995 = GOST 7.79-2000 system A (one letter for one letter, with diacritics) ---------------------
_ISO9 = _t({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g\u0300", "д": "d", "е": "e", "ё": "\u00eb", "є": "\u00ea",
    "ж": "\u017e", "з": "z", "и": "i", "і": "\u00ec", "ї": "\u00ef", "й": "j", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "\u010d", "ш": "\u0161", "щ": "\u015d", "ъ": "\u02ba", "ы": "y", "ь": "\u02b9", "э": "\u00e8",
    "ю": "\u00fb", "я": "\u00e2", "'": "\u2019",
})

# --- GOST 7.79-2000 system B (ASCII only); Ukrainian и is y', Russian и is i ------------------------------
_GOST_B_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g`", "д": "d", "е": "e", "ё": "yo", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "cz", "ч": "ch", "ш": "sh",
    "щ": "shh", "ъ": "``", "ы": "y`", "ь": "`", "э": "e`", "ю": "yu", "я": "ya", "'": "'",
}
# "c before i, e, y, j": the Latin letters the next Cyrillic letter is written with
_C_SOFT = frozenset("еёиіїйыэєюя")
_GOST_B_RU = _t(_GOST_B_BASE, soft_before={"ц": (_C_SOFT, "c")})
_GOST_B_UK = _t(_merge(_GOST_B_BASE, {"и": "y`"}), soft_before={"ц": (_C_SOFT, "c")})

# --- ICAO Doc 9303 part 3 (Russian passports since 2014; also covers Ukrainian letters) ---------------------
_ICAO = _t(
    _merge(_COMMON, {"г": "g", "ґ": "g", "ё": "e", "є": "ie", "и": "i", "і": "i", "ї": "i", "й": "i",
                     "ъ": "ie", "ы": "y", "э": "e", "ю": "iu", "я": "ia"}),
)

# --- Russian MVD order 310 of 26 May 1997 (passports 1997-2010) ---------------------------------------------
_MVD1997 = _t(
    _merge(_COMMON, {"г": "g", "ґ": "g", "ё": "e", "є": "ye", "и": "i", "і": "i", "ї": "yi", "й": "y",
                     "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "'", "ъ": '"'}),
    seqs={"ье": "ye", "ъе": "ye"},
)

# --- Polish practice (KSNG rules for Ukrainian and Russian names; Polish border and press usage) ----------
_PL_SOFT_L_UK = frozenset("іьєюяї")
_PL_SOFT_L_RU = frozenset("еёиьюя")
_PL_COMMON = {
    "а": "a", "б": "b", "в": "w", "ґ": "g", "д": "d", "е": "e", "ж": "\u017c", "з": "z", "к": "k",
    "л": "\u0142", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ь": "", "ъ": "", "'": "", "й": "j",
    "ю": "iu", "я": "ia", "є": "ie", "ё": "io",
}
_PL_SEQ = {"нь": "\u0144", "сь": "\u015b", "зь": "\u017a", "ць": "\u0107", "ль": "l", "ля": "la", "лю": "lu",
           "лє": "le", "льо": "lo", "ьо": "io"}
_PL_GLIDE = {"я": "ja", "ю": "ju", "є": "je", "ё": "jo", "ї": "ji"}
_POLISH_UK = _t(
    _merge(_PL_COMMON, {"г": "h", "и": "y", "і": "i", "ї": "ji", "ы": "y", "э": "e"}),
    initial=_PL_GLIDE, after_vowel=_PL_GLIDE,
    soft_before={"л": (_PL_SOFT_L_UK, "l")}, seqs=_PL_SEQ,
)
_POLISH_RU = _t(
    _merge(_PL_COMMON, {"г": "g", "и": "i", "і": "i", "ї": "ji", "ы": "y", "э": "e", "е": "ie"}),
    initial=_merge(_PL_GLIDE, {"е": "je"}), after_vowel=_merge(_PL_GLIDE, {"е": "je", "и": "ji"}),
    after_husher={"е": "e", "и": "y", "ё": "o"},
    soft_before={"л": (_PL_SOFT_L_RU, "l")},
    seqs=_merge(_PL_SEQ, {"ле": "le", "лё": "lo", "ёл": "ioł"}),
)

# --- German practice (Duden transcription: Schewtschenko, Alexander, Jewgeni) -------------------------------
_DE_COMMON = {
    "а": "a", "б": "b", "в": "w", "ґ": "g", "д": "d", "е": "e", "ж": "sch", "з": "s", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch",
    "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ь": "", "ъ": "", "'": "", "й": "j", "ю": "ju",
    "я": "ja", "є": "je", "ё": "jo", "ї": "ji",
}
_DE_SEQ = {"кс": "x"}
_DE_SS = {"с": "ss"}
_GERMAN_UK = _t(_merge(_DE_COMMON, {"г": "h", "и": "y", "і": "i", "ы": "y", "э": "e"}), seqs=_DE_SEQ,
                between_vowels=_DE_SS)
_GERMAN_RU = _t(
    _merge(_DE_COMMON, {"г": "g", "и": "i", "і": "i", "ы": "y", "э": "e"}),
    initial={"е": "je"}, after_vowel={"е": "je", "и": "ji"}, after_husher={"ё": "o"},
    seqs=_DE_SEQ, finals={"ий": "i", "ый": "y", "ндр": "nder"}, between_vowels=_DE_SS,
)

# --- Informal English (press and self-chosen spellings: Alexander, Sergey, Yevgeny, Natalya) -------------
# Ukrainian names in informal English follow the 1996-2010 passport spelling (Serhiy, Andriy, Yuriy).
_EN_UK = _UA_PASSPORT_1996
_EN_RU = _t(
    _merge(_COMMON, {"г": "g", "ґ": "g", "є": "ye", "и": "i", "і": "i", "ї": "yi", "й": "y", "ю": "yu",
                     "я": "ya", "ы": "y", "э": "e", "ё": "yo"}),
    initial={"е": "ye"}, after_vowel={"е": "ye"}, after_husher={"ё": "o"},
    inner_seqs={"кс": "x"}, finals={"ий": "y", "ый": "y", "ндр": "nder"},
)

# --- French practice (Soviet international passports before 1997, French and Belgian records, French
# press: Chevtchenko, Iouchtchenko, Timochenko, Sergueï, Alexandre) ---------------------------------------
_FR_COMMON = {
    "а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "е": "e", "ж": "j", "з": "z", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "ou", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch", "ь": "", "ъ": "", "'": "", "ю": "iou", "я": "ia",
    "є": "ie", "ё": "io", "й": "\u00ef", "ї": "\u00efi", "ы": "y", "э": "e",
}
_FRENCH_UK = _t(_merge(_FR_COMMON, {"г": "h", "и": "y", "і": "i"}), between_vowels={"с": "ss"},
                seqs={"кс": "x"}, initial={"й": "i", "ї": "i"})
_FRENCH_RU = _t(
    _merge(_FR_COMMON, {"г": "g", "и": "i", "і": "i"}),
    initial={"й": "i"}, after_husher={"ё": "o"}, between_vowels={"с": "ss"}, seqs={"кс": "x"},
    soft_before={"г": (frozenset("еиыэё"), "gu")}, finals={"ий": "i", "ый": "y", "ндр": "ndre"},
)

# scheme -> (table for Ukrainian words, table for Russian words, language assumed when letters do not tell)
_SCHEMES: dict[str, tuple[Table, Table, str]] = {
    "kmu2010": (_KMU, _KMU, "uk"),
    "ua_passport_1996": (_UA_PASSPORT_1996, _UA_PASSPORT_1996, "uk"),
    "bgn_pcgn_uk": (_BGN_UK, _BGN_UK, "uk"),
    "bgn_pcgn_ru": (_BGN_RU, _BGN_RU, "ru"),
    "iso9": (_ISO9, _ISO9, "ru"),
    "gost_7_79_b": (_GOST_B_UK, _GOST_B_RU, "ru"),
    "icao9303": (_ICAO, _ICAO, "ru"),
    "mvd1997": (_MVD1997, _MVD1997, "ru"),
    "polish": (_POLISH_UK, _POLISH_RU, "uk"),
    "german": (_GERMAN_UK, _GERMAN_RU, "uk"),
    "english_informal": (_EN_UK, _EN_RU, "uk"),
    "french": (_FRENCH_UK, _FRENCH_RU, "uk"),
}
# The schemes of the public API; EXTRA_SCHEMES are accepted by transliterate() and feed the variant sets
# too, but are kept out of SCHEMES, whose list other engines rely on.
EXTRA_SCHEMES: tuple[str, ...] = ("french",)
SCHEMES: tuple[str, ...] = tuple(s for s in _SCHEMES if s not in EXTRA_SCHEMES)
ALL_SCHEMES: tuple[str, ...] = SCHEMES + EXTRA_SCHEMES

# Set by the lexicon: the language of a Cyrillic word whose letters do not tell (Николай vs Микола).
_language_hint: Callable[[str], str] | None = None


def set_language_hint(fn: Callable[[str], str]) -> None:
    global _language_hint
    _language_hint = fn


@lru_cache(maxsize=262144)
def word_language(word: str, default: str) -> str:
    lang = guess_language(word)
    if lang:
        return lang
    if _language_hint is not None:
        lang = _language_hint(word.lower())
    return lang or default


def _recase(src: str, out: str) -> str:
    if not out:
        return out
    if len(src) > 1 and src.isupper():
        return out.upper()
    if src[0].isupper():
        return out[0].upper() + out[1:]
    return out


@lru_cache(maxsize=524288)
def translit_word(word: str, scheme: str) -> str:
    """Romanise one lower-case Cyrillic word (no spaces) in a scheme: the variant builder's fast path."""
    uk, ru, default = _SCHEMES[scheme]
    table = uk if uk is ru or word_language(word, default) == "uk" else ru
    return table.word(word)


@lru_cache(maxsize=262144)
def transliterate(s: str, scheme: str) -> str:
    """Romanise the Cyrillic words of s in one scheme; Latin text and punctuation pass through."""
    try:
        uk, ru, default = _SCHEMES[scheme]
    except KeyError:
        known = ", ".join(ALL_SCHEMES)
        raise ValueError(f"unknown transliteration scheme {scheme!r}; known: {known}") from None
    s = normalise(s)

    def one(m: re.Match[str]) -> str:
        w = fix_homoglyphs(m.group(0))
        table = uk if uk is ru or word_language(w, default) == "uk" else ru
        return _recase(w, table.word(w.lower()))

    return _WORD_RE.sub(one, s)
