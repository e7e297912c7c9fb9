"""The curated diminutive table: alias sets, shared nicknames, both scripts."""

from __future__ import annotations

from importlib import resources

import pytest

from corridor.names import full_names_for, given_name_variants
from corridor.names.diminutives import NAMES


def test_table_states_source_and_licence_and_covers_150_names():
    text = resources.files("corridor.names").joinpath("data/diminutives.tsv").read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    assert "Source:" in header and "Licence: CC0-1.0" in header
    distinct = {row.full[0] for row in NAMES}
    assert len(distinct) >= 150
    assert {row.sex for row in NAMES} == {"M", "F"}
    assert sum(row.sex == "F" for row in NAMES) >= 60


@pytest.mark.parametrize("nickname,expected", [
    ("Саша", {"Олександр", "Александр", "Олександра", "Александра"}),
    ("Сашко", {"Олександр", "Александр"}),
    ("Шура", {"Олександр", "Александр", "Олександра", "Александра"}),
    ("Женя", {"Євген", "Евгений", "Євгенія", "Евгения"}),
    ("Валя", {"Валентин", "Валентина"}),
    ("Вова", {"Володимир", "Владимир"}),
    ("Володя", {"Володимир", "Владимир"}),
    ("Льоша", {"Олексій", "Алексей"}),
    ("Лёша", {"Олексій", "Алексей"}),
    ("Коля", {"Микола", "Николай"}),
    ("Миша", {"Михайло", "Михаил"}),
    ("Діма", {"Дмитро", "Дмитрий"}),
    ("Дима", {"Дмитро", "Дмитрий"}),
    ("Таня", {"Тетяна", "Татьяна"}),
    ("Оля", {"Ольга"}),
    ("Лена", {"Олена", "Елена"}),
    ("Наташа", {"Наталія", "Наталья"}),
    ("Маша", {"Марія", "Мария"}),
    ("Катя", {"Катерина", "Екатерина"}),
    ("Юра", {"Юрій", "Юрий", "Георгій", "Георгий"}),
    ("Петя", {"Петро", "Пётр"}),
    ("Ваня", {"Іван", "Иван", "Іванна", "Иванна"}),
    ("Слава", {"В'ячеслав", "Вячеслав", "Ярослав", "Станіслав", "Ярослава"}),
    ("Настя", {"Анастасія", "Анастасия"}),
    ("Sasha", {"Олександр", "Александр", "Олександра", "Александра"}),
    ("Natasha", {"Наталія", "Наталья"}),
    ("Lyosha", {"Олексій", "Алексей"}),
    ("Kolya", {"Микола", "Николай"}),
    ("Misha", {"Михайло", "Михаил"}),
    ("Dima", {"Дмитро", "Дмитрий"}),
    ("Tanya", {"Тетяна", "Татьяна"}),
    ("Olya", {"Ольга"}),
    ("Lena", {"Олена", "Елена"}),
    ("Zhenya", {"Євген", "Євгенія"}),
    ("Alex", {"Олександр", "Олексій", "Олександра"}),
    ("Mike", {"Михайло"}),
])
def test_nickname_stands_for_its_full_names(nickname, expected):
    got = full_names_for(nickname)
    assert expected <= got, got


@pytest.mark.parametrize("full", ["Олександр", "Александр", "Михайло", "Наталія", "Oleksandr", "Michael", ""])
def test_a_full_name_is_not_a_nickname(full):
    assert full_names_for(full) == frozenset()


def test_shared_nicknames_keep_both_sexes():
    assert {"Євген", "Євгенія"} <= full_names_for("Женя")
    assert {"Олександр", "Олександра"} <= full_names_for("Саша")
    assert {"Валентин", "Валентина"} <= full_names_for("Валя")


def test_nickname_variants_reach_full_names_in_latin():
    v = given_name_variants("Саша")
    assert {"oleksandr", "aleksandr", "oleksandra", "aleksandra"} <= v


def test_full_names_do_not_pull_in_each_other_through_nicknames():
    # Олександр and Олександра share Саша, but a record saying Олександр must not match Олександра
    assert not given_name_variants("Олександр") & given_name_variants("Олександра")
    assert not given_name_variants("Євген") & given_name_variants("Євгенія")


@pytest.mark.parametrize("letter,expected", [("М", {"m", "n"}), ("Н", {"m", "n"}), ("О", {"o", "a", "e"}),
                                             ("Г", {"g", "a"}), ("П", {"p", "f"}), ("Б", {"b"})])
def test_an_initial_stands_for_the_names_it_abbreviates_in_both_languages(letter, expected):
    from corridor.names import initial_equivalents

    assert expected <= initial_equivalents(letter)
    assert expected <= initial_equivalents(letter.lower() + ".")
    assert "b" not in initial_equivalents("М")


@pytest.mark.parametrize("typo,name", [("Миклоа", "микола"), ("Нталія", "наталія"), ("Олеесандр", "олександр"),
                                       ("Natasa", "natasha"), ("Оьга", "ольга")])
def test_a_misspelt_given_name_is_corrected_to_the_one_name_it_slips_from(typo, name):
    from corridor.names import corrected_given_names

    assert name in corrected_given_names(typo)


@pytest.mark.parametrize("word", ["Олександр", "Марина", "Ярема", "Іва", "Sasha", "Kolya"])
def test_known_and_short_names_are_never_corrected(word):
    from corridor.names import corrected_given_names

    # Ярема is a real name one letter from a table diminutive; names-translator knows it.
    assert corrected_given_names(word) == frozenset()
