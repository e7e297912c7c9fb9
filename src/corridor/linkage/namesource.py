"""Where linkage gets its name and place knowledge: the ``names`` and ``gazetteer`` engines, in one place."""

from __future__ import annotations

from functools import cache

from corridor.gazetteer import default_gazetteer
from corridor.names import (
    corrected_given_names,
    family_name_variants,
    gender_hint,
    given_name_variants,
    initial_equivalents,
    one_deletions,
    patronymic_variants,
    phonetic_keys,
    to_latin,
)

__all__ = ["corrected_given_names", "family_name_variants", "gender_hint", "given_name_variants",
           "initial_equivalents", "one_deletions", "patronymic_variants", "phonetic_keys", "place_key", "to_latin"]


@cache
def place_key(name: str) -> tuple[int | None, float | None, float | None]:
    """(geonameid, lat, lon) for a settlement name via the gazetteer, else (None, None, None)."""
    if not name.strip():
        return (None, None, None)
    place = default_gazetteer().resolve(name)
    if place is None:
        return (None, None, None)
    return (int(place.geonameid), float(place.lat), float(place.lon))
