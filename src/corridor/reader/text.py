"""Split report text into lines and sentences, and find quotations, keeping character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "no",
    "st",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "gov",
    "rep",
    "sen",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.n",
    "u.k",
    "e.g",
    "i.e",
    "vs",
    "approx",
    "inc",
    "corp",
    "p",
    "пл",
    "вул",
    "ул",
    "м",
    "г",
    "р",
    "ст",
    "им",
    "т.д",
    "тис",
    "тыс",
    "млн",
    "млрд",
    "грн",
    "руб",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"”»’']?\s+(?=[\"“«(‼⚡🔴•\-–—]?\s*[A-ZА-ЯІЇЄҐ0-9‼⚡🔴])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    line: int  # index of the line (paragraph) the sentence is in


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their absolute offsets; a line break always ends a sentence."""
    out: list[Sentence] = []
    pos = 0
    for line_no, line in enumerate(text.split("\n")):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cur = 0
        for m in _BOUNDARY.finditer(line):
            before = line[cur : m.start()]
            w = _WORD_BEFORE.search(before)
            if w and w.group(1).lower().rstrip(".") in _ABBREV and line[m.start()] == ".":
                continue
            if w and len(w.group(1)) == 1 and w.group(1).isupper():
                continue  # an initial: "Joe R. Biden"
            end = m.start() + len(m.group(0).rstrip())
            _add(out, text, line_start + cur, line_start + end, line_no)
            cur = m.end()
        _add(out, text, line_start + cur, line_start + len(line), line_no)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, line_no: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], line_no))


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening quotation mark
    end: int  # offset just after the closing mark (or the end of the line when unclosed)
    closed: bool
    continues: bool  # the line opens with a quote continuing an unclosed one from the line above


_OPEN = {"“": "”", "«": "»", '"': '"', "„": "“"}
_OPEN_RE = re.compile("[" + "".join(_OPEN) + "]")


def find_quotes(text: str) -> list[Quote]:
    """Quotations, line by line; news style leaves a quote open at a paragraph end when it goes on."""
    quotes: list[Quote] = []
    pos = 0
    prev_open = False
    for line in text.split("\n"):
        i, n = 0, len(line)
        first = True
        this_open = False
        while i < n:
            # jump to the next opening mark (a character-by-character loop was a long article's cost)
            nxt = _OPEN_RE.search(line, i)
            if nxt is None:
                break
            i = nxt.start()
            ch = line[i]
            if ch in _OPEN and (ch != '"' or _opens(line, i)):
                close = _OPEN[ch]
                j = line.find(close, i + 1)
                starts_line = not line[:i].strip()
                continues = first and starts_line and prev_open
                if j == -1:
                    quotes.append(Quote(pos + i, pos + n, False, continues))
                    this_open = True
                    break
                quotes.append(Quote(pos + i, pos + j + 1, True, continues))
                i = j + 1
                first = False
                continue
            i += 1
        prev_open = this_open
        pos += n + 1
    return quotes


def _opens(line: str, i: int) -> bool:
    """A straight quote opens when it is not glued to the end of a word."""
    return i == 0 or not line[i - 1].isalnum()
