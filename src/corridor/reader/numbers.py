"""Find quantities in English, Ukrainian and Russian text and normalise them to a value or range."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .fastre import FoldedPattern, OriginalMatch, compile_lowered, lowered
from .lexicon import MONTHS_RE

AP = "['’ʼ]"  # Ukrainian apostrophe variants inside number words (п'ять, дев'ять)


@dataclass(frozen=True)
class Quantity:
    """A number as written in the text, normalised."""

    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None  # about, at least, more than, up to, nearly, fewer than, vague, or None (exact)
    start: int
    end: int
    surface: str
    core_start: int  # where the number itself starts (after the qualifier)


# --- word numbers -------------------------------------------------------------------------------


def _word_table() -> dict[str, tuple[int, str]]:
    """word -> (value, kind); kind: 'n' (adds), 'h' (multiplies the small part by 100), 's' (scale)."""
    t: dict[str, tuple[int, str]] = {}
    en_units = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
    for i, w in enumerate(en_units, 1):
        t[w] = (i, "n")
    for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2):
        t[w] = (i * 10, "n")
    t.update(
        {
            "dozen": (12, "n"),
            "hundred": (100, "h"),
            "thousand": (1000, "s"),
            "million": (10**6, "s"),
            "billion": (10**9, "s"),
        }
    )
    uk = {
        1: "один одна одне одного однієї одному",
        2: "два дві двох двом",
        3: "три трьох трьом",
        4: "чотири чотирьох",
        5: "п'ять п'яти п'ятьох",
        6: "шість шести шістьох",
        7: "сім семи сімох",
        8: "вісім восьми вісьмох",
        9: "дев'ять дев'яти",
        10: "десять десяти",
        11: "одинадцять",
        12: "дванадцять",
        13: "тринадцять",
        14: "чотирнадцять",
        15: "п'ятнадцять",
        16: "шістнадцять",
        17: "сімнадцять",
        18: "вісімнадцять",
        19: "дев'ятнадцять",
        20: "двадцять двадцяти",
        30: "тридцять тридцяти",
        40: "сорок сорока",
        50: "п'ятдесят п'ятдесяти",
        60: "шістдесят",
        70: "сімдесят",
        80: "вісімдесят",
        90: "дев'яносто",
        100: "сто ста",
        200: "двісті двохсот",
        300: "триста трьохсот",
        400: "чотириста чотирьохсот",
        500: "п'ятсот п'ятисот",
        600: "шістсот",
        700: "сімсот",
        800: "вісімсот",
        900: "дев'ятсот",
    }
    ru = {
        1: "один одна одно одного одной",
        2: "два две двух",
        3: "три трех трёх",
        4: "четыре четырех четырёх",
        5: "пять пяти",
        6: "шесть шести",
        7: "семь семи",
        8: "восемь восьми",
        9: "девять девяти",
        10: "десять десяти",
        11: "одиннадцать",
        12: "двенадцать",
        13: "тринадцать",
        14: "четырнадцать",
        15: "пятнадцать",
        16: "шестнадцать",
        17: "семнадцать",
        18: "восемнадцать",
        19: "девятнадцать",
        20: "двадцать двадцати",
        30: "тридцать тридцати",
        40: "сорок сорока",
        50: "пятьдесят пятидесяти",
        60: "шестьдесят",
        70: "семьдесят",
        80: "восемьдесят",
        90: "девяносто",
        100: "сто ста",
        200: "двести двухсот",
        300: "триста трехсот трёхсот",
        400: "четыреста четырехсот",
        500: "пятьсот пятисот",
        600: "шестьсот",
        700: "семьсот",
        800: "восемьсот",
        900: "девятьсот",
    }
    # Collective numerals count people: "загинули четверо", "погибли трое", "двоє дітей".
    collective = {
        2: "двоє двое",
        3: "троє трьох трое",
        4: "четверо",
        5: "п'ятеро пятеро",
        6: "шестеро",
        7: "семеро",
        8: "восьмеро",
        9: "дев'ятеро девятеро",
        10: "десятеро",
    }
    for table in (uk, ru, collective):
        for value, words in table.items():
            for w in words.split():
                t[w] = (value, "n")
    for w in [
        "тисяча",
        "тисячі",
        "тисяч",
        "тисячу",
        "тисячах",
        "тисячами",
        "тысяча",
        "тысячи",
        "тысяч",
        "тысячу",
        "тысячах",
        "тысячами",
    ]:
        t[w] = (1000, "s")
    for w in ["мільйон", "мільйона", "мільйони", "мільйонів", "миллион", "миллиона", "миллионов"]:
        t[w] = (10**6, "s")
    return t


WORDS = _word_table()
# Plural scale words mean "thousands" (vague) when no number stands before them.
_VAGUE_SCALES = {
    "тисячі",
    "тысячи",
    "мільйони",
    "мільйонів",
    "миллионы",
    "миллионов",
    "thousands",
    "hundreds",
}


def _word_alt() -> str:
    forms = sorted(WORDS, key=len, reverse=True)
    return "|".join(re.escape(f).replace("'", AP) for f in forms)


@lru_cache(maxsize=1)
def _vague_table() -> list[tuple[str, int, int, int]]:
    data = json.loads(
        resources.files("corridor.reader").joinpath("data/vague_numbers.json").read_text("utf-8")
    )
    rows = []
    for entry in data["entries"]:
        for phrase in entry["phrases"]:
            rows.append((phrase, entry["value"], entry["low"], entry["high"]))
    rows.sort(key=lambda r: len(r[0]), reverse=True)
    return rows


_MULT = {
    "million": 10**6,
    "millions": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "bn": 10**9,
    "billion": 10**9,
    "thousand": 1000,
    "k": 1000,
    "тис": 1000,
    "тисяча": 1000,
    "тисячі": 1000,
    "тисяч": 1000,
    "тисячу": 1000,
    "тыс": 1000,
    "тысяча": 1000,
    "тысячи": 1000,
    "тысяч": 1000,
    "тысячу": 1000,
    "тисячах": 1000,
    "тисячами": 1000,
    "тысячах": 1000,
    "тысячами": 1000,
    "млн": 10**6,
    "мільйон": 10**6,
    "мільйона": 10**6,
    "мільйони": 10**6,
    "мільйонів": 10**6,
    "миллион": 10**6,
    "миллиона": 10**6,
    "миллионов": 10**6,
}
_MULT_ALT = "|".join(sorted((re.escape(k) for k in _MULT), key=len, reverse=True))

_DIGITS = (
    r"(?P<int>\d{1,3}(?:(?:,|\u00a0|\u202f|\u2009| )\d{3})+(?![\d])|\d+)"
    r"(?P<frac>[.,]\d+)?"
    rf"(?:\s?(?P<mult>{_MULT_ALT})(?:(?<=тис|тыс|млн)\.)?(?![\w])(?:\s(?P<rest>\d{{1,3}})(?![\d.,]))?)?"
)


@lru_cache(maxsize=1)
def _core_re() -> re.Pattern[str]:
    vague = "|".join(re.escape(p) for p, *_ in _vague_table())
    words = _word_alt()
    word_seq = rf"(?:(?:an?|a)\s+)?(?:{words})(?:(?:\s+|-|\s+and\s+|\s+і\s+)(?:{words}))*"
    return re.compile(
        rf"(?<![\w.,])(?:(?P<digits>{_DIGITS})|(?P<vague>(?:{vague}))(?!\w)|(?P<words>{word_seq})(?!\w))",
        re.IGNORECASE,
    )


_QUALIFIERS: list[tuple[str, str]] = [
    (
        "more than",
        (
            r"more than|over|upwards of|in excess of|just over|well over|понад|більше ніж|більш ніж|"
            r"більше|более чем|более|свыше|больше|превысило|превысила|превысил|перевищило|перевищила|"
            r"перевищив"
        ),
    ),
    (
        "at least",
        (
            r"at least|no fewer than|no less than|a minimum of|щонайменше|щонайменш|не менше ніж|"
            r"не менше|принаймні|по меньшей мере|как минимум|не менее|минимум"
        ),
    ),
    ("nearly", r"nearly|almost|close to|just under|майже|почти|чи не"),
    (
        "about",
        (
            r"about|around|roughly|some|approximately|an estimated|estimated|близько|приблизно|"
            r"орієнтовно|около|примерно|порядка|ориентировочно"
        ),
    ),
    ("up to", r"up to|as many as|до"),
    ("fewer than", r"fewer than|less than|under|менше ніж|менше|менее|меньше"),
]
# The word-list tests around each number run on the lower-cased text when that is exact (fastre).
_QUAL_RE = FoldedPattern(
    r"(?<!\w)(?:" + "|".join(f"(?P<q{i}>{alt})" for i, (_, alt) in enumerate(_QUALIFIERS)) + r")\s+$"
)

_UNIT_AFTER = FoldedPattern(
    r"\s*(?:%|-?\s?per\s?cent|percent|відсот|процент|km\b|kilomet|miles?\b|mi\b|км\b|кілометр|километр|"
    r"metres?\b|meters?\b|years?\b|year-old|-year|рок|лет\b|років|hours?\b|годин|часов|час\b|minutes?\b|"
    r"хвилин|минут|days?\b|днів|дні\b|дня\b|днями|діб|доби|добу|сут|weeks?\b|тижн|недел|months?\b|"
    r"місяц|месяц|tonnes?\b|tons?\b|тонн|kg\b|кг\b|litres?\b|грн|hryvnias?|dollars?|euros?|€|\$|am\b|pm\b|"
    r"a\.m|p\.m|:\d|th\b|st\b|nd\b|rd\b|-?[йгї]\b|-го\b|-th|°|x\d|/\d|times\b|разів|раз\b|"
    r"generations?|storey|floors?\b|поверх|этаж|\.\d|-\d+\s?%)"
)
_ID_BEFORE = re.compile(
    r"(?:No\.?|№|#|number|hospital|school|лікарня|лікарні|больница|больницы|школа|школи|школы|update|"
    r"Flash Update|Situation Report|report|звіт|[A-Za-zА-Яа-яІіЇїЄє]-|\d:)\s*$",
    re.IGNORECASE,
)
_DATE_BEFORE = FoldedPattern(rf"(?:{MONTHS_RE})\.?\s*$")
_DATE_AFTER = FoldedPattern(rf"\s*(?:(?:and|to|–|-|—|і|та|и|or)\s*\d{{1,2}}\s*)?(?:{MONTHS_RE})(?!\w)")


def _parse_int(s: str) -> int:
    return int(re.sub(r"[^\d]", "", s))


def _digits_value(m: OriginalMatch) -> float | None:
    raw_int, frac, mult, rest = m.group("int") or "", m.group("frac"), m.group("mult"), m.group("rest")
    value = float(_parse_int(raw_int))
    if frac:
        sep, digits = frac[0], frac[1:]
        if sep == "," and len(digits) == 3 and not mult:
            value = float(_parse_int(raw_int + digits))  # "3,270" is a thousands separator
        else:
            value = float(f"{_parse_int(raw_int)}.{digits}")
    if mult:
        key = mult.lower().rstrip(".")
        # "4.1 million" in binary floating point is 4099999.9999999995: round to what was written.
        value = round(value * _MULT.get(key, 1), 6)
        if rest and _MULT.get(key) == 1000:
            value += int(rest)
    return float(round(value)) if abs(value - round(value)) < 1e-6 else value


def _words_value(text: str) -> tuple[float | None, bool]:
    """(value, vague) for a sequence of number words."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower().replace("’", "'").replace("ʼ", "'")) if t]
    tokens = [t for t in tokens if t not in ("and", "і")]
    if tokens and tokens[0] in ("a", "an"):
        tokens = tokens[1:]
        if not tokens or WORDS.get(tokens[0], (0, "n"))[1] == "n" and tokens[0] != "dozen":
            return None, False
    if len(tokens) == 1 and tokens[0] in _VAGUE_SCALES:
        return None, True
    total, current = 0, 0
    for tok in tokens:
        if tok not in WORDS:
            return None, False
        value, kind = WORDS[tok]
        if kind == "n":
            current += value
        elif kind == "h":
            current = max(current, 1) * value
        else:
            total += max(current, 1) * value
            current = 0
    return float(total + current), False


_TOKEN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    """Lower-case first word pieces a quantity can start with (up to an apostrophe: п'ять -> п)."""
    words = set(WORDS) | {"a", "an"} | {p.split()[0] for p, *_ in _vague_table()}
    return frozenset(re.split(r"['’ʼ]", w)[0] for w in words)


@lru_cache(maxsize=1)
def _core_lowered() -> re.Pattern[str] | None:
    return compile_lowered(_core_re().pattern, re.IGNORECASE)


def _core_matches(text: str) -> Iterator[OriginalMatch]:
    """The matches ``_core_re().finditer(text)`` gives, trying the pattern only where a word that can
    start a quantity starts: the big word alternation is slow to try at every character. On the
    lower-cased copy when that is exact (fastre); groups are read from ``text``."""
    rx, scanned = _core_re(), text
    folded, low = _core_lowered(), lowered(text)
    if low is not None and folded is not None:
        rx, scanned = folded, low
    starters = _starters()
    pos = 0
    for tm in _TOKEN.finditer(text):
        start = tm.start()
        if start < pos:
            continue
        tok = tm.group()
        if not (tok[0].isdigit() or tok.lower() in starters):
            continue
        m = rx.match(scanned, start)
        if m is not None:
            pos = m.end()
            yield OriginalMatch(text, m)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in the text that could be a count (dates, percentages, units and ids left out)."""
    out: list[Quantity] = []
    folded = lowered(text)
    unit_after, unit_s = _UNIT_AFTER.pick(text, folded)
    date_before, date_b_s = _DATE_BEFORE.pick(text, folded)
    date_after, date_a_s = _DATE_AFTER.pick(text, folded)
    qual_re, qual_s = _QUAL_RE.pick(text, folded)
    for m in _core_matches(text):
        start, end = m.start(), m.end()
        before = text[max(0, start - 30) : start]
        value: float | None
        low = high = None
        qualifier: str | None = None
        if m.group("digits") is not None:
            if unit_after.match(unit_s[end : end + 24]) or _ID_BEFORE.search(before):
                continue
            if not m.group("mult") and (
                date_before.search(date_b_s[max(0, start - 30) : start])
                or date_after.match(date_a_s[end : end + 24])
            ):
                continue
            raw = m.group("int")
            assert raw is not None
            if not m.group("mult") and re.fullmatch(r"(19|20)\d\d", raw) and not m.group("frac"):
                continue  # a year
            value = _digits_value(m)
        elif m.group("vague") is not None:
            if unit_after.match(unit_s[end : end + 24]):
                continue
            phrase = (m.group("vague") or "").lower()
            row = next((r for r in _vague_table() if r[0] == phrase), None)
            if row is None:
                continue
            value, low, high = float(row[1]), float(row[2]), float(row[3])
            qualifier = "vague"
        else:
            if (
                unit_after.match(unit_s[end : end + 24])
                or _ID_BEFORE.search(before)
                or date_after.match(date_a_s[end : end + 24])
            ):
                continue
            words_text = m.group("words") or ""
            value, vague = _words_value(words_text)
            if vague:
                row = next((r for r in _vague_table() if r[0] == words_text.lower()), None)
                if row is None:
                    continue
                value, low, high, qualifier = float(row[1]), float(row[2]), float(row[3]), "vague"
            if value is None:
                continue
        q_start = start
        qm = qual_re.search(qual_s[max(0, start - 24) : start])
        if qm:
            idx = next(i for i in range(len(_QUALIFIERS)) if qm.group(f"q{i}"))
            word = _QUALIFIERS[idx][0]
            q_start = start - (len(text[max(0, start - 24) : start]) - qm.start())
            if qualifier == "vague":
                # "over a thousand" stays exact-ish; "more than hundreds" is still vague: keep bounds.
                qualifier = word if word in ("more than", "at least") else "vague"
                low = value if qualifier != "vague" else low
                high = None if qualifier != "vague" else high
            else:
                qualifier = word
        if qualifier is None:
            low = high = value
        elif qualifier in ("about",):
            low = high = None
        elif qualifier in ("at least", "more than"):
            low, high = value, None
        elif qualifier in ("up to", "nearly", "fewer than"):
            low, high = None, value
        out.append(Quantity(value, low, high, qualifier, q_start, end, text[q_start:end], start))
    return _merge_ranges(text, out)


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|до|і|и)\s*$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"(?:between|from|від|між|от|между)\s+$", re.IGNORECASE)


def _merge_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Join "between 1,000 and 1,200" / "1,000-1,200" into one ranged quantity."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs):
            n = qs[i + 1]
            gap = text[q.end : n.start]
            joined = _RANGE_JOIN.fullmatch(gap) or gap in ("-", "–", "—")
            before = text[max(0, q.start - 12) : q.start]
            explicit = bool(_RANGE_BEFORE.search(before)) or gap.strip() in ("-", "–", "—")
            if (
                joined
                and explicit
                and q.value is not None
                and n.value is not None
                and q.value < n.value
                and q.qualifier is None
                and n.qualifier is None
            ):
                b = _RANGE_BEFORE.search(before)
                start = q.start - (len(before) - b.start()) if b else q.start
                out.append(
                    Quantity(None, q.value, n.value, "range", start, n.end, text[start : n.end], q.core_start)
                )
                i += 2
                continue
        out.append(q)
        i += 1
    return out
