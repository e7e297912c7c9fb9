"""The curated given-name table: UA/RU full forms, sex, diminutives and Latin forms, kept as alias sets."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ._text import is_cyrillic_char, normalise, one_deletions
from .fold import to_latin
from .translit import ALL_SCHEMES, transliterate


@dataclass(frozen=True)
class GivenName:
    """One row of data/diminutives.tsv: a name with all its full spellings in both languages."""

    sex: str
    full: tuple[str, ...]  # Ukrainian and Russian full forms, as written (Олександр, Александр)
    uk: tuple[str, ...]
    ru: tuple[str, ...]
    diminutives: tuple[str, ...]
    latin_equivalents: tuple[str, ...]  # Michael, Helen: full names in Latin no transliteration gives
    latin_nicknames: tuple[str, ...]  # Sasha, Alex, Mike


def _split(cell: str, sep: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normalise(x) for x in cell.split(sep) if x.strip()))


def _load() -> tuple[GivenName, ...]:
    text = resources.files("corridor.names").joinpath("data/diminutives.tsv").read_text(encoding="utf-8")
    rows: list[GivenName] = []
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            continue
        sex, uk, ru, dims, equivalents, nicks = (cells + [""] * 6)[:6]
        full = _split(uk, "|") + tuple(x for x in _split(ru, "|") if x not in _split(uk, "|"))
        rows.append(GivenName(sex.strip(), full, _split(uk, "|"), _split(ru, "|"), _split(dims, ","),
                              _split(equivalents, ","), _split(nicks, ",")))
    return tuple(rows)


NAMES: tuple[GivenName, ...] = _load()

# lower-case Cyrillic full form -> rows; lower-case Cyrillic diminutive -> rows
FULL_INDEX: dict[str, list[GivenName]] = {}
DIM_INDEX: dict[str, list[GivenName]] = {}
for _row in NAMES:
    for _f in _row.full:
        FULL_INDEX.setdefault(_f.lower(), []).append(_row)
    for _d in _row.diminutives:
        DIM_INDEX.setdefault(_d.lower(), []).append(_row)

# folded Latin form of a nickname -> rows (Sasha, Lyosha, Alex, Mike); of a Latin equivalent -> rows (Michael)
LATIN_NICK_INDEX: dict[str, list[GivenName]] = {}
LATIN_EQUIVALENT_INDEX: dict[str, list[GivenName]] = {}
for _row in NAMES:
    for _x in _row.diminutives + _row.latin_nicknames:
        _rows = LATIN_NICK_INDEX.setdefault(to_latin(_x), [])
        if _row not in _rows:
            _rows.append(_row)
    for _x in _row.latin_equivalents:
        _rows = LATIN_EQUIVALENT_INDEX.setdefault(to_latin(_x), [])
        if _row not in _rows:
            _rows.append(_row)


def language_of_full(word: str) -> str:
    """'uk' or 'ru' when the lower-case word is a full form on one side of the table only, else ''."""
    rows = FULL_INDEX.get(word)
    if not rows:
        return ""
    uk = any(word in (x.lower() for x in r.uk) for r in rows)
    ru = any(word in (x.lower() for x in r.ru) for r in rows)
    return "uk" if uk and not ru else "ru" if ru and not uk else ""


def rows_for_full(word: str) -> list[GivenName]:
    return FULL_INDEX.get(normalise(word).lower(), [])


@lru_cache(maxsize=65536)
def full_names_for(nickname: str) -> frozenset[str]:
    """The full Cyrillic names a diminutive stands for (Саша -> Олександр, Александр, Олександра, Александра).

    A Latin nickname (Sasha, Lyosha, Alex) is matched through its folded form. A word that is only a full
    name (Олександр) gives the empty set; one that is both (Олесь, Леся) gives the names it shortens.
    """
    w = normalise(nickname)
    if not w:
        return frozenset()
    rows = DIM_INDEX.get(w.lower())
    if rows is None and not any("\u0400" <= ch <= "\u04ff" for ch in w):
        key = to_latin(w)
        rows = LATIN_NICK_INDEX.get(key, [])
        own = {to_latin(transliterate(f, s)) for r in rows for f in r.full for s in ALL_SCHEMES}
        rows = [] if key in own else LATIN_NICK_INDEX.get(key, [])
    out = {f for r in rows or [] for f in r.full if f.lower() != w.lower()}
    return frozenset(out)


def sex_of_given(word: str) -> str | None:
    """'M' or 'F' when every table row the word belongs to (as full name or nickname) agrees; 'MF' when
    the rows disagree (Саша, Женя, Валя); None when the table does not know the word."""
    w = normalise(word).lower()
    rows = FULL_INDEX.get(w, []) + DIM_INDEX.get(w, [])
    if not rows and not any("\u0400" <= ch <= "\u04ff" for ch in w):
        key = to_latin(w)
        rows = LATIN_NICK_INDEX.get(key, []) + LATIN_EQUIVALENT_INDEX.get(key, [])
        rows += _LATIN_FULL_INDEX.get(key, [])
    sexes = {r.sex for r in rows}
    if not sexes:
        return None
    return sexes.pop() if len(sexes) == 1 else "MF"


_LATIN_FULL_INDEX: dict[str, list[GivenName]] = {}
for _row in NAMES:
    for _f in _row.full:
        _LATIN_FULL_INDEX.setdefault(to_latin(_f), []).append(_row)


@cache
def _initial_table() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    # For every first letter a full name is written with (in Cyrillic, and folded to Latin), the folded
    # first letters of the same name in the other language: Олександр/Александр (о, а), Олена/Елена (о, е),
    # Ганна/Анна (г, а), Микола/Николай (м, н), Пилип/Филипп (п, ф).
    cyr: dict[str, set[str]] = {}
    lat: dict[str, set[str]] = {}
    for row in NAMES:
        firsts = {to_latin(f)[:1] for f in row.full} - {""}
        for f in row.full:
            cyr.setdefault(f[:1].lower(), set()).update(firsts)
            lat.setdefault(to_latin(f)[:1], set()).update(firsts)
    return ({k: frozenset(v) for k, v in cyr.items()}, {k: frozenset(v) for k, v in lat.items()})


@lru_cache(maxsize=1024)
def initial_equivalents(letter: str) -> frozenset[str]:
    """The folded Latin first letters of the names an initial may stand for, in either language.

    A hospital writes "М." for Микола where a Russian list has Николай, and "О." for Олена where another
    has Елена: the initial fits every name whose Ukrainian or Russian form starts with it.
    """
    w = normalise(letter).lower()[:1]
    if not w:
        return frozenset()
    own = to_latin(w)[:1]
    cyr, latin = _initial_table()
    table = cyr.get(w) if is_cyrillic_char(w) else latin.get(own)
    return frozenset({own} - {""}) | (table or frozenset())


@cache
def _correction_index() -> dict[str, set[str]]:
    # Every form the table knows (full names and diminutives in Cyrillic; Latin nicknames, equivalents and
    # the folded full forms), under each of its one-letter deletions: two words one typo apart share a key.
    index: dict[str, set[str]] = {}
    for row in NAMES:
        forms = [f.lower() for f in row.full + row.diminutives]
        forms += [to_latin(f) for f in row.full + row.latin_equivalents + row.latin_nicknames]
        for form in forms:
            if len(form) >= 4:
                for key in one_deletions(form):
                    index.setdefault(key, set()).add(form)
    return index


@lru_cache(maxsize=65536)
def corrected_given_names(word: str) -> frozenset[str]:
    """Known names one slip of the pen away from a word no name list knows (Миклоа -> Микола,
    Нталія -> Наталія, Олеесандр -> Олександр); empty for known words (the curated table, or the given
    names of names-translator: Ярема stays Ярема), short words, and words near more than one name (a
    correction must not guess between two names). The first letter is kept: it is the letter hands and
    eyes get wrong least."""
    from rapidfuzz.distance import DamerauLevenshtein

    from . import lexicon

    w = normalise(word).lower()
    if len(w) < 4 or " " in w or sex_of_given(w) is not None:
        return frozenset()
    if any(is_cyrillic_char(ch) for ch in w):
        if lexicon.known(w, "given"):
            return frozenset()
    else:
        w = to_latin(w)
    index = _correction_index()
    found = {f for key in one_deletions(w) for f in index.get(key, ())
             if f[:1] == w[:1] and DamerauLevenshtein.distance(w, f) <= 1}
    rows = {id(r): r for f in found for r in FULL_INDEX.get(f, []) + DIM_INDEX.get(f, [])
            + LATIN_NICK_INDEX.get(f, []) + LATIN_EQUIVALENT_INDEX.get(f, []) + _LATIN_FULL_INDEX.get(f, [])}
    names = {r.full[0] for r in rows.values()}
    return frozenset(found) if len(names) == 1 else frozenset()
