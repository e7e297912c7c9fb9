"""Typos in the written name, one-digit document misreads and swapped name fields: features, levels, model."""

from __future__ import annotations

from corridor.linkage import BirthDate, LinkageModel, Record
from corridor.linkage.comparisons import COMPARISONS, SWAPPED
from corridor.linkage.features import plain_form, record_features


def _comparison(name: str):  # type: ignore[no-untyped-def]
    return next(c for c in COMPARISONS if c.name == name)


def _features(record_id: str, given: str, family: str, **kw: object) -> dict[str, object]:
    return record_features(Record(record_id, given_name=given, family_name=family, **kw), 0)  # type: ignore[arg-type]


def test_a_typo_in_the_written_name_stays_one_letter_in_the_plain_form() -> None:
    # The phonetic Latin fold turns the swapped letters into two edits; the plain form keeps one.
    assert plain_form("Тимошець") == "timosec"
    assert plain_form("Тмиошець") == "tmiosec"


def test_a_latin_spelling_and_its_cyrillic_name_share_the_plain_form() -> None:
    assert plain_form("KOVALCHUK") == plain_form("Ковальчук") == "kovalcuk"
    assert plain_form("HRYHORII") == plain_form("Григорій")
    assert plain_form("Лук'янюк") == plain_form("LUKIANIUK")
    assert plain_form("  ") is None


def test_family_names_one_typo_apart_share_a_deletion_key() -> None:
    for typo in ("Хачрина", "Харина", "Харчиина", "Хврчина"):
        a, b = _features("a", "Н.", "Харчина"), _features("b", "Наталья", typo)
        assert set(a["family_del"]) & set(b["family_del"]), typo  # type: ignore[arg-type]


def test_short_family_names_get_no_deletion_keys() -> None:
    assert _features("a", "Іван", "Зуй")["family_del"] is None


def test_documents_one_digit_apart_share_a_deletion_key() -> None:
    a = record_features(Record("a", document="8529720"), 0)
    b = record_features(Record("b", document="8520720"), 1)
    assert set(a["doc_del"]) & set(b["doc_del"])
    assert record_features(Record("c", document="12345"), 2)["doc_del"] is None


def test_one_typo_is_its_own_level_above_jaro_winkler() -> None:
    family = _comparison("family")
    a, b = _features("a", "Наталья", "Тимошець"), _features("b", "Н.", "Тмиошець")
    assert family.label_of(family.level_of(a, b)).startswith("one typo apart")


def test_swapped_given_and_family_names_are_recognised_in_both_comparisons() -> None:
    birth = BirthDate.parse("1953-12-01")
    a = _features("a", "Benjamin", "Matthews", birth=birth)
    b = _features("b", "Matthews", "Benjamin", birth=birth)
    for name in ("given", "family"):
        comp = _comparison(name)
        assert comp.label_of(comp.level_of(a, b)) == SWAPPED


def test_monotone_weights_leave_the_swap_level_out_of_the_order() -> None:
    model = LinkageModel.default().copy()
    for comp in model.settings["comparisons"]:
        for lv in comp["comparison_levels"]:
            if lv.get("label_for_charts") == SWAPPED:
                lv["m_probability"], lv["u_probability"] = 0.02, 2e-6  # ~13 bits, as EM learns on FEBRL4
    before = LinkageModel.default().level_weights()["given"]
    model.make_monotone()
    after = model.level_weights()["given"]
    swapped = next(g for g in after if g >= 0 and _comparison("given").label_of(g) == SWAPPED)
    assert after[swapped] > 13
    # The levels above the swap (same form, shared variant) keep their own weights.
    assert {g: w for g, w in after.items() if g > swapped} == {g: w for g, w in before.items() if g > swapped}


def test_a_typo_that_makes_a_rare_spelling_weighs_apart_from_two_common_names() -> None:
    family = _comparison("family")
    common, rare = 0.01, 0.00001
    a = {**_features("a", "Ганна", "Марчук"), "family_freq": common}
    b = {**_features("b", "Анна", "Марчак"), "family_freq": common}
    c = {**_features("c", "Г.", "Марччк"), "family_freq": rare}
    assert family.label_of(family.level_of(a, b)).startswith("one typo apart (")
    assert family.label_of(family.level_of(a, c)).startswith("one typo apart, one spelling rare")
    assert family.label_of(family.level_of(c, a)).startswith("one typo apart, one spelling rare")
    weights = LinkageModel.default().level_weights()["family"]
    assert weights[family.level_of(a, c)] > weights[family.level_of(a, b)]


def test_initials_of_one_name_in_two_languages_meet_in_their_own_level() -> None:
    given = _comparison("given")
    ua, ru = _features("a", "М.", "Романенко"), _features("b", "Н.", "Романенко")  # Микола / Николай
    assert given.label_of(given.level_of(ua, ru)).startswith("initial fits the name in the other language")
    # A written-out name already carries both languages' initials: the strict level.
    full = _features("c", "Николай", "Романенко")
    assert given.label_of(given.level_of(ua, full)) == "initial fits the name"
    unrelated = _features("d", "В.", "Романенко")
    assert given.level_of(ua, unrelated) == 0


def test_a_misspelt_given_name_meets_the_names_other_language_and_nicknames() -> None:
    given = _comparison("given")
    typo, ru, nick = _features("a", "Миклоа", "Харчов"), _features("b", "Николай", "Харчов"), \
        _features("c", "Kolya", "Kharchov")
    assert given.label_of(given.level_of(typo, ru)).startswith("variant sets share a form")
    assert given.label_of(given.level_of(typo, nick)).startswith("variant sets share a form")


def test_a_misread_month_with_the_right_day_is_its_own_level() -> None:
    day = _comparison("birth_day")
    a = _features("a", "Олександр", "Коваленко", birth=BirthDate.parse("1952-03-12"))
    b = _features("b", "Олександр", "Коваленко", birth=BirthDate.parse("1952-08-12"))
    c = _features("c", "Олександр", "Коваленко", birth=BirthDate.parse("1952-08-17"))
    assert day.label_of(day.level_of(a, b)) == "same day, other month"
    assert day.level_of(a, c) == 0


def test_the_ranking_score_is_the_explained_match_weight() -> None:
    from corridor.linkage.explain import explain_features, score_features

    model = LinkageModel.default()
    a = {**_features("a", "Олександр", "Коваленко", birth=BirthDate.parse("1952-03-12")), "family_freq": 0.01}
    for b in (_features("b", "Sasha", "Kovalenko", birth=BirthDate.from_age(70)),
              _features("c", "О.", "Коваленко", birth=BirthDate.parse("1952")),
              _features("d", "Ганна", "Марчак", birth=BirthDate.parse("1990-01-01"))):
        b = {**b, "family_freq": 0.001}
        assert abs(score_features(a, b, model, 1000) - explain_features(a, b, model, 1000).match_weight) < 1e-9
