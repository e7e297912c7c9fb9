"""Ukrainian and Russian forms of the same name meet in the variant sets (names-translator pairs)."""

from __future__ import annotations

import pytest

from corridor.names import family_name_variants, given_name_variants, patronymic_variants
from corridor.names.lexicon import equivalents


@pytest.mark.parametrize("uk,ru", [
    ("Олександр", "Александр"), ("Микола", "Николай"), ("Ганна", "Анна"), ("Олена", "Елена"),
    ("Євген", "Евгений"), ("Наталія", "Наталья"), ("Сергій", "Сергей"), ("Олексій", "Алексей"),
    ("Дмитро", "Дмитрий"), ("Тетяна", "Татьяна"), ("Григорій", "Григорий"), ("Катерина", "Екатерина"),
])
def test_given_names(uk, ru):
    assert given_name_variants(uk) & given_name_variants(ru)


@pytest.mark.parametrize("uk,ru", [
    ("Олексійович", "Алексеевич"), ("Миколайович", "Николаевич"), ("Миколаївна", "Николаевна"),
    ("Сергіївна", "Сергеевна"), ("Григорович", "Григорьевич"),
])
def test_patronymics(uk, ru):
    assert patronymic_variants(uk) & patronymic_variants(ru)


@pytest.mark.parametrize("uk,ru", [
    ("Григор'єв", "Григорьев"), ("Ковальський", "Ковальский"), ("Ковальська", "Ковальская"),
    ("Коваленко", "Коваленко"), ("Білоус", "Белоус"),
])
def test_surnames(uk, ru):
    assert family_name_variants(uk) & family_name_variants(ru)


def test_the_lexicon_pairs_go_both_ways():
    assert "николай" in equivalents("Микола", "given")
    assert "микола" in equivalents("Николай", "given")
    assert "алексеевич" in equivalents("Олексійович", "patronymic")
    assert "григорьев" in equivalents("Григор\u2019єв", "family")  # typographic apostrophe


def test_different_names_do_not_meet():
    assert not given_name_variants("Микола") & given_name_variants("Михайло")
    assert not patronymic_variants("Миколайович") & patronymic_variants("Михайлович")
    assert not family_name_variants("Коваленко") & family_name_variants("Ковальчук")


def _rigour_symbols(name: str) -> set[str]:
    from rigour.names import NameTypeTag
    from rigour.names.analyze import analyze_names

    return {str(s) for n in analyze_names(NameTypeTag.PER, [name]) for s in n.symbols if "NAME:" in str(s)}


@pytest.mark.parametrize("a,b", [
    ("Олександр", "Александр"), ("Микола", "Николай"), ("Ганна", "Анна"), ("Наталія", "Наталья"),
    ("Євген", "Евгений"), ("Михайло", "Michael"), ("Sasha", "Олександр"), ("Mykola", "Микола"),
    ("Oleksandr", "Александр"), ("Hanna", "Анна"),
])
def test_agrees_with_rigour_wikidata_name_symbols(a, b):
    # rigour (MIT, OpenSanctions) ties names to Wikidata items; where it links two spellings, so do we
    pytest.importorskip("rigour")
    assert _rigour_symbols(a) & _rigour_symbols(b), "rigour no longer links these: pick another pair"
    assert given_name_variants(a) & given_name_variants(b)


@pytest.mark.parametrize("a,b", [("Natasha", "Наталья"), ("Zhenya", "Євген")])
def test_covers_what_rigour_symbols_miss(a, b):
    pytest.importorskip("rigour")
    assert not _rigour_symbols(a) & _rigour_symbols(b)
    assert given_name_variants(a) & given_name_variants(b)
