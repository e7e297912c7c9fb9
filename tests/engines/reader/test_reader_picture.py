"""Across reports: groups by category, place, unit and time window; conflicts; supersession."""

from __future__ import annotations

from corridor.reader import picture


def test_disagreeing_figures_are_a_conflict(figures):
    a = figures("About 350,000 people remain trapped in Mariupol, the city council said.", "2022-03-15")
    b = figures("About 100,000 people remain trapped in Mariupol, Zelenskiy said.", "2022-03-16")
    (g,) = picture(a + b)
    assert (g.category, g.place.name, g.unit) == ("trapped", "Mariupol", "people")
    assert g.range == (100_000, 350_000)
    assert [c.kind for c in g.conflicts] == ["values"]
    d = g.to_dict()
    assert d["conflict"] is True and d["sources"] == ["city council", "zelenskiy"]


def test_overlapping_figures_agree(figures):
    a = figures("About 350,000 people remain trapped in Mariupol, the city council said.", "2022-03-15")
    b = figures("More than 300,000 people remain trapped in Mariupol, officials said.", "2022-03-16")
    c = figures("Roughly 330,000 residents remain trapped in Mariupol, the ICRC said.", "2022-03-16")
    (g,) = picture(a + b + c)
    assert g.conflicts == []
    assert len(g.items) == 3


def test_a_later_figure_from_the_same_source_supersedes(figures):
    a = figures("Some 20,000 people have left Mariupol, Kyrylo Tymoshenko said.", "2022-03-15")
    b = figures("Some 30,000 people have left Mariupol, Kyrylo Tymoshenko said.", "2022-03-16")
    (g,) = picture(a + b)
    assert g.superseded == {0: 1}
    assert g.conflicts == []  # an update is not a disagreement
    assert g.to_dict()["items"][0]["superseded_by"] == 1


def test_a_denial_stands_against_a_claim(figures):
    a = figures("More than 2,500 Mariupol residents have been killed, officials said.", "2022-03-15")
    b = figures("Russia denies targeting civilians in Mariupol.", "2022-03-15")
    (g,) = picture(a + b)
    assert [c.kind for c in g.conflicts] == ["denial"]
    assert g.items[-1].stance == "denial"


def test_places_units_and_windows_split_groups(figures):
    items = (
        figures("About 2,000 cars had left Mariupol, the council said.", "2022-03-15")
        + figures("About 30,000 people had left Mariupol, the council said.", "2022-03-15")
        + figures("About 3,000 people had left Berdiansk, officials said.", "2022-03-15")
        + figures("About 90,000 people had left Mariupol, the council said.", "2022-03-30")
    )
    groups = picture(items)
    keys = sorted((g.place.name, g.unit, g.window[0].isoformat()) for g in groups)
    assert keys == [
        ("Berdyansk", "people", "2022-03-15"),
        ("Mariupol", "people", "2022-03-15"),
        ("Mariupol", "people", "2022-03-30"),
        ("Mariupol", "vehicles", "2022-03-15"),
    ]
    assert all(not g.conflicts for g in groups)


def test_one_source_in_two_scripts_supersedes_itself(figures):
    a = figures("В Мариуполе остаются около 100 тысяч жителей, заявил Вадим Бойченко.", "2022-03-20")
    b = figures("About 160,000 people remain in Mariupol, Vadym Boichenko said.", "2022-03-27")
    (g,) = picture(a + b)
    assert g.superseded == {0: 1} and g.conflicts == []
    assert g.to_dict()["sources"] == ["вадим бойченко"]
