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

# Letter groups that share a coding, written as in the chart: "at start / before a vowel / elsewhere",
# "-" for not coded, "|" between the two readings of a group that has two.
_GROUPS = """
0 - -      : a e i o u ue
1 - -      : y ia ie io iu
0 1 -      : ai aj ay ei ej ey oi oj oy ui uj uy
0 7 -      : au
1 1 -      : eu
3 3 3      : d dt t th
4 4 4      : s z cz cs csz czs drz drs ds dsh dsz dz dzh dzs sch sh sz tc tch trs trz ts tsch tsh tsz ttch
             tts ttsch ttsz ttz tz tzs zh zs zsch zsh
5 5 5      : g k kh q
5 5 -      : h
5 54 54    : ks x chs
6 6 6      : m n
66 66 66   : mn nm
7 7 7      : b f fb p pf ph v w
8 8 8      : l
9 9 9      : r
2 4 4      : sc schtch schtsch schtsh shch shtch shtsh stch strs strz stsch stsh szcs szcz zdz zdzh zhdzh
2 43 43    : schd scht sd shd sht st szd szt zd zhd
5|4 5|4 5|4      : c ch
5|45 5|45 5|45   : ck
1|4 |4 |4        : j
94|4 94|4 94|4   : rs rz
"""


def _chart() -> dict[str, tuple[str, str, str]]:
    chart: dict[str, tuple[str, str, str]] = {}
    for block in _GROUPS.replace("\n             ", " ").strip().splitlines():
        codes, _, patterns = block.partition(":")
        start, vowel, other = (c.replace("-", _NC) for c in codes.split())
        for pat in patterns.split():
            chart[pat] = (start, vowel, other)
    return chart


_CHART = _chart()
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
