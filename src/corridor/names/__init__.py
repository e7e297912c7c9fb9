"""Names engine: transliteration, UA⇄RU equivalents, diminutives, word forms and keys for matching people."""

from ._text import detect_script, normalise, one_deletions
from .diminutives import corrected_given_names, full_names_for, initial_equivalents
from .fold import to_latin
from .morph import gender_hint, nominative
from .parse import ParsedName, parse_full_name
from .phonetic import phonetic_keys
from .translit import ALL_SCHEMES, EXTRA_SCHEMES, SCHEMES, transliterate
from .variants import family_name_variants, given_name_variants, patronymic_variants

__all__ = [
    "ALL_SCHEMES",
    "EXTRA_SCHEMES",
    "SCHEMES",
    "ParsedName",
    "corrected_given_names",
    "detect_script",
    "family_name_variants",
    "full_names_for",
    "gender_hint",
    "given_name_variants",
    "initial_equivalents",
    "nominative",
    "normalise",
    "one_deletions",
    "parse_full_name",
    "patronymic_variants",
    "phonetic_keys",
    "to_latin",
    "transliterate",
]
