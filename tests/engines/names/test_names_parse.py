"""parse_full_name on the ways registries, hospitals, border posts and families write a name."""

from __future__ import annotations

import pytest

from corridor.names import ParsedName, parse_full_name


@pytest.mark.parametrize("text,expected", [
    ("Коваленко Олександр Миколайович", ParsedName("Олександр", "Коваленко", "Миколайович", "О", "М")),
    ("Коваленко Александр Николаевич", ParsedName("Александр", "Коваленко", "Николаевич", "А", "Н")),
    ("Олександр Миколайович Коваленко", ParsedName("Олександр", "Коваленко", "Миколайович", "О", "М")),
    ("KOVALENKO OLEKSANDR", ParsedName("OLEKSANDR", "KOVALENKO", None, "O", None)),
    ("Kovalenko, Oleksandr", ParsedName("Oleksandr", "Kovalenko", None, "O", None)),
    ("Коваленко О.М.", ParsedName(None, "Коваленко", None, "О", "М")),
    ("Коваленко О. М.", ParsedName(None, "Коваленко", None, "О", "М")),
    ("О.М. Коваленко", ParsedName(None, "Коваленко", None, "О", "М")),
    ("Коваленко ОМ", ParsedName(None, "Коваленко", None, "О", "М")),
    ("Sasha Kovalenko", ParsedName("Sasha", "Kovalenko", None, "S", None)),
    ("Kovalenko Sasha", ParsedName("Sasha", "Kovalenko", None, "S", None)),
    ("Олександр Коваленко", ParsedName("Олександр", "Коваленко", None, "О", None)),
    ("Шевченко Ганна", ParsedName("Ганна", "Шевченко", None, "Г", None)),
    ("MARIA PETRENKO", ParsedName("MARIA", "PETRENKO", None, "M", None)),
    ("Олександр Миколайович", ParsedName("Олександр", None, "Миколайович", "О", "М")),
    ("  коваленко   олександр  ", ParsedName("олександр", "коваленко", None, "о".upper(), None)),
    ("Олександр", ParsedName("Олександр", None, None, "О", None)),
    ("Коваленко", ParsedName(None, "Коваленко", None, None, None)),
    ("Коваленко Ян", ParsedName("Ян", "Коваленко", None, "Я", None)),
    ("Sasha Kovalenko, 70", ParsedName("Sasha", "Kovalenko", None, "S", None)),
    ("Олександр Коваленко (Саша)", ParsedName("Олександр", "Коваленко", None, "О", None)),
    ("КОВАЛЕНКО Олександр Миколайович", ParsedName("Олександр", "КОВАЛЕНКО", "Миколайович", "О", "М")),
    ("Kovalenko Oleksandr Mykolaiovych", ParsedName("Oleksandr", "Kovalenko", "Mykolaiovych", "O", "M")),
    ("Коваленко Олександр Миколайович, 12.03.1952",
     ParsedName("Олександр", "Коваленко", "Миколайович", "О", "М")),
    ("Коваленко-Шевчук Олександра", ParsedName("Олександра", "Коваленко-Шевчук", None, "О", None)),
    ("Александр Николаевич Коваленко", ParsedName("Александр", "Коваленко", "Николаевич", "А", "Н")),
    ("Петренко Марія Іванівна", ParsedName("Марія", "Петренко", "Іванівна", "М", "І")),
    ("John Smith", ParsedName("John", "Smith", None, "J", None)),
    ("", ParsedName(None, None, None, None, None)),
    ("1952", ParsedName(None, None, None, None, None)),
])
def test_parse_full_name(text, expected):
    assert parse_full_name(text) == expected


def test_parsed_name_is_immutable():
    p = parse_full_name("Коваленко Олександр")
    with pytest.raises(AttributeError):
        p.given = "Микола"  # type: ignore[misc]


@pytest.mark.parametrize("text,given,family,patronymic", [
    # the hospital-note example: a declined surname shows the genitive of a man's name
    ("Коваленка Олександра", "Олександр", "Коваленко", None),
    ("Коваленка Олександра Миколайовича", "Олександр", "Коваленко", "Миколайович"),
    ("Олександра Миколайовича", "Олександр", None, "Миколайович"),
    ("Шевченку Олександрові", "Олександр", "Шевченко", None),
    ("Коваленко Олександри Миколаївни", "Олександра", "Коваленко", "Миколаївна"),
    ("Ковальської Олександри", "Олександра", "Ковальська", None),
    ("Петренка Марії", "Марія", "Петренко", None),
    # nothing oblique: Олександра is a woman's name and stays
    ("Коваленко Олександра", "Олександра", "Коваленко", None),
    ("Коваленко Олександр Миколайович", "Олександр", "Коваленко", "Миколайович"),
])
def test_nominative_reads_the_parts_together(text, given, family, patronymic):
    p = parse_full_name(text).nominative()
    assert (p.given, p.family, p.patronymic) == (given, family, patronymic)
