"""The speed-ups change no result: guarded patterns, word tries, the quantity scan and patterns run on
lower-cased text match as before."""

from __future__ import annotations

import re

import pytest

from corridor.reader import detect_lang
from corridor.reader.fastre import (
    FoldedPattern,
    compile_guarded,
    compile_lowered,
    first_chars,
    lowered,
    split_alternatives,
    word_alternation,
    word_start_form,
)
from corridor.reader.lexicon import CATEGORY_CUES
from corridor.reader.numbers import _core_lowered, _core_matches, _core_re

SAMPLE = (
    "ZAPORIZHZHIA, March 23 - Around 5,000 people fled Mariupol on Wednesday; 1,553 were evacuated, "
    "Deputy Prime Minister Iryna Vereshchuk said. Ще п'ять тисяч людей чекають, а близько двох тисяч "
    "виїхали. Около 4 512 человек эвакуированы, в том числе двое детей. Hundreds were killed, a dozen "
    "injured and tens of thousands left; 3.2million crossed, say officials. Запоріжжя прийняло 2 425 людей."
)


def test_first_chars_of_a_word_list():
    assert first_chars(r"(?<!\w)(?:said|told)(?!\w)") == {"s", "t"}


def test_no_guard_when_a_match_may_start_anywhere_or_be_empty():
    assert first_chars(r"\w+said") is None
    assert first_chars(r"(?:said)?") is None


@pytest.mark.parametrize("category, pattern, _rank", CATEGORY_CUES)
def test_a_guarded_cue_pattern_finds_the_same_matches(category, pattern, _rank):
    full = rf"(?<!\w)(?:{pattern})(?!\w)"
    plain = [m.span() for m in re.finditer(full, SAMPLE + " " + pattern.replace("|", " "), re.IGNORECASE)]
    guarded = compile_guarded(full, re.IGNORECASE)
    assert [m.span() for m in guarded.finditer(SAMPLE + " " + pattern.replace("|", " "))] == plain


def test_split_alternatives_keeps_groups_whole():
    assert split_alternatives(r"a|b(?:c|d)|e\|f") == ["a", "b(?:c|d)", r"e\|f"]


def test_a_word_trie_matches_the_same_whole_words():
    words = "said|says|say|sa|told|tells|claimed(?! the lives)|стверджує|заявив|заявила"
    rx_plain = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
    rx_trie = re.compile(rf"(?<!\w)(?:{word_alternation(words)})(?!\w)", re.IGNORECASE)
    text = "he said, she says; they say sa sax told tells claimed claimed the lives заявив заявила заяви"
    assert [m.span() for m in rx_trie.finditer(text)] == [m.span() for m in rx_plain.finditer(text)]


def test_the_quantity_scan_finds_what_a_full_scan_finds():
    assert [m.span() for m in _core_matches(SAMPLE)] == [m.span() for m in _core_re().finditer(SAMPLE)]


@pytest.mark.parametrize(
    "text, lang",
    [("Евакуйовано 300 людей з Маріуполя", "uk"), ("Эвакуированы 300 человек", "ru"), ("300 left", "en")],
)
def test_language_detection_still_reads_the_letters(text, lang):
    assert detect_lang(text) == lang


def _folded_patterns() -> list[tuple[str, FoldedPattern]]:
    from corridor.reader import lexicon, numbers, sources, times

    found = [(f"cue {c}", p) for c, p, _ in lexicon.CATEGORY_RES]
    found += [(f"time {k}", p) for k, p in times._COMPILED]
    found += [(f"channel {c}", p) for p, c in lexicon.CHANNEL_RES]
    found += [
        ("channel any", lexicon.CHANNEL_ANY),
        ("hedges", lexicon.HEDGES),
        ("facilities", lexicon.FACILITIES),
    ]
    for module in (sources, numbers):
        found += [(name, p) for name, p in vars(module).items() if isinstance(p, FoldedPattern)]
    return found


FOLDED = _folded_patterns()


@pytest.mark.parametrize("name, pattern", FOLDED, ids=[n for n, _ in FOLDED])
def test_a_folded_pattern_finds_what_the_case_blind_pattern_finds(name, pattern):
    assert pattern.folded is not None, f"{name} no longer runs on lower-cased text"
    for text in (SAMPLE, SAMPLE.upper(), SAMPLE.title(), SAMPLE.swapcase()):
        low = lowered(text)
        assert low is not None
        rx, scanned = pattern.pick(text, low)
        assert scanned == low
        want = [m.regs for m in pattern.original.finditer(text)]
        assert [m.regs for m in rx.finditer(scanned)] == want


def test_the_folded_quantity_pattern_matches_like_the_case_blind_one():
    folded = _core_lowered()
    assert folded is not None
    for text in (SAMPLE, SAMPLE.upper(), SAMPLE.title()):
        low = lowered(text)
        assert low is not None
        for start in range(len(text)):
            a, b = _core_re().match(text, start), folded.match(low, start)
            assert (a.regs if a else None) == (b.regs if b else None)


@pytest.mark.parametrize("text", ["İzmir 300", "Kyıv 300", "paſſengers 300", "Σ 300"])
def test_text_where_lower_casing_is_not_exact_keeps_the_case_blind_scan(text):
    assert lowered(text) is None


def test_a_pattern_with_an_upper_case_letter_has_no_folded_form():
    assert compile_lowered(r"(?<!\w)(?:No\.\s?\d+)") is None
    assert compile_lowered(r"[A-Z]+") is None
    assert compile_lowered(r"(?<!\w)(?:said|заявив)(?!\w)") is not None


def test_the_word_start_form_keeps_the_order_of_alternatives_that_share_a_first_letter():
    pattern = r"(?<!\w)(?:left|leave|left for|(?:went|go) to|fled)(?!\w)"
    fast = word_start_form(pattern)
    assert fast is not None
    text = "they left for Lviv, left, went to Dnipro, go to, fled; cleft leaves"
    assert [m.regs for m in re.finditer(fast, text)] == [m.regs for m in re.finditer(pattern, text)]


def test_no_word_start_form_when_a_group_would_be_repeated():
    assert word_start_form(r"(?<!\w)(?:(?:since|from)\s+(?P<d>\d+))(?!\w)") is None
