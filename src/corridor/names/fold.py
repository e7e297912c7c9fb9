"""The common comparable Latin form: one deliberately lossy ASCII fold for a name in any script or scheme.

Cyrillic words go letter by letter straight to the fold alphabet (г ґ х -> g, и і ї й ы -> i, є -> ie,
ю -> iu, я -> ia, ё -> io, ц -> ts, ж ч ш щ -> zh ch sh shch, ь ъ and apostrophes dropped). Latin words
first have their spellings read (documented in the README, section "Names engine"):
  diacritics as Polish, ISO 9 and German write them (ł->l, ż ž->zh, č->ch, š->sh, ŝ->shch, â->ia, û->iu,
  ê->ie, ë->io, ń->n ...); schtsch/szcz/shch -> shch, German tsch -> ch, sch/sz -> sh, cz -> ch, zh -> zh
  (English tch stays t+ch, as Cyrillic тч); kh->g, w->v, x->ks, q->k, ph->f, ck->k,
  c (not in ch/cz) -> ts before e/i/y, else k.
Then every word loses the same things:
  the glide letters j and y become i (ya/ja/ia -> ia, yu/ju -> iu, Yurii/Yuriy/Jurij -> iuri);
  h becomes g, so г/х/g/h/kh meet (Serhii/Sergey, Hanna/Ganna, Mykhailo/Mikhail);
  doubled letters collapse (Nataliia/Natalia, Anna/Ana); ie -> e (Yevgeny/Evgeny, Hryhoriev/Grigorev);
  io after a consonant -> e (Fyodor/Fedor, Semyon/Semen); anything but a-z is dropped, words are joined
  by one space.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ._text import fix_homoglyphs, normalise

# Cyrillic goes straight to the fold alphabet; ж ч ш щ become placeholders so that no Latin digraph rule
# can misread a letter pair afterwards (Cyrillic рз is r+z, not Polish rz; сч is s+ch, not German sch).
_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ё": "io", "ж": "\x04",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "g", "ц": "ts", "ч": "\x02", "ш": "\x03",
    "щ": "\x01", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia", "'": "",
}
_CYR_TABLE = str.maketrans(_CYR)

_LATIN_SPECIAL = {
    "ł": "l", "ż": "zh", "ź": "z", "ś": "s", "ć": "ts", "ń": "n", "ó": "o", "ą": "on", "ę": "en",
    "ž": "zh", "č": "ch", "š": "sh", "ŝ": "shch", "â": "ia", "û": "iu", "ê": "ie", "ë": "io", "è": "e",
    "ì": "i", "ï": "i", "ü": "iu", "ö": "io", "ä": "e", "ß": "ss", "ǵ": "g", "ĕ": "e", "ŭ": "u",
    "\u02b9": "", "\u02ba": "", "\u00b7": "", "\u201d": "", "\u201c": "", '"': "", "`": "", "'": "",
}
_LATIN_TABLE = str.maketrans(_LATIN_SPECIAL)

# How Latin spellings write Slavic sounds; applied to Latin-script words only.
_SPELLING: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"schtsch|shtsh|szcz|shch|shh", "\x01"),  # щ
        (r"tsch", "\x02"),  # ч in German (English tch stays t+ch, as Cyrillic тч)
        (r"sch|sz|sh", "\x03"),  # ш
        (r"cz|ch", "\x02"),  # ч (German ch = х is left to the variant sets, which know the source scheme)
        (r"zh", "\x04"),  # ж (Polish rz is left alone: no transcription of Cyrillic writes ж so)
        (r"kh", "g"),
        (r"ph", "f"),
        (r"ck", "k"),
        (r"x", "ks"),
        (r"q", "k"),
        (r"w", "v"),
        (r"c(?=[eiy])", "ts"),
        (r"c", "k"),
    ]
]
# The deliberate losses, applied to every word whatever its script.
_FOLD: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"ie", "e"),
        (r"(?<=[bvgdzklmnprstf\x01\x02\x03\x04])io", "e"),
    ]
]
_GLIDES = str.maketrans({"j": "i", "y": "i", "h": "g"})


_DOUBLE = re.compile(r"(.)\1+")


def _first(m: re.Match[str]) -> str:
    return m.group(1)


def _squeeze(w: str) -> str:
    """Collapse runs of one letter (Nataliia -> Natalia, Anna -> Ana)."""
    return _DOUBLE.sub(_first, w) if _DOUBLE.search(w) else w


_BACK = str.maketrans({"\x01": "shch", "\x02": "ch", "\x03": "sh", "\x04": "zh"})
_KEEP = re.compile(r"[^a-z\x01-\x04]")
_WORD_SPLIT = re.compile(r"[\s\-]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN_LETTER = re.compile("[a-z\u00c0-\u024f]")


def fold_word(w: str) -> str:
    """The fold of one word (no spaces or hyphens), without to_latin's normalisation and cache."""
    latin = True
    if _CYRILLIC.search(w):
        w = fix_homoglyphs(w).lower()
        # a Latin word with a stray Cyrillic letter (Khodachєnko) still has its Latin spelling read
        latin = bool(_LATIN_LETTER.search(w))
        w = w.translate(_CYR_TABLE)
    if latin:
        w = w.lower().translate(_LATIN_TABLE)
        if not w.isascii():
            w = "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))
        w = _KEEP.sub("", w)
        for pat, rep in _SPELLING:
            w = pat.sub(rep, w)
    else:
        if not w.isascii():
            w = unicodedata.normalize("NFKD", w)
        w = _KEEP.sub("", w)
    w = _squeeze(w.translate(_GLIDES))
    for pat, rep in _FOLD:
        w = pat.sub(rep, w)
    return _squeeze(w).translate(_BACK)


@lru_cache(maxsize=524288)
def to_latin(s: str) -> str:
    """One lower-case ASCII form for comparison; Oleksandr, Olexandr, Aleksandr and Олександр come out close.

    Words are folded one by one and joined by single spaces (hyphens count as spaces).
    """
    s = normalise(s)
    if not s:
        return ""
    words = (fold_word(w) for w in _WORD_SPLIT.split(s) if w)
    return " ".join(w for w in words if w)
