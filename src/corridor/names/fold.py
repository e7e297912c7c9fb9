"""The common comparable Latin form: one deliberately lossy ASCII fold for a name in any script or scheme.

The fold, applied in this order (documented in docs/readme/names.md):
  Cyrillic is first romanised letter by letter (г ґ -> g, х -> kh, и і ї й ы -> i/y, є -> ie, ю -> iu,
  я -> ia, ё -> io, ь ъ and apostrophes dropped);
  Latin diacritics are resolved the way Polish, ISO 9 and German write them (ł->l, ż ž->zh, cz č->ch,
  sz š->sh, szcz ŝ->shch, â->ia, û->iu, ê->ie, ë->io, ń->n ...), German schtsch/tsch/sch -> shch/ch/sh;
  then w->v, x->ks, q->k, ph->f, ck->k, c (not in ch) -> ts before e/i/y else k;
  the glide letters j and y become i (so ya/ja/ia -> ia, yu/ju -> iu, Yurii/Yuriy/Jurij -> iuri);
  g, h and kh all become g (Serhii/Sergey, Hanna/Ganna, Mykhailo/Mihail);
  ie -> e (Yevgeny/Evgeny, Hryhoriev/Grigorev), io after a consonant -> e (Fyodor/Fedor, Semyon/Semen);
  doubled letters collapse (Nataliia/Natalia, Anna/Ana); anything but a-z, space and hyphen is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ._text import fix_homoglyphs, normalise

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ё": "io", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "'": "",
}
_CYR_TABLE = str.maketrans(_CYR)

_LATIN_SPECIAL = {
    "ł": "l", "ż": "zh", "ź": "z", "ś": "s", "ć": "ts", "ń": "n", "ó": "o", "ą": "on", "ę": "en",
    "ž": "zh", "č": "ch", "š": "sh", "ŝ": "shch", "â": "ia", "û": "iu", "ê": "ie", "ë": "io", "è": "e",
    "ì": "i", "ï": "i", "ü": "iu", "ö": "io", "ä": "e", "ß": "ss", "ǵ": "g", "ĕ": "e", "ŭ": "u",
    "\u02b9": "", "\u02ba": "", "\u00b7": "", "\u201d": "", "\u201c": "", '"': "", "`": "", "'": "",
}
_LATIN_TABLE = str.maketrans(_LATIN_SPECIAL)

_STEPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"schtsch|shtsh|szcz|shch|shh", "\x01"),  # щ
        (r"tsch|tch", "\x02"),  # ч in German and English
        (r"sch|sz|sh", "\x03"),  # ш
        (r"cz|ch", "\x02"),  # ч (German ch = х is left to the variant sets, which know the source scheme)
        (r"zh|rz", "\x04"),  # ж
        (r"kh", "g"),
        (r"ph", "f"),
        (r"ck", "k"),
        (r"x", "ks"),
        (r"q", "k"),
        (r"w", "v"),
        (r"tz", "ts"),
        (r"c(?=[eiy])", "ts"),
        (r"c", "k"),
        (r"[jy]", "i"),
        (r"h", "g"),
        (r"ie", "e"),
        (r"(?<=[bvgdzklmnprstf\x01\x02\x03\x04])io", "e"),
        (r"(.)\1+", r"\1"),
    ]
]
_BACK = str.maketrans({"\x01": "shch", "\x02": "ch", "\x03": "sh", "\x04": "zh"})
_KEEP = re.compile(r"[^a-z \-\x01-\x04]")


@lru_cache(maxsize=524288)
def to_latin(s: str) -> str:
    """One lower-case ASCII form for comparison; Oleksandr, Olexandr, Aleksandr and Олександр come out close."""
    s = normalise(s)
    if not s:
        return ""
    s = " ".join(fix_homoglyphs(w) for w in s.split(" "))
    s = s.lower().translate(_CYR_TABLE).translate(_LATIN_TABLE)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _KEEP.sub("", s)
    for pat, rep in _STEPS:
        s = pat.sub(rep, s)
    return s.translate(_BACK).strip(" -")
