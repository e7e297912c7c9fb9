"""Word forms of names: undoing oblique cases in free text, masculine/feminine surname pairs, sex hints."""

from __future__ import annotations

from functools import lru_cache

from . import diminutives, lexicon
from ._text import normalise
from .fold import to_latin

# (oblique ending, nominative ending) in the order they are tried. A candidate is kept only if the name
# lists know the result as a name of that role (the first known wins), except the endings marked safe
# below, which no nominative has.
_FAMILY_ENDINGS = [
    # Ukrainian adjectival surnames
    ("ського", "ський"), ("ському", "ський"), ("ським", "ський"), ("ськім", "ський"),
    ("ської", "ська"), ("ській", "ська"), ("ською", "ська"), ("ську", "ська"),
    ("цького", "цький"), ("цькому", "цький"), ("цьким", "цький"),
    ("цької", "цька"), ("цькій", "цька"), ("цькою", "цька"), ("цьку", "цька"),
    # Russian adjectival surnames
    ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
    ("ской", "ская"), ("скую", "ская"), ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"),
    ("цкой", "цкая"), ("цкую", "цкая"),
    # -енко / -ко surnames decline like masculine nouns in Ukrainian
    ("енкові", "енко"), ("енкові", "енко"), ("енком", "енко"), ("енка", "енко"), ("енку", "енко"),
    ("енці", "енко"),
    # nouns in -ко (Бойко: Бойка, Бойкові); a consonant stem is tried first (Мельника -> Мельник)
    ("а", ""), ("кові", "ко"), ("ком", "ко"), ("ка", "ко"), ("ку", "ко"),
    # possessive surnames; a dative in -ові is a noun's first (Мельникові -> Мельник, not Мельников)
    ("ові", ""), ("овому", "ов"), ("овим", "ов"), ("овым", "ов"), ("овій", "ова"), ("овою", "ова"),
    ("овой", "ова"), ("ову", "ов"), ("ові", "ов"), ("евому", "ев"), ("евим", "ев"), ("евым", "ев"),
    ("евій", "ева"),
    ("евою", "ева"), ("евой", "ева"), ("еву", "ев"), ("єву", "єв"), ("євим", "єв"), ("євій", "єва"),
    ("євою", "єва"), ("іним", "ін"), ("іній", "іна"), ("іною", "іна"), ("іну", "ін"), ("иним", "ин"),
    ("иным", "ин"), ("иній", "ина"), ("иной", "ина"), ("иною", "ина"), ("ину", "ин"),
    # nouns: -ук/-юк/-чук, -ак, -ич, consonant stems, -ь stems
    ("еві", ""), ("єві", ""), ("ом", ""), ("ем", ""), ("єм", ""), ("у", ""),
    ("я", ""), ("ю", ""), ("еві", ""), ("я", "ь"), ("ю", "ь"), ("ем", "ь"), ("еві", "ь"), ("і", "а"),
    ("и", "а"), ("у", "а"), ("ою", "а"),
    ("ої", "а"), ("ій", "а"), ("ої", "ая"), ("ій", "ая"),
]
_FAMILY_SAFE = frozenset({
    "ського", "ському", "ським", "ськім", "ської", "ській", "ською", "цького", "цькому", "цьким",
    "цької", "цькій", "цькою", "ского", "скому", "ским", "цкого", "цкому", "цким", "енкові", "енком",
    "енка", "енку", "овому", "овим", "овым", "овій", "овою", "евому", "евим", "евым", "евій", "евою",
    "євим", "євій", "євою", "іним", "іній", "іною", "иним", "иным", "иній", "иною",
})

_GIVEN_ENDINGS = [
    ("ові", ""), ("еві", ""), ("єві", "й"), ("ові", "о"), ("ом", ""), ("ем", ""), ("єм", "й"), ("ем", "ь"),
    ("ю", "й"), ("я", "й"), ("я", ""), ("ю", ""), ("ю", "ь"), ("я", "ь"), ("а", ""), ("у", ""),
    ("ієм", "ій"), ("ием", "ий"), ("ію", "ій"), ("зі", "га"), ("ці", "ка"), ("сі", "ха"),
    ("ія", "ій"), ("ії", "ія"), ("ію", "ія"), ("ією", "ія"), ("ии", "ия"), ("ию", "ия"), ("ией", "ия"),
    ("ье", "ья"), ("ьи", "ья"), ("ью", "ья"), ("ьей", "ья"), ("ьею", "ья"),
    ("и", "а"), ("і", "а"), ("у", "а"), ("ою", "а"), ("ой", "а"), ("е", "а"), ("ю", "я"), ("ею", "я"),
    ("ей", "я"), ("і", "я"), ("и", "я"), ("е", "я"), ("и", "о"), ("а", "о"), ("у", "о"), ("ом", "о"),
    ("ові", "о"), ("і", ""), ("і", "ь"), ("и", "ь"), ("ею", "ь"), ("ом", "е"),
]

_PATRONYMIC_ENDINGS = [
    ("овича", "ович"), ("овичу", "ович"), ("овичем", "ович"), ("овичеві", "ович"), ("овичі", "ович"),
    ("евича", "евич"), ("евичу", "евич"), ("евичем", "евич"), ("евичеві", "евич"), ("євича", "євич"),
    ("йовича", "йович"), ("йовичу", "йович"), ("йовичем", "йович"),
    ("ича", "ич"), ("ичу", "ич"), ("ичем", "ич"),
    ("івни", "івна"), ("івні", "івна"), ("івну", "івна"), ("івною", "івна"),
    ("ївни", "ївна"), ("ївні", "ївна"), ("ївну", "ївна"), ("ївною", "ївна"),
    ("овны", "овна"), ("овне", "овна"), ("овну", "овна"), ("овной", "овна"),
    ("евны", "евна"), ("евне", "евна"), ("евну", "евна"), ("евной", "евна"),
    ("ичны", "ична"), ("ичне", "ична"), ("ичну", "ична"), ("ичной", "ична"), ("ичні", "ична"),
    ("ичною", "ична"),
]

ROLES = ("given", "family", "patronymic")


def _by_last(endings: list[tuple[str, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Endings grouped by their last letter, order kept, so a word is tried only against its own."""
    out: dict[str, list[tuple[str, str]]] = {}
    for end, nom in endings:
        out.setdefault(end[-1], []).append((end, nom))
    return {k: tuple(v) for k, v in out.items()}


_FAMILY_BY_LAST = _by_last(_FAMILY_ENDINGS)
_GIVEN_BY_LAST = _by_last(_GIVEN_ENDINGS)


def _recase(src: str, out: str) -> str:
    if len(src) > 1 and src.isupper():
        return out.upper()
    if src[:1].isupper():
        return out[:1].upper() + out[1:]
    return out


def _known(word: str, role: str) -> bool:
    if role == "given":
        return bool(diminutives.FULL_INDEX.get(word) or diminutives.DIM_INDEX.get(word)) or lexicon.known(
            word, "given"
        )
    return lexicon.known(word, role)


@lru_cache(maxsize=262144)
def nominative(word: str, role: str) -> str:
    """Undo an oblique case (Коваленка -> Коваленко, Олександрові -> Олександр, Марії -> Марія).

    A word the name lists already know as a nominative is returned as it is (Олександра stays: it is a
    woman's name as well as the genitive of Олександр). Latin words are returned unchanged.
    """
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")
    src = normalise(word)
    w = src.lower()
    if not w or not any("\u0400" <= ch <= "\u04ff" for ch in w):
        return src
    if role == "patronymic":
        if w.endswith(("ович", "евич", "євич", "івна", "ївна", "овна", "евна", "ична", "інічна")):
            return src
        for end, nom in _PATRONYMIC_ENDINGS:
            if w.endswith(end):
                return _recase(src, w[: -len(end)] + nom)
        return src
    endings = (_FAMILY_BY_LAST if role == "family" else _GIVEN_BY_LAST).get(w[-1], ())
    stems = [(end, w[: -len(end)] + nom) for end, nom in endings if w.endswith(end) and len(w) > len(end) + 1]
    if role == "given":
        # The curated table is trusted before the large lexicon, whose pools also hold some oblique forms.
        if w in diminutives.FULL_INDEX or w in diminutives.DIM_INDEX:
            return src
        for _, cand in stems:
            if cand in diminutives.FULL_INDEX:
                return _recase(src, cand)
    else:
        for end, cand in stems:
            if end in _FAMILY_SAFE:
                return _recase(src, cand)
    if _known(w, role):
        return src
    for _, cand in stems:
        if _known(cand, role):
            return _recase(src, cand)
    return src


def _oblique_context_sex(family: str | None, patronymic: str | None) -> str | None:
    """'M' or 'F' when the surname or patronymic is visibly in an oblique case and shows the sex."""
    if patronymic:
        nom = nominative(patronymic, "patronymic")
        if nom.lower() != normalise(patronymic).lower():
            return _sex_of_patronymic(nom)
    if family:
        nom = nominative(family, "family")
        if nom.lower() != normalise(family).lower():
            # a declined -енко / consonant surname is a man's: women's forms of these do not decline
            return _sex_of_family(nom) or ("M" if not nom.lower().endswith(("а", "я")) else None)
    return None


def nominative_parts(
    given: str | None, family: str | None, patronymic: str | None
) -> tuple[str | None, str | None, str | None]:
    """Undo oblique cases in the three parts of one name together (see ParsedName.nominative)."""
    sex = _oblique_context_sex(family, patronymic)
    g = nominative(given, "given") if given else given
    cyrillic = bool(given) and any("\u0400" <= ch <= "\u04ff" for ch in given or "")
    if given and g == normalise(given) and sex is not None and cyrillic:
        w = normalise(given).lower()
        for end, nom in _GIVEN_BY_LAST.get(w[-1], ()):
            cand = w[: -len(end)] + nom
            rows = diminutives.FULL_INDEX.get(cand, [])
            if w.endswith(end) and len(w) > len(end) + 1 and rows and all(r.sex == sex for r in rows):
                g = _recase(normalise(given), cand)
                break
    f = nominative(family, "family") if family else family
    p = nominative(patronymic, "patronymic") if patronymic else patronymic
    return g, f, p


# masculine ending, feminine ending (Ukrainian and Russian surnames that change with sex)
_GENDER_PAIRS = [
    ("ський", "ська"), ("цький", "цька"), ("зький", "зька"), ("ский", "ская"), ("цкий", "цкая"),
    ("зкий", "зкая"), ("ов", "ова"), ("ев", "ева"), ("єв", "єва"), ("ёв", "ёва"), ("ін", "іна"),
    ("їн", "їна"), ("ин", "ина"), ("ын", "ына"), ("ой", "ая"),
]
# folded Latin endings (see fold.py: y/j -> i, doubled letters collapsed)
_LATIN_GENDER_PAIRS = [("ski", "ska"), ("ski", "skaia"), ("tski", "tska"), ("tski", "tskaia"), ("ov", "ova"),
                       ("ev", "eva"), ("in", "ina")]


_GENDERED_ENDINGS = tuple({e for pair in _GENDER_PAIRS + _LATIN_GENDER_PAIRS for e in pair})


@lru_cache(maxsize=262144)
def gender_forms(family: str) -> frozenset[str]:
    """Both sexes' forms of a surname, lower case (Ковальський/Ковальська; Kovalenko has only itself)."""
    w = normalise(family).lower()
    out = {w}
    cyr = any("\u0400" <= ch <= "\u04ff" for ch in w)
    paired = False
    if w.endswith(_GENDERED_ENDINGS):
        for m, f in _GENDER_PAIRS if cyr else _LATIN_GENDER_PAIRS:
            if w.endswith(f) and len(w) > len(f) + 1:
                out.add(w[: -len(f)] + m)
                paired = True
                break
            if w.endswith(m) and len(w) > len(m) + 1:
                out.add(w[: -len(m)] + f)
                paired = True
                break
    # -ая is both Толстая (Толстой) and Белая (Белый): try the adjective reading as well
    if cyr and len(w) > 3 and (not paired or w.endswith("ая")):
        out |= _adjectival_forms(w)
    return frozenset(out)


def _adjectival_forms(w: str) -> set[str]:
    """Other-sex forms of adjective-like surnames: Білий/Біла, Чорний/Чорна, Белый/Белая, Дикий/Дикая.

    Masculine to feminine is regular; the way back (Біла -> Білий) is taken only when the lexicon knows
    the masculine form, since most surnames in -а are not adjectives.
    """
    if w.endswith("ий"):
        return {w[:-2] + "а", w[:-2] + "ая"}
    if w.endswith("ый"):
        return {w[:-2] + "ая"}
    if w.endswith("ая"):
        return {m for m in (w[:-2] + "ий", w[:-2] + "ый") if lexicon.known(m, "family")}
    if w.endswith("а"):
        m = w[:-1] + "ий"
        return {m} if lexicon.known(m, "family") else set()
    return set()


_MALE_IN_A = frozenset({
    "микола", "ілля", "илья", "кузьма", "лука", "сава", "савва", "хома", "фома", "микита", "никита",
    "данила", "гаврила", "мина", "панько", "левко", "павло", "петро", "дмитро", "данило", "михайло",
    "гаврило", "кирило", "марко", "олекса", "яким",
})


_MALE_IN_A_LATIN = frozenset(to_latin(w) for w in _MALE_IN_A)


def _sex_of_patronymic(p: str) -> str | None:
    w = nominative(p, "patronymic").lower()
    if w.endswith(("ич", "вич", "ovich", "ovych", "evich", "evych", "ich", "ych")):
        return "M"
    if w.endswith(("вна", "ична", "vna", "ichna", "ychna", "inichna")):
        return "F"
    return None


def _sex_of_family(f: str) -> str | None:
    w = normalise(f).lower()
    if w.endswith(("ська", "цька", "зька", "ская", "цкая", "ова", "ева", "єва", "іна", "ина", "ына", "ая",
                   "ska", "skaya", "skaia", "ova", "eva", "ina")):
        return "F"
    if w.endswith(("ський", "цький", "зький", "ский", "цкий", "ов", "ев", "єв", "ін", "ин", "ын",
                   "skyi", "skiy", "sky", "ski", "ov", "ev", "in", "yn")):
        return "M"
    return None


def gender_hint(given: str | None, family: str | None, patronymic: str | None) -> str | None:
    """'M', 'F' or None: the patronymic decides first, then the given name, then the surname's ending."""
    if patronymic:
        sex = _sex_of_patronymic(patronymic)
        if sex:
            return sex
    if given:
        sex = diminutives.sex_of_given(given)
        if sex in ("M", "F"):
            return sex
        w = nominative(given, "given").lower()
        if sex is None and w.endswith(("а", "я")) and w not in _MALE_IN_A:
            return "F"
        if sex is None and not any("\u0400" <= ch <= "\u04ff" for ch in w):
            key = to_latin(w)
            if key.endswith("a") and key not in _MALE_IN_A_LATIN:
                return "F"
    if family:
        return _sex_of_family(family)
    return None
