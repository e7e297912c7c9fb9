"""Number forms in English, Ukrainian and Russian: digits, separators, words, vague words, qualifiers."""

from __future__ import annotations

import pytest

from corridor.reader.numbers import find_quantities


def only(text: str):
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize(
    "text, value",
    [
        ("3,270,662 people had left", 3270662),
        ("1,975,449 entered Poland", 1975449),
        ("more than 3.2million people", 3_200_000),
        ("3.17M refugees", 3_170_000),
        ("some 2.7 million people", 2_700_000),
        ("виїхали 7 026 людей", 7026),
        ("вивезены 1 200 мирных жителей", 1200),
        ("превысило 3,2 млн человек", 3_200_000),
        ("евакуювати 4 тисячі 128 людей", 4128),
        ("на 4 тисячах авто", 4000),
        ("близько 350 тисяч людей", 350_000),
        ("около 20 тысяч человек", 20_000),
        ("two thousand people", 2000),
        ("two thousand five hundred residents", 2500),
        ("Over a thousand people", 1000),
        ("over a dozen officers", 12),
        ("двісті людей", 200),
        ("триста людей", 300),
        ("тисяча людей", 1000),
        ("дві тисячі п'ятсот мирних жителів", 2500),
        ("почти три тысячи человек", 3000),
        ("около двух миллионов человек", 2_000_000),
        ("около пяти тысяч человек", 5000),
        ("майже два мільйони українців", 2_000_000),
    ],
)
def test_it_reads_the_value(text, value):
    assert only(text).value == value


@pytest.mark.parametrize(
    "text, value, low, high",
    [
        ("hundreds of civilians", 100, 100, 999),
        ("tens of thousands of families", 10_000, 10_000, 99_999),
        ("hundreds of thousands had found refuge", 100_000, 100_000, 999_999),
        ("dozens of bodies", 12, 12, 99),
        ("сотні людей чекають", 100, 100, 999),
        ("десятки тисяч дітей", 10_000, 10_000, 99_999),
        ("десятки людей", 10, 10, 99),
        ("тысячи людей", 1000, 1000, 9999),
    ],
)
def test_vague_words_follow_the_table(text, value, low, high):
    q = only(text)
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, "vague")


@pytest.mark.parametrize(
    "text, qualifier, low, high",
    [
        ("about 350,000 people", "about", None, None),
        ("roughly 1,300 Ukrainians", "about", None, None),
        ("at least 200,000 are", "at least", 200_000, None),
        ("More than 2,500 residents", "more than", 2500, None),
        ("up to 1,200 civilians", "up to", None, 1200),
        ("nearly 85,000 refugees", "nearly", None, 85_000),
        ("щонайменше 2500 людей", "at least", 2500, None),
        ("понад 300 мешканців", "more than", 300, None),
        ("более 500 тысяч", "more than", 500_000, None),
        ("130 people", None, 130, 130),
    ],
)
def test_qualifiers_set_the_bounds(text, qualifier, low, high):
    q = only(text)
    assert (q.qualifier, q.low, q.high) == (qualifier, low, high)


def test_a_range_is_one_quantity():
    q = only("between 1,000 and 1,200 people")
    assert (q.value, q.low, q.high, q.qualifier) == (None, 1000, 1200, "range")


@pytest.mark.parametrize(
    "text",
    [
        "on February 24",
        "since 24 February",
        "24 лютого",
        "с 24 февраля",
        "about 140 miles from Mariupol",
        "80 per cent of housing",
        "80-90% of the city",
        "at 1pm",
        "as of 17 March 2022, 18:00",
        "in 2022",
        "Flash Update No. 9",
        "for two weeks",
        "in 12 days of siege",
        "hospital No. 3",
        "over 24 hours",
    ],
)
def test_dates_units_and_ids_are_not_counts(text):
    assert find_quantities(text) == []


def test_surface_and_span_point_at_the_text():
    text = "Officials said about 2,000 cars had left."
    q = only(text)
    assert text[q.start : q.end] == q.surface == "about 2,000"
