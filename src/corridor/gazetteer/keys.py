"""Fold a place name in any Cyrillic or Latin spelling to one comparable key.

The key is deliberately lossy ("phonetic-ish"): it exists so that Маріуполь, Мариуполь, Mariupol',
Marioupol and Mariupolj meet, and Бердянськ, Бердянск, Berdyansk, Berdiansk, Berdjansk meet, without
a table of every romanisation.  Steps, in order:

1. lower-case; drop apostrophes (' ’ ʼ ` ʻ ′ ‘ ´), soft and hard signs (ь ъ);
2. Cyrillic (Ukrainian, Russian, Belarusian, Serbian letters) -> Latin with one table in which the
   Ukrainian and Russian readings agree: г/ґ/х -> h, и/і/ї/й/ы -> i, є -> ie, э -> e, я -> ia,
   ю -> iu, ё -> io, ж -> zh, ц -> ts, ч -> ch, ш -> sh, щ -> shch;
3. Latin diacritics removed (ł -> l, ß -> ss, ...); Polish and German digraphs folded
   (szcz -> shch, sch/sz -> sh, cz/tsch/tch -> ch, rz -> zh); w -> v, x -> ks, q -> k, ph -> f,
   kh/gh/g -> h, c -> ts (but ch stays), ou -> u, final lj/nj -> l/n, j/y -> i;
4. doubled letters and digraphs collapse (zhzh -> zh, nn -> n, ii -> i), then ie -> e, io -> o;
5. everything that is not a letter or digit is removed (hyphens, spaces, dots).

So key("Zaporizhzhia") == key("Zaporizhia") == key("Запоріжжя") == "zaporizhia" and
key("Zaporozhye") == key("Запорожье") == "zaporozhe".  Ukrainian о/е -> і (Львів/Львов,
Київ/Киев) is not folded: those pairs meet through GeoNames alternate names instead.

``skeleton(key)`` drops the vowels as well; it only ever serves as a fuzzy fallback.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'’ʼ`ʻ′‘´ʹ\u02bd"

# fmt: off
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "ё": "io",
    # Belarusian, Serbian, Macedonian letters: kept as match keys, never as uk/ru display names.
    "ў": "v", "ј": "i", "љ": "l", "њ": "n", "ћ": "ch", "ђ": "d", "џ": "dzh", "ѓ": "g", "ќ": "k",
    "ѕ": "dz",
}
# fmt: on
_LATIN_SPECIAL = {"ł": "l", "ø": "o", "ß": "ss", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}

_TABLE = str.maketrans({**_CYRILLIC, **_LATIN_SPECIAL, **{a: "" for a in _APOSTROPHES}})

# Ordered: longer digraphs before the letters they contain.  Plain str.replace, not regex: the
# whole index (90,000 spellings) is folded at start-up.
# fmt: off
_DIGRAPHS = (
    ("szcz", "shch"), ("tsch", "ch"), ("sch", "sh"), ("tch", "ch"), ("cz", "ch"), ("sz", "sh"),
    ("rz", "zh"), ("ph", "f"), ("w", "v"), ("x", "ks"), ("q", "k"), ("kh", "h"), ("gh", "h"), ("g", "h"),
)
# fmt: on
_AFTER = str.maketrans({"\x01": "ch", "c": "ts", "j": "i", "y": "i"})
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLE_DIGRAPH = re.compile(r"(zh|sh|ch|ts)\1+")
_DOUBLE_LETTER = re.compile(r"([a-z])\1+")
_SPACES = re.compile(r"\s+")
_VOWELS = re.compile(r"[aeiou]")


def _latin(text: str) -> str:
    """Lower-case, transliterate Cyrillic and strip diacritics."""
    text = text.lower().translate(_TABLE)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_key(word: str) -> str:
    """Key of a single word (no spaces in the result)."""
    s = _NOT_ALNUM.sub("", _latin(word))
    for a, b in _DIGRAPHS:
        if a in s:
            s = s.replace(a, b)
    s = s.replace("ch", "\x01").replace("ou", "u")
    if s.endswith(("lj", "nj")):
        s = s[:-1]
    s = s.translate(_AFTER)
    if "zhzh" in s or "shsh" in s or "chch" in s or "tsts" in s:
        s = _DOUBLE_DIGRAPH.sub(_first_group, s)
    s = _DOUBLE_LETTER.sub(_first_group, s)
    return s.replace("ie", "e").replace("io", "o")


def _first_group(m: re.Match[str]) -> str:
    # A function replacement is several times faster than the template r"\1" in CPython 3.11.
    return m.group(1)


def name_key(name: str) -> str:
    """The comparable key of a whole name: case, apostrophe, hyphen, space and diacritic blind."""
    return word_key(name)


def skeleton(key: str) -> str:
    """The key without vowels: a coarse bucket for spellings the fold does not reconcile."""
    return _VOWELS.sub("", key)


_UK_ONLY = set("іїєґ")
_RU_ONLY = set("ыэъё")
_UK_RU_LETTERS = set("абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюяё")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_SCRIPT_RE = re.compile(r"[^\u0000-\u024f\u0400-\u04ff\u1e00-\u1eff\u2000-\u206f\u02b0-\u02ff]")


def script_of(name: str) -> str:
    """'cyrillic', 'latin' or 'other' (other scripts and mixtures are dropped from the index)."""
    if _OTHER_SCRIPT_RE.search(name):
        return "other"
    has_cyr = bool(_CYRILLIC_RE.search(name))
    has_lat = bool(_LATIN_RE.search(name))
    if has_cyr and not has_lat:
        return "cyrillic"
    if has_lat and not has_cyr:
        return "latin"
    return "other"


def cyrillic_language(name: str) -> str:
    """Classify a Cyrillic spelling: 'uk', 'ru', 'both' (ambiguous) or 'other' (be/sr/mk/bg letters)."""
    letters = {ch for ch in name.lower() if _CYRILLIC_RE.match(ch)}
    if letters - _UK_RU_LETTERS:
        return "other"  # Belarusian ў, Serbian ј, Chuvash ӳ, Tatar ә: other languages' spellings
    uk = bool(letters & _UK_ONLY)
    ru = bool(letters & _RU_ONLY)
    if uk and not ru:
        return "uk"
    if ru and not uk:
        return "ru"
    if uk and ru:
        return "other"
    return "both"
