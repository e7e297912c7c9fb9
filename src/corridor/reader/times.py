"""Find the time a figure refers to ("today", "on Monday", "since February 24") and resolve it to dates."""

from __future__ import annotations

import datetime as dt
import re

from .fastre import FoldedPattern, OriginalMatch, lowered
from .lexicon import MONTHS, WEEKDAYS
from .model import TimeRef
from .numbers import WORDS

_DAY = dt.timedelta(days=1)


def _month_of(word: str) -> int | None:
    w = word.lower().rstrip(".")
    for num, alt in MONTHS.items():
        if re.fullmatch(alt, w):
            return num
    return None


def _weekday_of(word: str) -> int | None:
    w = word.lower()
    for num, alt in WEEKDAYS.items():
        if re.fullmatch(alt, w):
            return num
    return None


_MONTH_ALT = "|".join(MONTHS.values())
_WEEKDAY_ALT = "|".join(WEEKDAYS.values())
_NUM_WORD = r"\d+|" + "|".join(
    sorted((re.escape(w) for w in WORDS if WORDS[w][0] < 100), key=len, reverse=True)
)
_UNIT = (
    r"(?P<unit>days?|weeks?|months?|hours?|днів|дні|дня|доби|діб|тижн\w*|місяц\w*|годин\w*|дней|"
    r"суток|недел\w*|месяц\w*|часов|часа)"
)

_PATTERNS: list[tuple[str, str]] = [
    (
        "since_date",
        (
            rf"(?:since|from|з|із|від|с|со)\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_ALT})|"
            rf"(?P<m2>{_MONTH_ALT})\.?\s+(?P<d2>\d{{1,2}}))"
        ),
    ),
    ("between", rf"between\s+(?P<a>\d{{1,2}})\s+and\s+(?P<b>\d{{1,2}})\s+(?P<m>{_MONTH_ALT})"),
    (
        "as_of",
        rf"as of\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_ALT})|(?P<m2>{_MONTH_ALT})\.?\s+(?P<d2>\d{{1,2}}))",
    ),
    ("date", rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_ALT})|(?P<m2>{_MONTH_ALT})\.?\s+(?P<d2>\d{{1,2}}))"),
    (
        "duration",
        (
            rf"(?:for|over|in|during|протягом|впродовж|за|в течение|на протяжении)\s+(?:the\s+)?"
            rf"(?:past|last|минул\w*|останн\w*|последн\w*|прошедш\w*)?\s*(?P<n>{_NUM_WORD})\s+{_UNIT}"
        ),
    ),
    (
        "past_day",
        (
            r"in the past day|over the past day|in the past 24 hours|over the past 24 hours|"
            r"in 24 hours|за (?:минулу |останню )?добу|протягом доби|за (?:прошедшие |последние )?сутки|"
            r"в течение суток"
        ),
    ),
    (
        "past_week",
        (
            r"(?:in|over|for) the past week|this week|across this week|за тиждень|за минулий тиждень|"
            r"за неделю|за прошлую неделю"
        ),
    ),
    ("last_week", r"last week|минулого тижня|на минулому тижні|на прошлой неделе"),
    ("day_before", r"a day earlier|the day before|the previous day|напередодні|накануне"),
    ("yesterday", r"yesterday|вчора|учора|вчера"),
    (
        "today",
        (
            r"today|tonight|this morning|this afternoon|this evening|сьогодні|нині|сегодня|"
            r"as of today"
        ),
    ),
    ("weekday", rf"(?:on|в|у|во)?\s*(?:(?:this|last)\s+)?(?P<wd>{_WEEKDAY_ALT})(?:\s+alone)?"),
    (
        "since_start",
        (
            r"since the (?:start|beginning) of (?:the )?(?:russian )?(?:invasion|war|siege|attack|"
            r"full-scale invasion)|since the (?:russian )?invasion|since the siege began|"
            r"з початку (?:повномасштабного )?(?:вторгнення|війни|облоги)|"
            r"с начала (?:вторжения|войны|осады|спецоперации|военной операции)"
        ),
    ),
    ("so_far", r"so far|to date|досі|наразі|на даний момент|на сегодняшний день|на данный момент"),
]
_COMPILED = [(k, FoldedPattern(rf"(?<!\w)(?:{p})(?!\w)")) for k, p in _PATTERNS]


_LONGEST = 120  # longer than any time expression the patterns above can match


def _date(published: dt.date | None, day: str, month_word: str) -> dt.date | None:
    month = _month_of(month_word)
    if month is None:
        return None
    year = published.year if published else None
    if year is None:
        return None
    try:
        d = dt.date(year, month, int(day))
    except ValueError:
        return None
    if published and d > published + dt.timedelta(days=2):
        d = d.replace(year=year - 1)  # "December 30" read in January
    return d


def _num(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    w = WORDS.get(word.lower())
    return w[0] if w else None


def _unit_days(unit: str) -> int:
    u = unit.lower()
    if u.startswith(("week", "тиж", "нед")):
        return 7
    if u.startswith(("month", "міся", "меся")):
        return 30
    if u.startswith(("hour", "годин", "час")):
        return 0
    return 1


def find_time(sentence: str, published: dt.date | None) -> tuple[TimeRef, int, int] | None:
    """The first time expression of the sentence, resolved; offsets are relative to the sentence."""
    best: tuple[int, str, re.Match[str]] | None = None
    scan_end = len(sentence)
    low = lowered(sentence)
    for kind, pattern in _COMPILED:
        rx, scanned = pattern.pick(sentence, low)
        # Only a match starting before the best so far can win; none is longer than _LONGEST characters.
        hit = rx.search(scanned, 0, scan_end)
        if hit and (best is None or hit.start() < best[0]):
            best = (hit.start(), kind, hit)
            scan_end = min(len(sentence), hit.start() + _LONGEST)
    if best is None:
        return None
    m = OriginalMatch(sentence, best[2])
    kind = best[1]
    surface = m.group(0).strip()
    p = published
    start: dt.date | None = None
    end: dt.date | None = None
    if kind in ("since_date", "as_of", "date"):
        day = m.group("d1") or m.group("d2")
        mon = m.group("m1") or m.group("m2")
        d = _date(p, day, mon)
        if kind == "since_date":
            start, end = d, p
        elif kind == "as_of":
            start, end = None, d
        else:
            start = end = d
    elif kind == "between":
        start, end = _date(p, m.group("a"), m.group("m")), _date(p, m.group("b"), m.group("m"))
    elif kind == "duration":
        n = _num(m.group("n"))
        days = _unit_days(m.group("unit"))
        if p and n is not None:
            start, end = (p - dt.timedelta(days=n * days) if days else p), p
    elif kind == "past_day" and p:
        start, end = p - _DAY, p
    elif kind == "past_week" and p:
        start, end = p - dt.timedelta(days=7), p
    elif kind == "last_week" and p:
        monday = p - dt.timedelta(days=p.weekday())
        start, end = monday - dt.timedelta(days=7), monday - _DAY
    elif kind == "day_before" and p or kind == "yesterday" and p:
        start = end = p - _DAY
    elif kind == "today" and p:
        start = end = p
    elif kind == "weekday" and p:
        wd = _weekday_of(m.group("wd"))
        if wd is not None:
            # News uses the weekday name for the last such day, at most a week back (today included).
            back = (p.weekday() - wd) % 7
            start = end = p - dt.timedelta(days=back)
    elif kind == "since_start" or kind == "so_far":
        start, end = None, p
    return TimeRef(surface, start, end), m.start(), m.end()
