"""Compile the reader's big word-list patterns with a first-character guard, so a scan skips fast."""

from __future__ import annotations

import re
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
