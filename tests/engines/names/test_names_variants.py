"""Variant sets: the matches the tracing engine depends on, and the fast path's faithfulness."""

from __future__ import annotations

import itertools

import pytest

from corridor.names import family_name_variants, given_name_variants, lexicon, patronymic_variants
from corridor.names.variants import keys_of_cyrillic, keys_of_cyrillic_full


def test_headline_sasha_alexander_oleksandr():
    assert given_name_variants("Sasha") & given_name_variants("Александр") & given_name_variants("Oleksandr")


def test_headline_kowalenko_kovalenko():
    assert family_name_variants("Kowalenko") & family_name_variants("Коваленко")


@pytest.mark.parametrize("names", [
    ["Natalia", "Наталья", "Наталія", "Natasha", "Nataliia", "Наташа"],
    ["Yevhen", "Евгений", "Zhenya", "Євген", "Evgeny", "Jewgeni"],
    ["Hanna", "Anna", "Ганна", "Анна", "Ganna"],
    ["Oleksandr", "Olexandr", "Aleksandr", "Alexander", "Олександр", "Sasha", "Шура", "Alex"],
    ["Serhiy", "Sergiy", "Sergey", "Сергій", "Сергей", "Serhii"],
    ["Mykola", "Nikolai", "Kolya", "Коля", "Микола", "Николай"],
    ["Volodymyr", "Vladimir", "Vova", "Володя", "Wolodymyr"],
    ["Olena", "Elena", "Yelena", "Lena", "Helen"],
    ["Mykhailo", "Mikhail", "Michael", "Misha", "Михайло"],
])
def test_every_pair_of_spellings_meets(names):
    sets = {n: given_name_variants(n) for n in names}
    for a, b in itertools.combinations(names, 2):
        assert sets[a] & sets[b], (a, b, sorted(sets[a]), sorted(sets[b]))


@pytest.mark.parametrize("names", [
    ["Коваленко", "Kovalenko", "Kowalenko", "KOVALENKO", "Коваленка"],
    ["Шевченко", "Shevchenko", "Szewczenko", "Schewtschenko", "Шевченка"],
    ["Ковальська", "Ковальський", "Kovalska", "Kovalskyi", "Kowalski", "Ковальская", "Kovalskaya"],
    ["Григор'єв", "Григорьев", "Hryhoriev", "Grigoryev", "Григор’єва"],
])
def test_surname_spellings_meet(names):
    sets = {n: family_name_variants(n) for n in names}
    for a, b in itertools.combinations(names, 2):
        assert sets[a] & sets[b], (a, b)


def test_patronymics_in_both_languages_and_scripts_meet():
    names = ["Олексійович", "Алексеевич", "Oleksiiovych", "Alekseevich", "Олексійовича"]
    sets = {n: patronymic_variants(n) for n in names}
    for a, b in itertools.combinations(names, 2):
        assert sets[a] & sets[b], (a, b)


def test_double_barrelled_surname_carries_its_parts():
    assert family_name_variants("Петренко-Коваль") & family_name_variants("Коваль")
    assert family_name_variants("Петренко-Коваль") & family_name_variants("Petrenko")


def test_variants_are_frozen_sets_of_lower_case_ascii_keys():
    sets = (given_name_variants("Олександр"), family_name_variants("Ковальська"),
            patronymic_variants("Ivanovych"))
    for v in sets:
        assert isinstance(v, frozenset) and v
        assert all(k.isascii() and k == k.lower() for k in v)


@pytest.mark.parametrize("fn", [given_name_variants, family_name_variants, patronymic_variants])
def test_empty_input_has_no_variants(fn):
    assert fn("") == frozenset() and fn("  ") == frozenset() and fn("1952") == frozenset()


def test_unrelated_names_stay_apart():
    assert not given_name_variants("Oleksandr") & given_name_variants("Oleksii")
    assert not given_name_variants("Тетяна") & given_name_variants("Тамара")
    assert not family_name_variants("Kovalenko") & family_name_variants("Kovalchuk")


def test_fast_key_path_equals_the_brute_force_over_every_scheme():
    lexicon._load()
    words = sorted(lexicon._UA2RU["family"])[::97] + sorted(lexicon._RU2UA["given"])[::7]
    words += sorted(lexicon._UA2RU["patronymic"])[::41]
    assert len(words) > 1500
    for w in words:
        assert keys_of_cyrillic(w) == keys_of_cyrillic_full(w), w


@pytest.mark.parametrize("a,b", [
    ("Chomenko", "Khomenko"),  # German and English spellings of Хоменко
    ("Saporoshez", "Zaporozhets"),  # Запорожець
    ("Schewtschenko", "Szewczenko"),
    ("Kowałenko", "Kovalenko"),
    ("Chevtchenko", "Shevchenko"),  # French (and Soviet passport) spelling
    ("Iouchtchenko", "Yushchenko"),
])
def test_latin_surnames_from_different_countries_meet(a, b):
    assert family_name_variants(a) & family_name_variants(b)


@pytest.mark.parametrize("a,b", [("Jewgeni", "Yevgeny"), ("Michail", "Mikhail"), ("Wolodymyr", "Volodymyr")])
def test_latin_given_names_from_different_countries_meet(a, b):
    assert given_name_variants(a) & given_name_variants(b)


def test_double_given_name_carries_its_parts():
    assert given_name_variants("Анна-Марія") & given_name_variants("Maria")
    assert given_name_variants("Анна-Марія") & given_name_variants("Ганна")
