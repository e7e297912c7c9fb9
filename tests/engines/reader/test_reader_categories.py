"""Every category, in the three languages, with what is counted."""

from __future__ import annotations

import pytest

from corridor.reader import CATEGORIES


@pytest.mark.parametrize(
    "text, category, counted",
    [
        ("About 350,000 people are still trapped in Mariupol.", "trapped", "people"),
        ("У Маріуполі залишаються близько 350 тисяч людей.", "trapped", "people"),
        ("More than 2,500 Mariupol residents have been killed.", "killed", "residents"),
        ("В Мариуполе погибли около пяти тысяч человек.", "killed", "people"),
        ("Seventeen people were injured in Mariupol.", "injured", "people"),
        ("У Маріуполі поранені 16 людей.", "injured", "people"),
        ("So far 130 people had been rescued from the rubble in Mariupol.", "rescued", "people"),
        ("З-під завалів у Маріуполі врятували 130 людей.", "rescued", "people"),
        ("In Mariupol hundreds remained unaccounted for.", "missing", None),
        ("У Маріуполі зникли безвісти 40 людей.", "missing", "people"),
        ("Russian troops are holding about 400 people hostage in Mariupol.", "hostage", "people"),
        ("В Мариуполе в заложниках удерживают 400 человек.", "hostage", "people"),
        ("Over a thousand people were sheltering at the theatre in Mariupol.", "sheltering", "people"),
        ("У сховищі в Маріуполі перебували понад тисячу людей.", "sheltering", "people"),
        ("Some 20,000 people left Mariupol on Tuesday.", "evacuated", "people"),
        ("З Маріуполя евакуювали 4 тисячі людей.", "evacuated", "people"),
        ("Из Мариуполя выехали около 20 тысяч человек.", "evacuated", "people"),
        ("A further 2,000 cars were waiting to leave Mariupol.", "waiting", "cars"),
        ("У Мангуші на виїзд чекають сотні людей.", "waiting", "people"),
        (
            "At least 200,000 people in Mariupol are in urgent need of evacuation.",
            "need_evacuation",
            "people",
        ),
        ("Roughly 1,300 people are still trapped under the rubble in Mariupol.", "under_rubble", "people"),
        ("Под завалами в Мариуполе могут находиться тысячи людей.", "under_rubble", "people"),
        ("1,975,449 people had entered Poland.", "refugees", "people"),
        ("До Польщі прибули майже два мільйони біженців.", "refugees", "refugees"),
        ("About 300 civilians have reached the city of Zaporizhzhia.", "arrived", "civilians"),
        ("До Запоріжжя прибули 80 автобусів.", "arrived", "buses"),
        ("An aid convoy of 11 trucks remained stuck in Berdiansk.", "vehicles", "trucks"),
    ],
)
def test_it_finds_the_category(one, text, category, counted):
    f = one(text)
    assert (f.category, f.counted) == (category, counted)


def test_every_category_is_covered_by_a_case():
    cases = test_it_finds_the_category.pytestmark[0].args[1]
    assert {c[1] for c in cases} == set(CATEGORIES)


def test_a_number_with_no_category_is_not_a_figure(figures):
    assert figures("The city has 22 districts and 3 bridges.") == []
    assert figures("One Ukrainian politician warned of disaster.") == []


def test_two_predicates_in_one_sentence(figures):
    got = figures("Three people, including a child, were killed and 17 injured in Mariupol.")
    assert [(f.value, f.category) for f in got] == [(3, "killed"), (17, "injured")]


def test_a_shared_predicate_reaches_both_numbers(figures):
    got = figures(
        "He said around 400 local residents and 100 staff had been rounded up as human shields "
        "at the hospital in Mariupol."
    )
    assert [(f.value, f.category, f.counted) for f in got] == [
        (400, "hostage", "residents"),
        (100, "hostage", "staff"),
    ]


def test_leaving_the_country_makes_refugees(one):
    f = one("More than 3.2million people have been forced to leave Ukraine.")
    assert f.category == "refugees" and f.place.name == "Ukraine"


def test_death_toll_reached(one):
    f = one("The death toll in Mariupol has reached 2,187, the city council said.")
    assert (f.value, f.category) == (2187, "killed")


def test_a_word_number_joined_to_a_figure_counts(figures):
    got = figures("Two people were killed and five wounded in Kramatorsk.")
    assert [(f.value, f.category) for f in got] == [(2, "killed"), (5, "injured")]


def test_part_of_a_count_takes_its_category(figures):
    got = figures(
        "Ukraine evacuated 3,846 people from besieged cities on Tuesday, including 1,553 from Mariupol."
    )
    assert [(f.value, f.category, f.place.name) for f in got] == [
        (3846, "evacuated", "Ukraine"),
        (1553, "evacuated", "Mariupol"),
    ]


def test_evacuated_to_a_city_is_arriving_there(figures):
    got = figures(
        "Запорізька ОВА: за добу до Запоріжжя евакуювалися 2 425 людей, з них 1 092 – мешканці Маріуполя."
    )
    assert [(f.value, f.category, f.place.name) for f in got] == [
        (2425, "arrived", "Zaporizhzhia"),
        (1092, "arrived", "Zaporizhzhia"),
    ]


def test_bodies_recovered_are_the_dead(one):
    f = one("Municipal workers in Mariupol have recovered dozens of bodies from collapsed apartment blocks.")
    assert (f.value, f.category, f.counted) == (12, "killed", "bodies")
