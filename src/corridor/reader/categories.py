"""Which category a figure has: the cue words around it, weighed by distance and specificity."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .fastre import lowered
from .lexicon import CATEGORY_RES
from .numbers import Quantity
from .text import Sentence

if TYPE_CHECKING:
    from .model import Figure

COORD = re.compile(r"(?:^|\s|,)(?:and|і|й|та|и|,)(?:\s|$)", re.IGNORECASE)
_PART = re.compile(
    r"(?<!\w)(?:including|among them|of whom|of them|з них|із них|серед них|у тому числі|в тому числі|"
    r"из них|среди них|в том числе)\s*[:,–—-]?\s*$",
    re.IGNORECASE,
)
# A relative clause after the counted noun ("101 civilians who had sheltered …") carries a verb that
# describes the people, not the event counted.
_RELATIVE = re.compile(r"(?<!\w)(?:who|which|that|які|котрі|що|которые|которых|кто)(?!\w)", re.IGNORECASE)
_NOUN_ONLY = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}")
_AUXILIARY = re.compile(r"(?<!\w)(?:had|has|have|were|was|are|is|had been|have been)\s+$", re.IGNORECASE)
# A clause boundary: cues beyond it belong to another figure ("200 missing, а понад 3 тисячі вивезли").
_CLAUSE_BREAK = re.compile(
    r"(?:[;]|,\s*(?:а|але|однак|тоді як|while|whereas|but|но|тогда как|в то время как)\s)",
    re.IGNORECASE,
)


def category_of(
    text: str,
    cues: CueIndex,
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
    # The figure's own clause first: a cue across "; " or ", while" belongs to a neighbouring figure.
    c_left, c_right = left, right
    for brk in _CLAUSE_BREAK.finditer(text, left, q.start):
        c_left = brk.end()
    after = _CLAUSE_BREAK.search(text, q.end, right)
    if after:
        c_right = after.start()
    if (c_left, c_right) != (left, right):
        best = best_cue(cues, c_left, c_right, q)
        if best:
            return best
    best = best_cue(cues, left, right, q)
    if best:
        return best
    if prv and prev_fig and COORD.search(text[prv.end : q.start]):
        return prev_fig.category
    return best_cue(cues, max(sent.start, q.start - 90), min(sent.end, q.end + 160), q)


class CueIndex:
    """Every category cue of one report, found in one pass per pattern; a figure then looks up the
    cues of its window instead of scanning the window with every pattern again."""

    def __init__(self, text: str) -> None:
        self.text = text
        low = lowered(text)
        self._scans = [pattern.pick(text, low) for _cat, pattern, _rank in CATEGORY_RES]
        self.cues: list[tuple[str, int, list[int], list[int]]] = [
            (cat, rank, [], []) for cat, _rx, rank in CATEGORY_RES
        ]

    def add_sentence(self, start: int, end: int) -> None:
        """Index the cues of one sentence (only sentences with a figure or a denial are looked at);
        sentences must come in text order."""
        for (rx, scanned), (_c, _r, starts, ends) in zip(self._scans, self.cues):
            for m in rx.finditer(scanned, start, end):
                starts.append(m.start())
                ends.append(m.end())

    def within(self, left: int, right: int) -> Iterator[tuple[str, int, int, int]]:
        """(category, rank, start, end) of the cues lying wholly in [left, right)."""
        for cat, rank, starts, ends in self.cues:
            i = bisect_left(starts, left)
            while i < len(starts) and starts[i] < right:
                if ends[i] <= right:
                    yield cat, rank, starts[i], ends[i]
                i += 1


def _describing_verb(cues: CueIndex, q: Quantity, right: int) -> int | None:
    """Where the verb of a clause that describes the counted people starts, when the sentence's own
    verb for them comes after it: "101 civilians who had sheltered … reached Zaporizhzhia", "44 people
    evacuated over the weekend had reached Zaporizhzhia". None when nothing follows ("food for 2,500
    people who stayed in the town": there the relative clause says what the figure is)."""
    text = cues.text
    after = sorted((a, b) for _c, _r, a, b in cues.within(q.end, right))
    if len(after) < 2:
        return None
    first, (second, _end) = after[0], after[1]
    rel = _RELATIVE.search(text, q.end, min(right, q.end + 40))
    if rel and rel.end() <= first[0]:
        return first[0]
    # a participle right after the counted noun, the finite verb later with its auxiliary
    if _NOUN_ONLY.fullmatch(text, q.end, first[0]) and _AUXILIARY.search(text, first[1], second):
        return first[0]
    return None


def best_cue(cues: CueIndex, left: int, right: int, q: Quantity) -> str | None:
    best: tuple[float, str] | None = None
    rel_verb = _describing_verb(cues, q, right)
    for cat, rank, start, end in cues.within(left, right):
        if start < q.end and end > q.start:
            continue
        if start >= q.end:
            d = float(start - q.end)
            if rel_verb is not None and start == rel_verb:
                d += 120  # the relative clause's own verb
        else:
            d = (q.start - end) * 1.5  # English puts the predicate after the figure
        score = d + 15 * rank
        if best is None or score < best[0]:
            best = (score, cat)
    return best[1] if best else None
