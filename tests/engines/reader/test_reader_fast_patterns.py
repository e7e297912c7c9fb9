"""The speed-ups change no result: guarded patterns, word tries and the quantity scan match as before."""

from __future__ import annotations

import re

import pytest

from corridor.reader import detect_lang
from corridor.reader.fastre import compile_guarded, first_chars, split_alternatives, word_alternation
from corridor.reader.lexicon import CATEGORY_CUES
from corridor.reader.numbers import _core_matches, _core_re

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
