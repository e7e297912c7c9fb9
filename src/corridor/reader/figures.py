"""Turn one report's text into sourced figures: how many of what, where, when, who says so."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import places as _places
from .lexicon import CATEGORY_RES, COUNTED, COUNTED_AFTER, DOUBT_NEXT, HEDGES, PEOPLE, VEHICLES
from .model import Figure, PlaceRef, Report, SourceRef, TimeRef
from .numbers import Quantity, find_quantities
from .sources import (
    Attribution,
    Tracker,
    channel_of,
    denial,
    header_source,
    next_sentence_source,
    quote_speaker,
    sentence_attributions,
)
from .text import Quote, Sentence, find_quotes, split_sentences
from .times import find_time

_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RU_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_COORD = re.compile(r"(?:^|\s|,)(?:and|і|й|та|и|,)(?:\s|$)", re.IGNORECASE)
_COMPARE = re.compile(
    r"(?:down|up) from|compared (?:with|to)|порівняно з|по сравнению с|"
    r"the (?:figure|number|toll) (?:was|is|stood at|at)",
    re.IGNORECASE,
)
_CONVOY_OF = re.compile(
    r"(?:convoy|column|fleet|колона|колонна|колону|колонну)\s+(?:of|з|із|из)\s+$", re.IGNORECASE
)
_PART = re.compile(
    r"(?<!\w)(?:including|among them|of whom|of them|з них|із них|серед них|у тому числі|в тому числі|"
    r"из них|среди них|в том числе)\s*[:,–—-]?\s*$",
    re.IGNORECASE,
)
_PART_OF = re.compile(r"\s+(?:of|out of|із|з|из)\s+(?:the\s+)?", re.IGNORECASE)
_OF_THESE = re.compile(
    r"(?<!\w)(?:of these|of them|among them|з них|із них|серед них|из них|среди них)(?!\w)", re.IGNORECASE
)
_COUNTED_LEFT = re.compile(
    r"(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(COUNTED)) + r")(?!\w)", re.IGNORECASE
)
_WORD_QTY = re.compile(r"^\D*$")


def detect_lang(text: str) -> str:
    """en, uk or ru from the letters used (good enough to pick word lists; the rules read all three)."""
    cyr = len(_CYRILLIC.findall(text))
    lat = len(_LATIN.findall(text))
    if cyr > lat:
        uk = len(_UK_LETTERS.findall(text))
        ru = len(_RU_LETTERS.findall(text))
        return "uk" if uk >= ru else "ru"
    return "en"


def extract(
    text: str,
    published: dt.date | str | None = None,
    lang: str | None = None,
    meta: dict[str, Any] | None = None,
    gazetteer: Any = None,
) -> list[Figure]:
    """The figures of one report text. ``meta`` may carry outlet, url, origin and first_person."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    meta = meta or {}
    report = Report(
        text=text,
        origin=meta.get("origin") or "",
        published=published,
        lang=lang,
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        first_person=bool(meta.get("first_person")),
    )
    return extract_report(report, gazetteer=gazetteer)


def extract_report(report: Report, gazetteer: Any = None) -> list[Figure]:
    text = report.text
    lang = report.lang or detect_lang(text)
    gz = gazetteer if gazetteer is not None else _places.default_gazetteer()
    sentences = split_sentences(text)
    quotes = find_quotes(text)
    dateline: list[PlaceRef] = []
    mentions = _places.find_mentions(gz, text, lang, dateline)
    pctx = _places.place_context(text, mentions, dateline)
    tracker = Tracker()
    tracker.prescan(text)
    quantities = find_quantities(text)
    lines = text.split("\n")
    line_starts = [0]
    for ln in lines[:-1]:
        line_starts.append(line_starts[-1] + len(ln) + 1)

    doc_source: SourceRef | None = None
    line_source: dict[int, SourceRef] = {}
    first_line = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    quote_src: dict[int, SourceRef | None] = {}
    figures: list[Figure] = []
    fig_sentence: list[int] = []
    prev_fig: Figure | None = None
    qi = 0

    for si, sent in enumerate(sentences):
        ls = line_starts[sent.line]
        if sent.start == ls + (len(lines[sent.line]) - len(lines[sent.line].lstrip())):
            src, whole = header_source(lines[sent.line], tracker)
            if src:
                if whole or sent.line == first_line:
                    doc_source = src
                line_source[sent.line] = src
        atts = sentence_attributions(sent.text, tracker)
        for qt in quotes:
            if sent.start <= qt.start < sent.end and id(qt) not in quote_src:
                quote_src[id(qt)] = _speaker(text, qt, quotes, quote_src, line_starts, lines, sent, tracker)
        den = denial(sent.text, tracker)
        in_sent: list[Quantity] = []
        while qi < len(quantities) and quantities[qi].start < sent.end:
            if quantities[qi].start >= sent.start:
                in_sent.append(quantities[qi])
            qi += 1
        t = find_time(sent.text, report.published) if in_sent or den else None
        time_ref = t[0] if t else None
        denied = False  # a figure of this sentence already carries the denial
        for k, q in enumerate(in_sent):
            nxt = in_sent[k + 1] if k + 1 < len(in_sent) else None
            prv = in_sent[k - 1] if k > 0 else None
            counted = _counted(text, q, sent)
            if counted is None and nxt is not None and _PART_OF.fullmatch(text[q.end : nxt.start]):
                counted = _counted(text, nxt, sent)  # "14 of the 45 buses"
            coordinated = (
                prv is not None
                and fig_sentence
                and fig_sentence[-1] == si
                and _COORD.search(text[prv.end : q.start]) is not None
            )
            if counted is None and _WORD_QTY.match(q.surface) and q.qualifier != "vague" and not coordinated:
                continue  # "one politician", "three weeks": word numbers count only with a noun
            category = _category(
                text,
                sent,
                q,
                prv,
                nxt,
                figures[-1] if prv and figures and fig_sentence and fig_sentence[-1] == si else None,
            )
            if (
                counted in VEHICLES
                and _CONVOY_OF.search(text[max(sent.start, q.start - 20) : q.start])
                and category in (None, "hostage", "trapped", "sheltering", "rescued")
            ):
                category = "vehicles"
            if category is None and prev_fig and _OF_THESE.search(text, sent.start, q.start):
                category = prev_fig.category  # "Among them 1,028 children."
            if (
                category is None
                and counted is None
                and prev_fig
                and len(sent.text.split()) <= 8
                and fig_sentence
                and fig_sentence[-1] == si - 1
            ):
                category, counted = prev_fig.category, prev_fig.counted  # "До Молдови – понад 350 тисяч."
            if category is None and counted in VEHICLES:
                category = (
                    "vehicles"  # buses and cars counted for their own sake: sent, parked, allowed through
                )
            if (
                category is None
                and _COMPARE.search(text[max(sent.start, q.start - 30) : q.start])
                and prev_fig
            ):
                category = prev_fig.category
                counted = counted or prev_fig.counted
            if category is None:
                continue
            if counted is None:
                counted = _counted_left(text, q, sent, prv) or (
                    prev_fig.counted if prev_fig and prev_fig.category == category else None
                )
            if counted == "bodies" and category in ("rescued", "evacuated", "arrived"):
                category = "killed"  # bodies recovered or taken away are the dead
            if counted in VEHICLES and category in ("hostage", "trapped", "sheltering", "rescued"):
                category = "vehicles"
            if category == "vehicles" and counted not in VEHICLES and counted is not None:
                continue
            prev_start = sentences[si - 1].start if si > 0 and sentences[si - 1].line == sent.line else None
            if prev_start is None and si > 0:
                prev_start = sentences[si - 1].start
            others = [(o.start, _counted_match(text, o, sent)[1]) for o in in_sent if o is not q]
            place = _places.choose_place(
                pctx,
                sent.start,
                sent.end,
                q.start,
                _counted_match(text, q, sent)[1],
                category,
                prev_start,
                others,
            )
            category = _places.refine_category(pctx, category, place, sent.start, sent.end)
            facility = _places.find_facility(sent.text, q.core_start - sent.start)
            src, stance = _source_for(q, sent, atts, quotes, quote_src, line_source, doc_source)
            if src is None and prev_fig and _OF_THESE.search(text, sent.start, q.start):
                src, stance = prev_fig.source, prev_fig.stance
            if src is None and report.first_person and report.outlet:
                src = SourceRef(report.outlet, None, None, "Telegram")
            if (
                den
                and q.start - sent.start > den[1]
                and not any(den[1] <= a.start < q.start - sent.start for a in atts)
            ):
                stance = "denial"
                src = den[0] or src
            hedge = _hedge(sent, q)
            fig = Figure(
                value=q.value,
                low=q.low,
                high=q.high,
                surface=q.surface,
                qualifier=q.qualifier,
                category=category,
                counted=counted,
                place=place,
                facility=facility,
                time=time_ref,
                source=src,
                stance=stance,
                hedge=hedge,
                span=(q.start, q.end),
                report=report.origin or None,
                published=report.published,
            )
            figures.append(fig)
            fig_sentence.append(si)
            prev_fig = fig
            denied = denied or stance == "denial"
        if den and not denied:
            if den[0] is None and atts:
                den = (atts[0].source, den[1])
            figures.append(_denial_item(text, sent, den, mentions, report, time_ref, sentences, si))
            fig_sentence.append(si)
    _next_sentence_pass(figures, fig_sentence, sentences, tracker)
    return figures


def _speaker(
    text: str,
    q: Quote,
    quotes: list[Quote],
    quote_src: dict[int, SourceRef | None],
    line_starts: list[int],
    lines: list[str],
    sent: Sentence,
    tracker: Tracker,
) -> SourceRef | None:
    ls = line_starts[sent.line]
    le = ls + len(lines[sent.line])
    src = quote_speaker(text, q.start, q.end, ls, le, tracker)
    if src is None and q.continues:
        earlier = [p for p in quotes if p.end <= q.start]
        if earlier:
            src = quote_src.get(id(earlier[-1]))
    if src is not None:
        tracker.note(src)
    return src


def _category(
    text: str,
    sent: Sentence,
    q: Quantity,
    prv: Quantity | None,
    nxt: Quantity | None,
    prev_fig: Figure | None,
) -> str | None:
    if prv and prev_fig and _PART.search(text[prv.end : q.start]):
        return prev_fig.category  # "3,846 people …, including 1,553 from Mariupol": part of the same count
    left = max(sent.start, prv.end if prv else sent.start, q.start - 90)
    right = min(sent.end, nxt.start if nxt else sent.end, q.end + 140)
    best = _best_cue(text, left, right, q)
    if best:
        return best
    if prv and prev_fig and _COORD.search(text[prv.end : q.start]):
        return prev_fig.category
    return _best_cue(text, max(sent.start, q.start - 90), min(sent.end, q.end + 160), q)


def _best_cue(text: str, left: int, right: int, q: Quantity) -> str | None:
    best: tuple[float, str] | None = None
    for cat, rx, rank in CATEGORY_RES:
        for m in rx.finditer(text, left, right):
            if m.start() < q.end and m.end() > q.start:
                continue
            if m.start() >= q.end:
                d = float(m.start() - q.end)
            else:
                d = (q.start - m.end()) * 1.5  # English puts the predicate after the figure
            score = d + 15 * rank
            if best is None or score < best[0]:
                best = (score, cat)
    return best[1] if best else None


def _counted(text: str, q: Quantity, sent: Sentence) -> str | None:
    return _counted_match(text, q, sent)[0]


def _counted_match(text: str, q: Quantity, sent: Sentence) -> tuple[str | None, int]:
    """The counted noun right after the number, and where the noun phrase ends."""
    m = COUNTED_AFTER.match(text, q.end, sent.end)
    if not m:
        return None, q.end
    for i, (_, canon) in enumerate(COUNTED):
        if m.group(f"c{i}"):
            return canon, m.end()
    return None, q.end


def _counted_left(text: str, q: Quantity, sent: Sentence, prv: Quantity | None) -> str | None:
    """A counted noun before the number ("Mariupol residents …, and at least 200,000 are"), not past
    another number (that noun is the other number's)."""
    best = None
    for m in _COUNTED_LEFT.finditer(text, max(sent.start, q.start - 80, prv.end if prv else 0), q.start):
        for i, (_, canon) in enumerate(COUNTED):
            if m.group(f"c{i}"):
                best = canon
    return best if best in PEOPLE else None


def _source_for(
    q: Quantity,
    sent: Sentence,
    atts: list[Attribution],
    quotes: list[Quote],
    quote_src: dict[int, SourceRef | None],
    line_source: dict[int, SourceRef],
    doc_source: SourceRef | None,
) -> tuple[SourceRef | None, str]:
    for qt in quotes:
        if qt.start < q.start < qt.end:
            src = quote_src.get(id(qt))
            if src:
                return src, "claim"
    if atts:
        rel = q.start - sent.start

        def dist(a: Attribution) -> float:
            if a.end <= rel:
                return rel - a.end
            return (a.start - rel) * 0.8  # attribution after the figure is the news default

        best = min(atts, key=dist)
        if best.end <= rel:
            # A relay, "X said Y told them that N": the source on the record is the outermost speaker.
            for a in atts:
                if a is best:
                    break
                between = sent.text[a.end : best.start]
                if (
                    a.stance == "claim"
                    and re.fullmatch(r"[^,;:]*", between)
                    and not re.search(r"(?<!\w)(?:while|and|but|as|when|whereas|і|а|и|но)(?!\w)", between)
                ):
                    return a.source, a.stance
        return best.source, best.stance
    if sent.line in line_source:
        return line_source[sent.line], "claim"
    if doc_source:
        return doc_source, "claim"
    return None, "claim"


def _hedge(sent: Sentence, q: Quantity) -> str | None:
    for m in HEDGES.finditer(sent.text):
        a, b = sent.start + m.start(), sent.start + m.end()
        if a < q.end and b > q.start:
            continue
        return m.group(0).lower()
    return None


def _denial_item(
    text: str,
    sent: Sentence,
    den: tuple[SourceRef | None, int],
    mentions: list[Any],
    report: Report,
    time_ref: TimeRef | None,
    sentences: list[Sentence],
    si: int,
) -> Figure:
    """A denial without a number ("Russia denies targeting civilians") still stands against claims."""
    tail_start = sent.start + den[1]
    category = _best_cue(
        text, tail_start, sent.end, Quantity(None, None, None, None, tail_start, tail_start, "", tail_start)
    )
    if category == "vehicles":
        category = None
    # A denial is about what the report is about: a city it names, else the city the report names most.
    settlements = [m for m in mentions if m.place.kind == "settlement"]
    here = [m for m in settlements if sent.start <= m.start < sent.end]
    place = here[0].place if here else None
    if place is None and settlements:
        counts: dict[Any, int] = {}
        for m in settlements:
            counts[m.place] = counts.get(m.place, 0) + 1
        place = max(counts, key=lambda p: counts[p])
    del sentences, si
    return Figure(
        value=None,
        low=None,
        high=None,
        surface=sent.text,
        qualifier=None,
        category=category,
        counted=None,
        place=place,
        facility=_places.find_facility(sent.text, den[1]),
        time=time_ref,
        source=den[0],
        stance="denial",
        hedge=None,
        span=(sent.start, sent.end),
        report=report.origin or None,
        published=report.published,
    )


def _next_sentence_pass(
    figures: list[Figure], fig_sentence: list[int], sentences: list[Sentence], tracker: Tracker
) -> None:
    """Attribution and doubt that come in the sentence after the figure, and channels said later."""
    by_sentence: dict[int, list[Figure]] = {}
    for f, si in zip(figures, fig_sentence):
        by_sentence.setdefault(si, []).append(f)
    for si, figs in by_sentence.items():
        if si + 1 >= len(sentences):
            continue
        nxt = sentences[si + 1].text
        src = next_sentence_source(nxt, tracker)
        doubt = DOUBT_NEXT.search(nxt)
        channel = (
            channel_of(nxt)
            if re.search(r"(?<!\w)(?:he|she|it|they|він|вона|вони|он|она|они)(?!\w)", nxt, re.IGNORECASE)
            else None
        )
        for f in figs:
            if src and f.source is None:
                f.source = src
            if doubt and f.hedge is None:
                f.hedge = doubt.group(0).lower()
            if channel and f.source and f.source.channel is None:
                f.source = SourceRef(f.source.name, f.source.role, f.source.organisation, channel)
