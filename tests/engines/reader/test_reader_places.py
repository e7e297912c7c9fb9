"""Places through the gazetteer (any spelling and inflection) and facilities as sub-places."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "About 350,000 people remain trapped in Mariupol.",
        "У Маріуполі залишаються близько 350 тисяч людей.",
        "В Мариуполе остаются около 350 тысяч человек.",
        "Some 20,000 people left Mariupol'.",
        "Із Маріуполя виїхали 20 тисяч людей.",
        "Из Мариуполя выехали 20 тысяч человек.",
    ],
)
def test_spellings_and_cases_resolve_to_one_place(one, text):
    f = one(text)
    assert f.place.name == "Mariupol"
    assert f.place.geonameid == 701822
    assert f.place.to_dict()["lat"] == pytest.approx(47.095, abs=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 people are waiting in Berdiansk.",
        "About 2,000 people are waiting in Berdyansk.",
        "Близько 2 тисяч людей чекають у Бердянську.",
        "Около 2 тысяч человек ждут в Бердянске.",
    ],
)
def test_berdiansk_spellings(one, text):
    f = one(text)
    assert f.category == "waiting"
    assert f.place.geonameid == 712451


def test_evacuation_is_about_where_people_left(one):
    f = one("About 300 civilians were evacuated from Mariupol to Zaporizhzhia.")
    assert f.place.name == "Mariupol"


def test_arrival_is_about_where_people_came(one):
    f = one("About 300 civilians from Mariupol have reached the city of Zaporizhzhia.")
    assert f.place.name == "Zaporizhzhia"


def test_each_figure_takes_the_place_next_to_it(figures):
    got = figures("Romania has received nearly 85,000 refugees and Moldova more than 100,000.")
    assert [f.place.name for f in got] == ["Romania", "Moldova"]


def test_the_city_refers_back(figures):
    text = "Mariupol is under siege. Mariupol has no water.\nHundreds of civilians managed to leave the city."
    (f,) = figures(text)
    assert f.place.name == "Mariupol"


def test_dateline_is_not_the_place(one):
    f = one("ZAPORIZHZHIA, March 16 - About 6,500 cars left Mariupol on Tuesday.")
    assert f.place.name == "Mariupol"


def test_oblast(one):
    f = one("In the past day the Russians killed 4 civilians in Donetsk region.")
    assert f.place.name == "Donetsk Oblast"


def test_unknown_place_is_null(one):
    assert one("Some 20,000 people left on Tuesday.").place is None


@pytest.mark.parametrize(
    "text, facility",
    [
        ("Over a thousand people were sheltering at the theatre in Mariupol.", "theatre"),
        ("Up to 1,200 civilians were sheltering in the Drama Theatre in Mariupol.", "Drama Theatre"),
        ("In hospital No. 3 in Mariupol 40 patients are trapped.", "hospital No. 3"),
        ("About 400 people are held hostage in hospital three in Mariupol.", "hospital three"),
        ("About 40 people were sheltering in a school in Mariupol.", "school"),
        ("З-під завалів драмтеатру в Маріуполі врятували 130 людей.", "драмтеатру"),
    ],
)
def test_facilities_are_kept_as_named_sub_places(one, text, facility):
    f = one(text)
    assert f.facility == facility
    assert f.place.name == "Mariupol"
