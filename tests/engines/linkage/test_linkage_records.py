"""Partial birth dates, ages and sexes as tracing sources write them."""

from __future__ import annotations

from datetime import date

import pytest

from corridor.linkage import BirthDate
from corridor.linkage.records import parse_sex


def test_full_date_keeps_day_and_month() -> None:
    b = BirthDate.parse("1952-03-12")
    assert (b.year, b.month, b.day, b.approximate) == (1952, 3, 12, False)


def test_year_month_and_year_only() -> None:
    assert (BirthDate.parse("1952-03").month, BirthDate.parse("1952-03").day) == (3, None)
    assert BirthDate.parse("1952") == BirthDate(1952, 1952)


@pytest.mark.parametrize("text", ["12.03.1952", "1952-13", "1952-02-30", "52", "1952-3-1x", "1700"])
def test_malformed_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        BirthDate.parse(text)


def test_age_means_two_possible_years_give_or_take_one() -> None:
    b = BirthDate.from_age(70, at=date(2022, 3, 15))
    assert (b.year_min, b.year_max, b.approximate, b.year) == (1950, 1953, True, None)
    exact = BirthDate.from_age(70, at=date(2022, 3, 15), slack=0)
    assert (exact.year_min, exact.year_max) == (1951, 1952)


def test_birth_year_range() -> None:
    b = BirthDate.from_year_range("1950-1955")
    assert (b.year_min, b.year_max, b.approximate) == (1950, 1955, True)
    with pytest.raises(ValueError):
        BirthDate.from_year_range("1955-1950")


@pytest.mark.parametrize("text,sex", [("M", "M"), ("f", "F"), ("ж", "F"), ("ч", "M"), ("", None), ("?", None)])
def test_sex_forms(text: str, sex: str | None) -> None:
    assert parse_sex(text) == sex


def test_unknown_sex_word_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_sex("yes")
