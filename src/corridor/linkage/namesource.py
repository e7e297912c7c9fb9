"""Where linkage gets its name knowledge: the ``corridor.names`` package, or a crude stand-in without it.

The stand-in exists so the linkage engine still runs (with poorer recall) on a checkout where the names
package is missing or broken; it is not a substitute for it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

_CYR = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёыэъ",
        ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o",
         "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", "e", "y", "e", ""],
    )
)


def _fallback_to_latin(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    out = "".join(_CYR.get(ch, ch) for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in out if ch.isascii() and (ch.isalpha() or ch == " ")).strip()


def _fallback_variants(s: str) -> frozenset[str]:
    latin = _fallback_to_latin(s)
    return frozenset({latin}) if latin else frozenset()


def _fallback_phonetic(s: str) -> frozenset[str]:
    latin = _fallback_to_latin(s).replace(" ", "")
    if not latin:
        return frozenset()
    skeleton = latin[0] + "".join(c for c in latin[1:] if c not in "aeiouyhjw")
    return frozenset({skeleton[:6]})


def _fallback_gender(given: str, family: str, patronymic: str) -> str | None:
    return None


to_latin: Callable[[str], str] = _fallback_to_latin
given_name_variants: Callable[[str], frozenset[str]] = _fallback_variants
family_name_variants: Callable[[str], frozenset[str]] = _fallback_variants
patronymic_variants: Callable[[str], frozenset[str]] = _fallback_variants
phonetic_keys: Callable[[str], frozenset[str]] = _fallback_phonetic
gender_hint: Callable[[str, str, str], str | None] = _fallback_gender
NAMES_AVAILABLE = False

try:  # the real package; a namespace-package placeholder has none of these attributes
    from corridor import names as _names

    to_latin = _names.to_latin
    given_name_variants = _names.given_name_variants
    family_name_variants = _names.family_name_variants
    patronymic_variants = _names.patronymic_variants
    phonetic_keys = _names.phonetic_keys
    gender_hint = _names.gender_hint
    NAMES_AVAILABLE = True
except (ImportError, AttributeError):
    pass


@cache
def place_key(name: str) -> tuple[int | None, float | None, float | None]:
    """(geonameid, lat, lon) for a settlement name via the gazetteer, else (None, None, None)."""
    if not name.strip():
        return (None, None, None)
    gz = _gazetteer()
    if gz is None:
        return (None, None, None)
    try:
        place = gz.resolve(name)
    except Exception:  # noqa: BLE001 - a gazetteer failure must not stop linkage; the place is just unknown
        return (None, None, None)
    if place is None:
        return (None, None, None)
    return (int(place.geonameid), float(place.lat), float(place.lon))


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    try:
        from corridor.gazetteer import default_gazetteer

        return default_gazetteer()
    except (ImportError, AttributeError):
        return None
