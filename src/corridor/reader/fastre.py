"""Make the reader's big word-list patterns fast without changing a match: a first-character guard,
lower-cased matching where it is exact, and a word-start form the regex engine can scan for in C."""

from __future__ import annotations

import re
from functools import lru_cache
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]  # the parser's modules (Python 3.11+)
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

# Python's regex engine tries a long alternation at every character of the text. A pattern that can
# only start with a few letters gets a look-ahead character class in front: positions whose character
# cannot start a match are rejected before the alternation is tried. The match set is unchanged.

_MAX_RANGE = 512  # a wider class ("any letter") guards nothing worth the cost of building it


_CATEGORY_CHARS = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"}
_category_cache: dict[object, frozenset[str]] = {}


def _category_chars(cat: object) -> frozenset[str]:
    """Every character of the Basic Multilingual Plane that \\d or \\s matches (computed once)."""
    if cat not in _category_cache:
        rx = re.compile(_CATEGORY_CHARS[cat])
        _category_cache[cat] = frozenset(c for c in map(chr, range(0x10000)) if rx.match(c))
    return _category_cache[cat]


def _first_seq(items: list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in items:
        first, nullable = _first_item(op, av)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _first_item(op: object, av: object) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is _c.IN:
        chars: set[str] = set()
        for o, a in av:  # type: ignore[attr-defined]
            if o is _c.LITERAL:
                chars.add(chr(a))
            elif o is _c.RANGE and a[1] - a[0] <= _MAX_RANGE:
                chars.update(chr(c) for c in range(a[0], a[1] + 1))
            elif o is _c.CATEGORY and a in _CATEGORY_CHARS:
                chars |= _category_chars(a)
            else:
                return None, False
        return chars, False
    if op is _c.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in av[1]:  # type: ignore[index]
            first, n = _first_seq(branch.data)
            if first is None:
                return None, False
            out |= first
            nullable = nullable or n
        return out, nullable
    if op is _c.SUBPATTERN:
        return _first_seq(av[3].data)  # type: ignore[index]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        first, nullable = _first_seq(av[2].data)  # type: ignore[index]
        return first, nullable or av[0] == 0  # type: ignore[index]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True
    return None, False


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match can start with, or None when any character could (or a match may be empty)."""
    try:
        first, nullable = _first_seq(_p.parse(pattern, flags).data)
    except Exception:  # noqa: BLE001 - an unforeseen construct only means no guard
        return None
    if first is None or nullable or not first:
        return None
    if flags & re.IGNORECASE:
        first = first | {c.lower() for c in first} | {c.upper() for c in first}
    return first


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` with a look-ahead guard on the first character when one helps."""
    first = first_chars(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    cls = "".join(sorted(re.escape(c) if c in "\\]^-[" else c for c in first))
    # Characters beyond the Basic Multilingual Plane always pass: the class is built from it alone.
    return re.compile(f"(?=[{cls}]|[\U00010000-\U0010ffff])(?:{pattern})", flags)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(?:c|d)" -> ["a", "b(?:c|d)"])."""
    out, depth, cur, i = [], 0, [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur))
    return out


def word_alternation(pattern: str) -> str:
    """The same alternation with its plain-word alternatives folded into a trie ("said|says|say" ->
    "sa(?:id|ys?)"): the engine then tries a few first letters at each position, not every word."""
    alts = split_alternatives(pattern)
    plain = sorted({a.lower() for a in alts if re.fullmatch(r"\w+", a)})
    other = [a for a in alts if not re.fullmatch(r"\w+", a)]
    trie: dict[str, Any] = {}
    for w in plain:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    # Longer special alternatives first is not needed: the trie and the rest are tried in order, and a
    # trie branch is greedy, so "said" never stops at "sa"; the (?!\w) after the group forces whole words.
    parts = ([emit(trie)] if plain else []) + other
    return "|".join(parts)


# Case-insensitive matching costs the regex engine a case fold per character and defeats its quick
# rejection of alternatives; the same pattern run case-sensitively on lower-cased text finds the
# same spans about twice as fast. It is exact when (a) every character the pattern can match
# literally is its own lower case (so IGNORECASE would have matched exactly the lower-cased text),
# (b) lowering keeps the text's length (offsets stay valid), and (c) neither side holds one of the
# characters IGNORECASE treats as equal to another letter beyond simple lower-casing (ı, ſ, Greek,
# old Cyrillic forms). Otherwise the IGNORECASE pattern runs as before. Groups must be read from the
# original text by span: the match's own text is lower-cased.

_CASE_EXTRA: frozenset[str] = frozenset(
    chr(c)
    for k, vs in getattr(_casefix, "_EXTRA_CASES", {}).items()
    for c in (k, *vs)
    if chr(c) not in "isвдостъ"  # ordinary letters: only their odd equivalents are traps
)
_CASE_TRAP = re.compile("[" + "".join(sorted(_CASE_EXTRA)) + "]") if _CASE_EXTRA else None


@lru_cache(maxsize=16)  # the rules ask for the same sentence in turn; too small to span reports
def lowered(text: str) -> str | None:
    """``text.lower()`` when lower-cased matching is exact on it, else None (see above)."""
    low = text.lower()
    if len(low) != len(text) or (_CASE_TRAP is not None and _CASE_TRAP.search(low)):
        return None
    return low


def _lower_only_seq(items: list[tuple[object, object]]) -> bool:
    return all(_lower_only_item(op, av) for op, av in items)


def _plain_lower(c: int) -> bool:
    ch = chr(c)
    return ch.lower() == ch and ch not in _CASE_EXTRA


def _lower_only_item(op: object, av: object) -> bool:
    if op in (_c.LITERAL, _c.NOT_LITERAL):
        return _plain_lower(av)  # type: ignore[arg-type]
    if op is _c.IN:
        for o, a in av:  # type: ignore[attr-defined]
            if o is _c.LITERAL and not _plain_lower(a):
                return False
            if o is _c.RANGE and (
                a[1] - a[0] > _MAX_RANGE or not all(map(_plain_lower, range(a[0], a[1] + 1)))
            ):
                return False
            if o not in (_c.LITERAL, _c.RANGE, _c.CATEGORY, _c.NEGATE):
                return False
        return True
    if op is _c.BRANCH:
        return all(_lower_only_seq(b.data) for b in av[1])  # type: ignore[index]
    if op is _c.SUBPATTERN:
        return av[1] == 0 and av[2] == 0 and _lower_only_seq(av[3].data)  # type: ignore[index]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        return _lower_only_seq(av[2].data)  # type: ignore[index]
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return _lower_only_seq(av[1].data)  # type: ignore[index]
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _lower_only_seq(av.data)  # type: ignore[attr-defined]
    return op in (_c.AT, _c.ANY, _c.CATEGORY)


def compile_lowered(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """``pattern`` compiled (guarded, without IGNORECASE) for lower-cased text, or None when running
    it that way could match differently from IGNORECASE on the original text."""
    flags &= ~re.IGNORECASE
    try:
        ok = _lower_only_seq(_p.parse(pattern, flags).data)
    except Exception:  # noqa: BLE001 - an unforeseen construct only means no lowered variant
        return None
    return compile_guarded(pattern, flags) if ok else None


_WORD_START = r"(?<!\w)(?:"
_SPECIAL = set("\\()[]{}.*+?|^$")
_QUANTIFIERS = set("*+?{")
# Beyond about fifteen first characters the matcher is entered at most letters of a text and the
# guarded form was faster in measurement (the "killed" and "trapped" cue lists).
_MAX_FIRSTS = 15
_CAPTURE = re.compile(r"\((?!\?)|\(\?P<")  # conservative: an escaped "(" also counts


def _closing(pattern: str, i: int) -> int | None:
    """Index of the ")" closing the group whose "(" is at ``i`` (escapes and classes skipped)."""
    depth, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                i += 1 if pattern[i + 1] == "]" else 2  # "[]…]" and "[^]…]": the "]" is a member
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _alternatives(body: str) -> list[str] | None:
    """The top-level alternatives of a group body, or None when it holds a construct this splitter
    does not follow."""
    out, start, i = [], 0, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[" or ch == "(":
            close = _closing(body, i) if ch == "(" else _class_end(body, i)
            if close is None:
                return None
            i = close + 1
            continue
        if ch == "|":
            out.append(body[start:i])
            start = i + 1
        i += 1
    out.append(body[start:])
    return out


def _class_end(pattern: str, i: int) -> int | None:
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "]":
            return j
        j += 1
    return None


def _literal_first(alt: str) -> list[str] | None:
    """``alt`` as alternatives that each start with a plain literal character (a leading group
    without groups inside is distributed: "(?:a|b) c" -> "a c", "b c", same order, same matches)."""
    if alt and alt[0] not in _SPECIAL and alt[1:2] not in _QUANTIFIERS:
        return [alt]
    if alt.startswith("(?:"):
        close = _closing(alt, 0)
        if close is None or alt[close + 1 : close + 2] in _QUANTIFIERS or alt[close + 1 : close + 2] == "":
            return None
        inner = _alternatives(alt[3:close])
        if inner is None or any("(" in a for a in inner):
            return None
        rest = alt[close + 1 :]
        if _CAPTURE.search(rest):
            return None  # distributing would repeat a group
        out: list[str] = []
        for a in inner:
            firsts = _literal_first(a + rest)
            if firsts is None:
                return None
            out.extend(firsts)
        return out
    return None


def word_start_form(pattern: str) -> str | None:
    r"""``(?<!\w)(?:A|B…)REST`` rewritten as ``a(?<!\w[\s\S])…|b(?<!\w[\s\S])…`` (the word-start
    test moved behind each alternative's first literal character), or None when the pattern has
    another shape. The regex engine then scans for the first characters in C and skips the rest of
    the text, instead of entering the matcher at every position; the matches are the same (the
    look-behind asks about the same character, and the alternatives keep their order)."""
    if not pattern.startswith(_WORD_START):
        return None
    open_at = len(_WORD_START) - 3
    close = _closing(pattern, open_at)
    if close is None or pattern[close + 1 : close + 2] in _QUANTIFIERS:
        return None
    alts = _alternatives(pattern[open_at + 3 : close])
    if alts is None:
        return None
    rest = pattern[close + 1 :]
    # Alternatives are grouped by their first character, keeping their order within a group: two
    # alternatives with different first characters never match at the same position, so only the
    # order among those that share one decides which match wins.
    by_first: dict[str, list[str]] = {}
    for alt in alts:
        firsts = _literal_first(alt)
        if firsts is None:
            return None
        for a in firsts:
            by_first.setdefault(a[0], []).append(a[1:])
    if len(by_first) > _MAX_FIRSTS:
        return None
    out = [f"{re.escape(c)}(?<!\\w[\\s\\S])(?:{'|'.join(tails)})" for c, tails in by_first.items()]
    return "(?:" + "|".join(out) + ")" + rest


class FoldedPattern:
    """A case-insensitive pattern that runs on lower-cased text when that is exact (see above).

    Callers pass the original text and, once per text, ``lowered(text)``; spans are those of the
    original text, and group text must be sliced from the original."""

    __slots__ = ("folded", "original")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        flags |= re.IGNORECASE
        self.original = compile_guarded(pattern, flags)
        self.folded = compile_lowered(pattern, flags)
        fast = word_start_form(pattern) if self.folded is not None else None
        if fast is not None:
            self.folded = re.compile(fast, flags & ~re.IGNORECASE)

    def pick(self, text: str, low: str | None) -> tuple[re.Pattern[str], str]:
        """The compiled pattern to run and the string to run it on."""
        if low is not None and self.folded is not None:
            return self.folded, low
        return self.original, text


class OriginalMatch:
    """A match found on a lower-cased copy, with its groups read from the original text."""

    __slots__ = ("_m", "_text")

    def __init__(self, text: str, m: re.Match[str]) -> None:
        self._text, self._m = text, m

    def group(self, g: int | str = 0) -> str | Any:  # None for a group that did not take part, as re.Match
        start, end = self._m.span(g)
        return None if start < 0 else self._text[start:end]

    def start(self, g: int | str = 0) -> int:
        return self._m.start(g)

    def end(self, g: int | str = 0) -> int:
        return self._m.end(g)

    def span(self, g: int | str = 0) -> tuple[int, int]:
        return self._m.span(g)
