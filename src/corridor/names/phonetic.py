"""Daitch–Mokotoff soundex, written from Gary Mokotoff's published coding chart, for blocking Slavic names.

The chart (Avotaynu, "Soundexing and Genealogy"; JewishGen "Daitch-Mokotoff Soundex System") gives each
letter group three codes: at the start of a name, before a vowel, anywhere else. Some groups have two
readings (C and CH as K or TCH, CK, J as Y or DZH, RS/RZ as R+S or ZH); each reading opens a branch, so a
name has a set of codes. Codes are six digits, zero-padded; identical adjacent codes are written once
unless a vowel (or H) separates them; MN and NM always code both letters.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .fold import to_latin

_NC = ""  # "not coded"

# pattern: (at start, before a vowel, other) — alternatives separated by "|"
_CHART: dict[str, tuple[str, str, str]] = {
    # vowels and vowel groups
    "a": ("0", _NC, _NC), "e": ("0", _NC, _NC), "i": ("0", _NC, _NC), "o": ("0", _NC, _NC),
    "u": ("0", _NC, _NC), "y": ("1", _NC, _NC),
    "ai": ("0", "1", _NC), "aj": ("0", "1", _NC), "ay": ("0", "1", _NC), "au": ("0", "7", _NC),
    "ei": ("0", "1", _NC), "ej": ("0", "1", _NC), "ey": ("0", "1", _NC), "eu": ("1", "1", _NC),
    "ia": ("1", _NC, _NC), "ie": ("1", _NC, _NC), "io": ("1", _NC, _NC), "iu": ("1", _NC, _NC),
    "oi": ("0", "1", _NC), "oj": ("0", "1", _NC), "oy": ("0", "1", _NC),
    "ui": ("0", "1", _NC), "uj": ("0", "1", _NC), "uy": ("0", "1", _NC), "ue": ("0", _NC, _NC),
    # consonants
    "b": ("7", "7", "7"), "d": ("3", "3", "3"), "dt": ("3", "3", "3"), "f": ("7", "7", "7"),
    "fb": ("7", "7", "7"), "g": ("5", "5", "5"), "h": ("5", "5", _NC), "k": ("5", "5", "5"),
    "kh": ("5", "5", "5"), "ks": ("5", "54", "54"), "l": ("8", "8", "8"), "m": ("6", "6", "6"),
    "n": ("6", "6", "6"), "mn": ("66", "66", "66"), "nm": ("66", "66", "66"), "p": ("7", "7", "7"),
    "pf": ("7", "7", "7"), "ph": ("7", "7", "7"), "q": ("5", "5", "5"), "r": ("9", "9", "9"),
    "s": ("4", "4", "4"), "t": ("3", "3", "3"), "th": ("3", "3", "3"), "v": ("7", "7", "7"),
    "w": ("7", "7", "7"), "x": ("5", "54", "54"), "z": ("4", "4", "4"),
    # sibilant groups
    "chs": ("5", "54", "54"), "cz": ("4", "4", "4"), "cs": ("4", "4", "4"), "csz": ("4", "4", "4"),
    "czs": ("4", "4", "4"), "drz": ("4", "4", "4"), "drs": ("4", "4", "4"), "ds": ("4", "4", "4"),
    "dsh": ("4", "4", "4"), "dsz": ("4", "4", "4"), "dz": ("4", "4", "4"), "dzh": ("4", "4", "4"),
    "dzs": ("4", "4", "4"), "sc": ("2", "4", "4"), "sch": ("4", "4", "4"), "schd": ("2", "43", "43"),
    "scht": ("2", "43", "43"), "schtch": ("2", "4", "4"), "schtsch": ("2", "4", "4"),
    "schtsh": ("2", "4", "4"), "sd": ("2", "43", "43"), "sh": ("4", "4", "4"), "shch": ("2", "4", "4"),
    "shd": ("2", "43", "43"), "sht": ("2", "43", "43"), "shtch": ("2", "4", "4"),
    "shtsh": ("2", "4", "4"), "st": ("2", "43", "43"), "stch": ("2", "4", "4"), "strs": ("2", "4", "4"),
    "strz": ("2", "4", "4"), "stsch": ("2", "4", "4"), "stsh": ("2", "4", "4"), "sz": ("4", "4", "4"),
    "szcs": ("2", "4", "4"), "szcz": ("2", "4", "4"), "szd": ("2", "43", "43"), "szt": ("2", "43", "43"),
    "tc": ("4", "4", "4"), "tch": ("4", "4", "4"), "trs": ("4", "4", "4"), "trz": ("4", "4", "4"),
    "ts": ("4", "4", "4"), "tsch": ("4", "4", "4"), "tsh": ("4", "4", "4"), "tsz": ("4", "4", "4"),
    "ttch": ("4", "4", "4"), "tts": ("4", "4", "4"), "ttsch": ("4", "4", "4"), "ttsz": ("4", "4", "4"),
    "ttz": ("4", "4", "4"), "tz": ("4", "4", "4"), "tzs": ("4", "4", "4"), "zd": ("2", "43", "43"),
    "zdz": ("2", "4", "4"), "zdzh": ("2", "4", "4"), "zh": ("4", "4", "4"), "zhd": ("2", "43", "43"),
    "zhdzh": ("2", "4", "4"), "zs": ("4", "4", "4"), "zsch": ("4", "4", "4"), "zsh": ("4", "4", "4"),
    # groups with two readings
    "c": ("5|4", "5|4", "5|4"), "ch": ("5|4", "5|4", "5|4"), "ck": ("5|45", "5|45", "5|45"),
    "j": ("1|4", "|4", "|4"), "rs": ("94|4", "94|4", "94|4"), "rz": ("94|4", "94|4", "94|4"),
}
_BY_FIRST: dict[str, list[tuple[str, list[list[str]]]]] = {}
for _pat, _codes in sorted(_CHART.items(), key=lambda kv: -len(kv[0])):
    _BY_FIRST.setdefault(_pat[0], []).append((_pat, [c.split("|") for c in _codes]))
_VOWELS = frozenset("aeiou")


def _clean(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower().replace("ß", "ss").replace("ł", "l"))
    return "".join(ch for ch in s if "a" <= ch <= "z")


def dm_soundex(name: str) -> frozenset[str]:
    """All Daitch–Mokotoff codes of a Latin-script name (non-letters ignored); empty for no letters."""
    s = _clean(name)
    if not s:
        return frozenset()
    # each branch: (code so far, last group's code) — the last code decides whether a repeat is written
    branches: list[tuple[str, str | None]] = [("", None)]
    i, last_ch = 0, ""
    while i < len(s):
        for pat, codes in _BY_FIRST.get(s[i], ()):
            if s.startswith(pat, i):
                break
        else:
            i += 1
            continue
        nxt = i + len(pat)
        col = 0 if i == 0 else (1 if nxt < len(s) and s[nxt] in _VOWELS else 2)
        force = (last_ch, s[i]) in (("m", "n"), ("n", "m"))
        new: list[tuple[str, str | None]] = []
        for code, last in branches:
            for rep in codes[col]:
                if (last is None or not last.endswith(rep) or force) and len(code) < 6:
                    new_code = (code + rep)[:6]
                else:
                    new_code = code
                if (new_code, rep) not in new:
                    new.append((new_code, rep))
        branches = new
        last_ch = s[i]
        i = nxt
    return frozenset(code.ljust(6, "0") for code, _ in branches)


@lru_cache(maxsize=262144)
def phonetic_keys(s: str) -> frozenset[str]:
    """Daitch–Mokotoff codes of a name in any script, computed on its common Latin form (fold.to_latin).

    Several words are coded as one name, as the chart's own examples do (Ben Aron -> 769600).
    """
    return dm_soundex(to_latin(s))
