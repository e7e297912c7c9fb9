"""Turn one report's text into sourced figures: how many of what, where, when, who says so."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import places as _places
from .categories import COORD, CueIndex, best_cue, category_of
from .continuation import continuation_pass, next_sentence_pass
from .fastre import compile_guarded, lowered
from .lexicon import COUNTED, COUNTED_AFTER, HEDGES, PEOPLE, VEHICLES
from .model import Figure, PlaceRef, Report, SourceRef, TimeRef
from .numbers import Quantity, find_quantities
from .sources import (
    Attribution,
    Tracker,
    denial,
    header_source,
    quote_speaker,
    sentence_attributions,
)
from .text import Quote, Sentence, find_quotes, split_sentences
from .times import find_time

_NOT_UK = re.compile(r"[^іїєґІЇЄҐ]+")
_NOT_RU = re.compile(r"[^ыэъёЫЭЪЁ]+")
_NOT_CYRILLIC = re.compile(r"[^\u0400-\u04ff]+")
_NOT_LATIN = re.compile(r"[^A-Za-z]+")
_COMPARE = re.compile(
    r"(?:down|up) from|compared (?:with|to)|порівняно з|по сравнению с|"
    r"the (?:figure|number|toll) (?:was|is|stood at|at)",
    re.IGNORECASE,
)
_CONVOY_OF = re.compile(
    r"(?:convoy|column|fleet|колона|колонна|колону|колонну)\s+(?:of|з|із|из)\s+$", re.IGNORECASE
)
_PART_OF = re.compile(r"\s+(?:of|out of|із|з|из)\s+(?:the\s+)?", re.IGNORECASE)
_OF_THESE = re.compile(
    r"(?<!\w)(?:of these|of them|among them|з них|із них|серед них|из них|среди них)(?!\w)", re.IGNORECASE
)
_COUNTED_LEFT = compile_guarded(
    r"(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(COUNTED)) + r")(?!\w)", re.IGNORECASE
)
_WORD_QTY = re.compile(r"^\D*$")
# "Ten of them died", "двоє з них": a word number with a partitive counts like one with a noun.
_PARTITIVE_AFTER = re.compile(
    r"\s+(?:of\s+(?:them|these|those)|з\s+них|із\s+них|из\s+них)(?!\w)", re.IGNORECASE
)
# A number that is the base of a fraction or a population size is not a count of people affected:
# "half of the 285,000 pre-war population", "a third of its 40,000 residents".
_FRACTION_BEFORE = re.compile(
    r"(?:half|third|quarter|two-thirds|\d+\s?%|per\s?cent|половин\w*|третин\w*|треть|четверть|чверть)"
    r"\s+(?:of|з|із|из|от)?\s*(?:the|its|their|a|an|всього|всего)?\s*$",
    re.IGNORECASE,
)
_POPULATION_AFTER = re.compile(
    r"[\s-]*(?:(?:pre-?war|prewar|former|total|original|довоєнн\w*|довоенн\w*)\s+)?"
    r"(?:population|inhabitants before|населення|населения)",
    re.IGNORECASE,
)
# Vehicles sent, planned or expected for an evacuation are counted for their own sake.
_VEHICLES_SENT = re.compile(
    r"(?<!\w)(?:sent|dispatched|(?:expected|scheduled|due|planned|set|were|are|was|is) to (?:leave|go|depart|arrive)|"
    r"to evacuate|to collect|to pick up|for evacuation|for (?:our|the) residents|відправ\w*|направ\w*|"
    r"отправ\w*|виділ\w*|выдел\w*|для евакуації|для эвакуации)(?!\w)",
    re.IGNORECASE,
)


def detect_lang(text: str) -> str:
    """en, uk or ru from the letters used (good enough to pick word lists; the rules read all three)."""
    # Counting by deleting the other characters builds one string in C instead of a list per letter.
    cyr = len(_NOT_CYRILLIC.sub("", text))
    lat = len(_NOT_LATIN.sub("", text))
    if cyr > lat:
        uk = len(_NOT_UK.sub("", text))
        ru = len(_NOT_RU.sub("", text))
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
    pctx = _places.place_context(text, mentions, dateline, gz)
    tracker = Tracker()
    tracker.prescan(text)
    quantities = find_quantities(text)
    cues = CueIndex(text)
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
    speakers: dict[int, SourceRef] = {}  # sentence -> the source its own attribution names
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
        if in_sent or den:
            cues.add_sentence(sent.start, sent.end)
        t = find_time(sent.text, report.published) if in_sent or den else None
        time_ref = t[0] if t else None
        denied = False  # a figure of this sentence already carries the denial
        # the counted noun after each number, and where its phrase ends (asked several times below)
        nouns = {o.start: _counted_match(text, o, sent) for o in in_sent}
        facilities = _places.facilities_in(sent.text) if in_sent else []
        hedges = _hedges_in(sent) if in_sent else []
        for k, q in enumerate(in_sent):
            nxt = in_sent[k + 1] if k + 1 < len(in_sent) else None
            prv = in_sent[k - 1] if k > 0 else None
            counted = nouns[q.start][0]
            if counted is None and nxt is not None and _PART_OF.fullmatch(text[q.end : nxt.start]):
                counted = nouns[nxt.start][0]  # "14 of the 45 buses"
            coordinated = (
                prv is not None
                and fig_sentence
                and fig_sentence[-1] == si
                and COORD.search(text[prv.end : q.start]) is not None
            )
            partitive = _PARTITIVE_AFTER.match(text, q.end) is not None
            if (
                counted is None
                and _WORD_QTY.match(q.surface)
                and q.qualifier != "vague"
                and not coordinated
                and not partitive
            ):
                continue  # "one politician", "three weeks": word numbers count only with a noun
            if _FRACTION_BEFORE.search(
                text, max(sent.start, q.start - 30), q.start
            ) or _POPULATION_AFTER.match(text, nouns[q.start][1]):
                continue
            category = category_of(
                text,
                cues,
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
            if (
                counted in VEHICLES
                and category == "evacuated"
                and _VEHICLES_SENT.search(text, q.end, _clause_end(text, q.end, min(sent.end, q.end + 60)))
            ):
                category = "vehicles"  # "45 buses were sent to evacuate civilians"
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
            if counted == "bodies" and category not in ("killed", "under_rubble", "missing"):
                category = "killed"  # bodies recovered, taken away or awaiting identification are the dead
            if counted in VEHICLES and category in ("hostage", "trapped", "sheltering", "rescued"):
                category = "vehicles"
            if category == "vehicles" and counted not in VEHICLES and counted is not None:
                continue
            prev_start = sentences[si - 1].start if si > 0 and sentences[si - 1].line == sent.line else None
            if prev_start is None and si > 0:
                prev_start = sentences[si - 1].start
            others = [(o.start, nouns[o.start][1]) for o in in_sent if o is not q]
            if category == "evacuated" and _places.gone_abroad(
                pctx, sent.start, sent.end, q.start, nouns[q.start][1], others
            ):
                category = "refugees"  # "about 700,000 have gone to Romania"
            place = _places.choose_place(
                pctx,
                sent.start,
                sent.end,
                q.start,
                nouns[q.start][1],
                category,
                prev_start,
                others,
            )
            category = _places.refine_category(pctx, category, place, sent.start, sent.end)
            facility = _places.nearest_facility(facilities, q.core_start - sent.start)
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
            hedge = _hedge(hedges, q)
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
        claims = [a for a in atts if a.stance == "claim"]
        if claims:
            speakers[si] = claims[-1].source
        if den and not denied:
            if den[0] is None and atts:
                den = (atts[0].source, den[1])
            figures.append(_denial_item(text, cues, sent, den, mentions, report, time_ref, sentences, si))
            fig_sentence.append(si)
    next_sentence_pass(figures, fig_sentence, sentences, tracker)
    continuation_pass(text, figures, fig_sentence, sentences, speakers)
    return figures


_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while|і|а|але|и|но)\s|;")


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause that starts at ``start`` ends (at ``end`` at the latest)."""
    m = _NEXT_CLAUSE.search(text, start, end)
    return m.start() if m else end


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


def _hedges_in(sent: Sentence) -> list[tuple[int, int, str]]:
    rx, scanned = HEDGES.pick(sent.text, lowered(sent.text))
    return [(sent.start + m.start(), sent.start + m.end(), m.group(0).lower()) for m in rx.finditer(scanned)]


def _hedge(hedges: list[tuple[int, int, str]], q: Quantity) -> str | None:
    """The sentence's first hedge that is not the figure's own qualifier ("an estimated 2,500")."""
    for a, b, word in hedges:
        if a < q.end and b > q.start:
            continue
        return word
    return None


def _denial_item(
    text: str,
    cues: CueIndex,
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
    category = best_cue(
        cues, tail_start, sent.end, Quantity(None, None, None, None, tail_start, tail_start, "", tail_start)
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
