"""Oblique cases, gendered surname forms and sex hints."""

from __future__ import annotations

import pytest

from corridor.names import family_name_variants, gender_hint, given_name_variants, nominative
from corridor.names.morph import gender_forms


@pytest.mark.parametrize("oblique,nom", [
    ("Коваленка", "Коваленко"), ("Шевченка", "Шевченко"), ("Петренку", "Петренко"), ("Іваненком", "Іваненко"),
    ("Коваленкові", "Коваленко"), ("Ковальського", "Ковальський"), ("Ковальської", "Ковальська"),
    ("Ковальською", "Ковальська"), ("Петровим", "Петров"), ("Мельника", "Мельник"), ("Ткачука", "Ткачук"),
    ("Бондаря", "Бондар"), ("Ковалю", "Коваль"), ("КОВАЛЕНКА", "КОВАЛЕНКО"), ("Коваленко", "Коваленко"),
    ("Мельникові", "Мельник"), ("Бойком", "Бойко"), ("Петрову", "Петров"), ("Шевченком", "Шевченко"),
])
def test_family_nominative(oblique, nom):
    assert nominative(oblique, "family") == nom


@pytest.mark.parametrize("oblique,nom", [
    ("Олександрові", "Олександр"), ("Олександру", "Олександр"), ("Марії", "Марія"), ("Марію", "Марія"),
    ("Миколи", "Микола"), ("Сергія", "Сергій"), ("Николая", "Николай"), ("Ганни", "Ганна"),
    ("Олени", "Олена"), ("Олександра", "Олександра"), ("Марія", "Марія"), ("Ігоря", "Ігор"),
    ("Игоря", "Игорь"), ("Ользі", "Ольга"), ("Евгением", "Евгений"), ("Любові", "Любов"),
    ("Любови", "Любовь"), ("Александром", "Александр"), ("Натальи", "Наталья"), ("Наталією", "Наталія"),
])
def test_given_nominative(oblique, nom):
    assert nominative(oblique, "given") == nom


@pytest.mark.parametrize("oblique,nom", [
    ("Миколайовича", "Миколайович"), ("Миколаївни", "Миколаївна"), ("Николаевича", "Николаевич"),
    ("Николаевны", "Николаевна"), ("Олексійовичем", "Олексійович"),
])
def test_patronymic_nominative(oblique, nom):
    assert nominative(oblique, "patronymic") == nom


def test_free_text_example_from_the_issue():
    # "Коваленка Олександра" in a hospital note: the genitive of Коваленко Олександр
    assert nominative("Коваленка", "family") == "Коваленко"
    assert family_name_variants("Коваленка") == family_name_variants("Коваленко")


def test_latin_words_are_left_alone_and_roles_are_checked():
    assert nominative("Kovalenka", "family") == "Kovalenka"
    with pytest.raises(ValueError):
        nominative("Коваленка", "surname")


@pytest.mark.parametrize("form,other", [
    ("Ковальський", "ковальська"), ("Ковальська", "ковальський"), ("Зборовецький", "зборовецька"),
    ("Петров", "петрова"), ("Петрова", "петров"), ("Алексеев", "алексеева"), ("Григор'єв", "григор'єва"),
    ("Ільїн", "ільїна"), ("Фомін", "фоміна"), ("Пушкин", "пушкина"), ("Ковальский", "ковальская"),
    ("Толстой", "толстая"), ("Kovalska", "kovalski"), ("kovalskaia", "kovalski"), ("Білий", "біла"),
    ("Біла", "білий"), ("Чорний", "чорна"), ("Белый", "белая"), ("Белая", "белый"),
])
def test_gendered_surname_forms(form, other):
    assert other in gender_forms(form)


@pytest.mark.parametrize("form", ["Коваленко", "Ковальчук", "Мельничук", "Поліщук", "Бойко", "Коваль", "Сава",
                                  "Петрів"])
def test_surnames_without_gender_forms(form):
    assert gender_forms(form) == {form.lower()}


def test_gendered_forms_meet_across_scripts_and_languages():
    assert family_name_variants("Ковальська") & family_name_variants("Kovalsky")
    assert family_name_variants("Ковальская") & family_name_variants("Ковальський")
    assert family_name_variants("Petrova") & family_name_variants("Петров")


@pytest.mark.parametrize("given,family,patronymic,sex", [
    ("Олександр", None, None, "M"), ("Олександра", None, None, "F"), ("Саша", None, None, None),
    ("Саша", "Ковальська", None, "F"), ("Женя", None, "Миколайович", "M"), ("Женя", None, "Миколаївна", "F"),
    (None, "Петрова", None, "F"), (None, "Коваленко", None, None), ("Микола", None, None, "M"),
    ("Natasha", None, None, "F"), ("Sasha", "Kovalenko", None, None), ("", "", "", None),
    (None, None, None, None),
    ("Ілля", None, None, "M"), ("Zhanna", None, None, "F"), ("Mykola", None, None, "M"),
    ("Nikita", None, None, "M"), ("Oleksandra", None, None, "F"), ("Snizhana", None, None, "F"),
])
def test_gender_hint(given, family, patronymic, sex):
    assert gender_hint(given, family, patronymic) == sex


def test_given_oblique_forms_meet_their_nominative():
    assert given_name_variants("Олександрові") == given_name_variants("Олександр")
    assert given_name_variants("Марії") == given_name_variants("Марія")
