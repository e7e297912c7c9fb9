"""Normalisation, script detection and the common Latin fold."""

from __future__ import annotations

import pytest

from corridor.names import detect_script, normalise, to_latin


@pytest.mark.parametrize("raw", ["Знам'янка", "Знам\u2019янка", "Знам\u02bcянка", "Знам`янка",
                                 "Знам\u00b4янка"])
def test_every_apostrophe_becomes_the_ascii_one(raw):
    assert normalise(raw) == "Знам'янка"


def test_normalise_trims_collapses_spaces_composes_and_keeps_case():
    assert normalise("  Коваленко \t Олександр\n") == "Коваленко Олександр"
    assert normalise("Ї") == "Ї"  # composed from І + combining diaeresis
    assert normalise("KOVALENKO") == "KOVALENKO"
    assert normalise("") == ""


@pytest.mark.parametrize("text,script", [
    ("Коваленко", "cyrillic"), ("Kovalenko", "latin"), ("Ołeksandr", "latin"), ("Kоваленко", "mixed"),
    ("", "empty"), ("1952-03-12", "empty"), ("Коваленко O.M.", "mixed"), ("\u02bc", "empty"),
    ("Знам\u02bcянка", "cyrillic"),
])
def test_detect_script(text, script):
    assert detect_script(text) == script


@pytest.mark.parametrize("spellings", [
    ["Oleksandr", "Olexandr", "Олександр", "Ołeksandr", "OLEKSANDR"],
    ["Aleksandr", "Александр", "Alexandr"],
    ["Serhiy", "Serhii", "Sergiy", "Сергій"],
    ["Yevgeny", "Evgeny", "Jewgeni", "Evgenii"],
    ["Shevchenko", "Szewczenko", "Schewtschenko", "Шевченко", "Ševčenko"],
    ["Kovalenko", "Kowalenko", "Коваленко", "Kowałenko"],
    ["Yurii", "Yuriy", "Jurij", "Iurii", "Юрій"],
    ["Nataliia", "Natalia", "Natalya", "Natalja", "Наталья"],
    ["Hryhoriev", "Grigoryev", "Grigorev", "Григорьев"],
    ["Fyodor", "Fedor", "Фёдор"],
])
def test_spellings_of_one_name_fold_together(spellings):
    assert len({to_latin(s) for s in spellings}) == 1, {s: to_latin(s) for s in spellings}


def test_fold_is_lower_case_ascii():
    for s in ["Ŝerbuhi", "Ïžakevič", "Żytomyr", "Щербухи", "Знам'янка", "Kyyiv"]:
        out = to_latin(s)
        assert out.isascii() and out == out.lower() and out


def test_fold_keeps_different_names_apart():
    assert to_latin("Oleksandr") != to_latin("Oleksandra")
    assert to_latin("Kovalenko") != to_latin("Kovalchuk")
    assert to_latin("Zhenya") != to_latin("Zenya")


def test_homoglyphs_inside_a_cyrillic_word_are_repaired():
    # Latin o and a typed inside a Cyrillic word (mixed keyboards, OCR)
    assert to_latin("Кoвaленко") == to_latin("Коваленко") == "kovalenko"


def test_empty_fold():
    assert to_latin("") == "" and to_latin("  ") == ""


def test_fold_is_idempotent_so_keys_can_be_folded_again():
    from corridor.names import lexicon

    lexicon._load()
    words = sorted(lexicon._UA2RU["family"])[::211] + ["Schewtschenko", "Ołeksandr", "Ŝerbuhi", "Kyyiv"]
    for w in words:
        once = to_latin(w)
        assert to_latin(once) == once, w
