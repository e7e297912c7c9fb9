"""Time expressions resolved against the publication date (2022-03-16 is a Wednesday)."""

from __future__ import annotations

import datetime as dt

import pytest

from corridor.reader.times import find_time

PUB = dt.date(2022, 3, 16)


@pytest.mark.parametrize(
    "sentence, start, end",
    [
        ("20,000 people left today", "2022-03-16", "2022-03-16"),
        ("they left yesterday", "2022-03-15", "2022-03-15"),
        ("Russian forces agreed on Monday", "2022-03-14", "2022-03-14"),
        ("6,500 cars left on Tuesday", "2022-03-15", "2022-03-15"),
        ("on Wednesday alone, 112,000 arrived", "2022-03-16", "2022-03-16"),
        ("without water for the past two weeks", "2022-03-02", "2022-03-16"),
        ("for two days already", "2022-03-14", "2022-03-16"),
        ("since February 24", "2022-02-24", "2022-03-16"),
        ("since Feb. 24", "2022-02-24", "2022-03-16"),
        ("з 24 лютого", "2022-02-24", "2022-03-16"),
        ("с 24 февраля", "2022-02-24", "2022-03-16"),
        ("on 16 March an airstrike hit", "2022-03-16", "2022-03-16"),
        ("Between 15 and 16 March, 29,000 people left", "2022-03-15", "2022-03-16"),
        ("In the past day the Russians killed 4", "2022-03-15", "2022-03-16"),
        ("протягом доби окупанти вбили 5", "2022-03-15", "2022-03-16"),
        ("за сутки выехали", "2022-03-15", "2022-03-16"),
        ("сьогодні виїхали", "2022-03-16", "2022-03-16"),
        ("вчера выехали", "2022-03-15", "2022-03-15"),
        ("у понеділок виїхали", "2022-03-14", "2022-03-14"),
        ("в среду выехали", "2022-03-16", "2022-03-16"),
        ("a day earlier", "2022-03-15", "2022-03-15"),
        ("In 12 days of siege", "2022-03-04", "2022-03-16"),
    ],
)
def test_it_resolves_against_the_publication_date(sentence, start, end):
    t, _, _ = find_time(sentence, PUB)
    assert (t.start.isoformat(), t.end.isoformat()) == (start, end)


def test_open_start_since_the_invasion():
    t, _, _ = find_time("Since the start of the invasion, 3.2million people have fled", PUB)
    assert t.start is None and t.end == PUB


def test_as_of_sets_the_end():
    t, _, _ = find_time("As of 13 March, OHCHR recorded 636 civilians killed", PUB)
    assert t.start is None and t.end == dt.date(2022, 3, 13)


def test_no_publication_date_means_unknown_dates():
    t, _, _ = find_time("20,000 people left today", None)
    assert t.surface == "today" and t.start is None and t.end is None


def test_no_time_expression():
    assert find_time("20,000 people left Mariupol", PUB) is None


def test_the_figure_carries_its_time(one):
    f = one("Some 20,000 people left Mariupol on Tuesday.", published="2022-03-16")
    assert f.time.to_dict() == {"surface": "on Tuesday", "start": "2022-03-15", "end": "2022-03-15"}
