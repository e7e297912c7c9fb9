"""Splitting a full name as people write it into given name, surname, patronymic and initials."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import diminutives, lexicon
from ._text import fix_homoglyphs, normalise
from .fold import to_latin
from .morph import nominative, nominative_parts


@dataclass(frozen=True)
class ParsedName:
    """Parts of a name as written (normalised, case kept; `.nominative()` undoes oblique cases).

    An initial is filled from the written name when the full part is present, so "Олександр" and "О."
    can be compared the same way.
    """

    given: str | None
    family: str | None
    patronymic: str | None
    given_initial: str | None
    patronymic_initial: str | None

    def nominative(self) -> ParsedName:
        """The same name with oblique cases undone, the parts read together: in "Коваленка Олександра"
        the declined surname shows a man in the genitive, so Олександра is Олександр here (alone it
        would stay: it is also a woman's name)."""
        given, family, patronymic = nominative_parts(self.given, self.family, self.patronymic)
        return replace(self, given=given, family=family, patronymic=patronymic)


_PATRONYMIC_CYR = ("ович", "евич", "євич", "йович", "ьович", "івна", "ївна", "овна", "евна", "ична", "инична")
_PATRONYMIC_LAT = ("ovich", "evich", "ovych", "evych", "ovitch", "evitch", "ivna", "ovna", "evna", "ichna",
                   "ivich", "iivna", "ijivna", "ovic", "evic")
_FAMILY_ENDINGS = (
    "енко", "енка", "чук", "щук", "юк", "ук", "ський", "цький", "ська", "цька", "ский", "цкий", "ская",
    "цкая", "ов", "ова", "ев", "ева", "єв", "єва", "ін", "іна", "ин", "ина", "ак", "ич",
    "enko", "chuk", "iuk", "yuk", "uk", "ski", "sky", "skyi", "skiy", "ska", "skaya", "ov", "ova", "ev",
    "eva", "yn", "in", "ina", "yna",
)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_INITIALS_RE = re.compile(r"^(?:[^\W\d_]\.){1,3}[^\W\d_]?$|^[^\W\d_]$")


def _is_initials(tok: str) -> bool:
    """О, О.М, Н.В.С (trailing dot already stripped), or ОМ: two or three capitals that are not a name."""
    if _INITIALS_RE.match(tok):
        return True
    return 2 <= len(tok) <= 3 and tok.isalpha() and tok.isupper() and _given_score(tok) == 0


def _is_cyr(w: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in w)


def is_patronymic(word: str) -> bool:
    if _is_cyr(word):
        w = nominative(word, "patronymic").lower()
        return w.endswith(_PATRONYMIC_CYR) and len(w) > 5
    w = word.lower()
    return w.endswith(_PATRONYMIC_LAT) and len(w) > 5


def _given_score(word: str) -> int:
    """2: the curated table knows it; 1: the lexicon knows it as a first name; 0: not a known given name."""
    if _is_cyr(word):
        w = fix_homoglyphs(word).lower()
        nom = nominative(w, "given").lower()
        if w in diminutives.FULL_INDEX or w in diminutives.DIM_INDEX or nom in diminutives.FULL_INDEX:
            return 2
        return 1 if lexicon.known(w, "given") or lexicon.known(nom, "given") else 0
    key = to_latin(word)
    if key in diminutives.LATIN_NICK_INDEX:
        return 2
    from .variants import cyrillic_candidates

    cands = cyrillic_candidates(word, "given")
    if any(c in diminutives.FULL_INDEX or c in diminutives.DIM_INDEX for c in cands):
        return 2
    return 1 if cands else 0


def _family_score(word: str) -> int:
    w = word.lower()
    if _is_cyr(w):
        nom = nominative(w, "family").lower()
        known = lexicon.known(w, "family") or lexicon.known(nom, "family")
    else:
        from .variants import cyrillic_candidates

        known = bool(cyrillic_candidates(word, "family"))
    return (2 if w.endswith(_FAMILY_ENDINGS) else 0) + (1 if known else 0)


def _initial(word: str | None) -> str | None:
    return word[0].upper() if word else None


@lru_cache(maxsize=131072)
def parse_full_name(s: str) -> ParsedName:
    """Split "Коваленко Олександр Миколайович", "KOVALENKO OLEKSANDR", "Коваленко О.М.", "Sasha Kovalenko",
    "Олександр Коваленко" or "Kovalenko, Oleksandr" into parts.

    Order is decided by what the words are (a known given name, a patronymic ending, a surname ending),
    then by convention: an upper-case Latin name is in passport order (surname first), other Latin names
    are given-name first, Cyrillic names are surname first as in Ukrainian and Russian registries.
    """
    n = _BRACKETS.sub(" ", normalise(s))  # "(Саша)", "[nee Petrenko]": asides, not parts of the name
    family_first_by_comma = False
    if "," in n:
        head, _, tail = n.partition(",")
        # "Kovalenko, Oleksandr" is surname-first; "Sasha Kovalenko, 70" is a name then something else
        if len(head.split()) == 1 and any(ch.isalpha() for ch in tail):
            family_first_by_comma = True
        n = head.strip() + " " + tail.replace(",", " ").strip()
    words: list[str] = []
    initials: list[str] = []
    for tok in n.split(" "):
        tok = tok.strip(".;")
        if not tok or not any(ch.isalpha() for ch in tok):
            continue
        if _is_initials(tok):
            initials.extend(ch.upper() for ch in tok.replace(".", ""))
        else:
            words.append(tok)
    if not words and not initials:
        return ParsedName(None, None, None, None, None)

    patronymic = None
    pat_index = None
    if len(words) >= 2:
        for i in (len(words) - 1, 1):
            if 0 < i < len(words) and is_patronymic(words[i]):
                patronymic, pat_index = words[i], i
                break
    rest = [w for i, w in enumerate(words) if i != pat_index]

    given = family = None
    if len(rest) == 1:
        w = rest[0]
        if initials:
            family = w
        elif patronymic is not None and pat_index is not None and words.index(w) < pat_index:
            given = w  # "Олександр Миколайович": given name and patronymic, no surname
        elif _given_score(w) >= 2 and _family_score(w) < 2:
            given = w
        else:
            family = w
    elif len(rest) >= 2:
        a, b = rest[0], " ".join(rest[1:])
        if family_first_by_comma:
            family, given = a, b
        elif patronymic is not None and pat_index == 1:
            given, family = a, b  # Олександр Миколайович Коваленко
        elif patronymic is not None:
            family, given = a, b  # Коваленко Олександр Миколайович
        else:
            ga, gb = _given_score(a), _given_score(rest[1])
            fa, fb = _family_score(a), _family_score(rest[1])
            score_given_first = ga + fb
            score_family_first = gb + fa
            if score_given_first > score_family_first:
                given, family = a, b
            elif score_family_first > score_given_first or _is_cyr(a) or a.isupper() and len(a) > 1:
                # surname first: the scores say so, or by convention (Cyrillic registries, passports)
                family, given = a, b
            else:
                given, family = a, b
    given_initial = _initial(given)
    patronymic_initial = _initial(patronymic)
    if initials:
        if given is None:
            given_initial = initials[0]
            if len(initials) > 1 and patronymic is None:
                patronymic_initial = initials[1]
        elif patronymic is None:
            patronymic_initial = initials[0]
    return ParsedName(given, family, patronymic, given_initial, patronymic_initial)
