"""Daitch–Mokotoff soundex against the examples published with the rules."""

from __future__ import annotations

import pytest

from corridor.names import phonetic_keys
from corridor.names.phonetic import dm_soundex

# Gary Mokotoff, "Soundexing and Genealogy" (avotaynu.com/soundex.htm) and JewishGen's
# "Daitch-Mokotoff Soundex System" page (jewishgen.org/infofiles/soundex.html); the Peters/Peterson,
# Moskowitz and Jackson rows are the Wikipedia article's. Apache commons-codec's DM tests use the same rows.
PUBLISHED = {
    "GOLDEN": "583600", "Alpert": "087930", "Breuer": "791900", "Haber": "579000", "Mannheim": "665600",
    "Mintz": "664000", "Topf": "370000", "Kleinmann": "586660", "Ben Aron": "769600",
    "AUERBACH": "097400 097500", "OHRBACH": "097400 097500", "LIPSHITZ": "874400",
    "LIPPSZYC": "874400 874500", "LEWINSKY": "876450", "LEVINSKI": "876450", "SZLAMAWICZ": "486740",
    "SHLAMOVITZ": "486740", "Ceniow": "467000 567000", "Tsenyuv": "467000", "Holubica": "587400 587500",
    "Golubitsa": "587400", "Przemysl": "746480 794648", "Pshemeshil": "746480",
    "Rosochowaciec": "944744 944745 944754 944755 945744 945745 945754 945755",
    "Rosokhovatsets": "945744", "Peters": "734000 739400", "Peterson": "734600 739460",
    "Moskowitz": "645740", "Moskovitz": "645740", "Jackson": "154600 145460 454600 445460",
}


@pytest.mark.parametrize("name,codes", PUBLISHED.items())
def test_published_examples(name, codes):
    assert dm_soundex(name) == frozenset(codes.split())


def test_adjacent_identical_codes_are_written_once():
    assert dm_soundex("AKSSOL") == {"054800"}


def test_codes_are_six_digits_and_empty_input_has_none():
    for code in dm_soundex("Kovalenko") | dm_soundex("Shcherbukhy"):
        assert len(code) == 6 and code.isdigit()
    assert dm_soundex("") == frozenset() and phonetic_keys("") == frozenset()


@pytest.mark.parametrize("a,b", [
    ("Шевченко", "Szewczenko"), ("Шевченко", "Schewtschenko"), ("Коваленко", "Kowalenko"),
    ("Олександр", "Olexandr"), ("Григорьев", "Hryhoriev"), ("Юрій", "Jurij"),
])
def test_spellings_share_a_phonetic_key(a, b):
    assert phonetic_keys(a) & phonetic_keys(b)


def test_different_surnames_have_different_keys():
    assert not phonetic_keys("Коваленко") & phonetic_keys("Шевченко")
