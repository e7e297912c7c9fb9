"""Record features: initials, documents, birth buckets and cross-script name keys."""

from __future__ import annotations

import pytest

from corridor.linkage import BirthDate, Record
from corridor.linkage.features import family_features, given_features, record_features


def test_a_cyrillic_initial_may_stand_for_o_or_a() -> None:
    f = given_features("О.")
    assert f.is_initial and set(f.initials) == {"o", "a"} and f.keys == ()


def test_documents_fold_cyrillic_look_alikes_and_separators() -> None:
    a = record_features(Record("a", document="ЕН 123-456"), 0)
    b = record_features(Record("b", document="eh123456"), 1)
    assert a["doc_id"] == b["doc_id"] == "EH123456"


def test_an_age_and_a_year_share_a_blocking_year_and_bucket() -> None:
    exact = record_features(Record("a", birth=BirthDate.parse("1952-03-12")), 0)
    age = record_features(Record("b", birth=BirthDate.from_age(70)), 1)
    assert set(exact["by_years"]) & set(age["by_years"])
    assert exact["b5"] == age["b5"] or exact["b5s"] == age["b5s"]


@pytest.mark.parametrize("y1,y2", [(1950, 1952), (1953, 1955), (1954, 1956), (1959, 1960), (1960, 1962)])
def test_years_two_apart_share_a_bucket(y1: int, y2: int) -> None:
    a = record_features(Record("a", birth=BirthDate.parse(str(y1))), 0)
    b = record_features(Record("b", birth=BirthDate.parse(str(y2))), 1)
    assert a["b5"] == b["b5"] or a["b5s"] == b["b5s"]


def test_case_does_not_change_features() -> None:
    assert family_features("KOVALENKO") == family_features("Kovalenko")


@pytest.mark.parametrize("a,b", [("Олександр", "Александр"), ("Саша", "Oleksandr"), ("Микола", "Nikolai")])
def test_given_names_across_scripts_and_nicknames_share_keys(a: str, b: str) -> None:
    fa, fb = given_features(a), given_features(b)
    assert set(fa.keys) & set(fb.keys)
    assert set(fa.block) & set(fb.block)


def test_family_names_across_languages_share_keys() -> None:
    fa, fb = family_features("Григор'єв"), family_features("Григорьев")
    assert set(fa.keys) & set(fb.keys) and set(fa.block) & set(fb.block)
