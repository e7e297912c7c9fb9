"""Every spelling of a place resolves to the same GeoNames id; keys fold spellings together."""

import pytest

from corridor.gazetteer import Gazetteer, name_key

MARIUPOL, BERDYANSK, ZAPORIZHZHIA, LVIV, KYIV = 701822, 712451, 687700, 702550, 703448

SPELLINGS = [
    (
        MARIUPOL,
        [
            "Маріуполь",
            "Мариуполь",
            "Mariupol",
            "Mariupol'",
            "Mariupol’",
            "Marioupol",
            "Mariupolj",
            "Zhdanov",
            "Жданов",
            "MARIUPOL",
            "mariupol",
        ],
    ),
    (BERDYANSK, ["Бердянськ", "Бердянск", "Berdyansk", "Berdiansk", "Berdjansk", "Berdyans'k"]),
    (
        ZAPORIZHZHIA,
        ["Запоріжжя", "Запорожье", "Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporizhzhya", "Zaporozh'ye"],
    ),
    (LVIV, ["Львів", "Львов", "Lviv", "Lvov", "Lwów", "Lwow", "L'viv"]),
    (KYIV, ["Київ", "Киев", "Kyiv", "Kiev", "Kyjiv", "Kijów"]),
    (709930, ["Dnipro", "Дніпро", "Днепр", "Dnepropetrovsk", "Днепропетровск"]),
    (706483, ["Kharkiv", "Харків", "Харьков", "Kharkov", "Charkiw"]),
    (698740, ["Odesa", "Odessa", "Одеса", "Одесса"]),
    (700569, ["Mykolaiv", "Mykolayiv", "Миколаїв", "Николаев", "Nikolaev"]),
    (707471, ["Ivano-Frankivsk", "Ivano Frankivsk", "Івано-Франківськ", "Ивано-Франковск"]),
]


@pytest.mark.parametrize("geonameid,spellings", SPELLINGS, ids=[s[1][0] for s in SPELLINGS])
def test_every_spelling_resolves_to_one_place(gaz: Gazetteer, geonameid: int, spellings: list[str]) -> None:
    for spelling in spellings:
        place = gaz.resolve(spelling)
        assert place is not None, spelling
        assert place.geonameid == geonameid, (spelling, place)


def test_mariupol_record_carries_names_in_three_languages(gaz: Gazetteer) -> None:
    place = gaz.resolve("Маріуполь")
    assert place is not None
    assert (place.name, place.name_uk, place.name_ru) == ("Mariupol", "Маріуполь", "Мариуполь")
    assert (place.country_code, place.admin1_code, place.admin1_name) == ("UA", "05", "Donetsk Oblast")
    assert place.kind == "settlement"
    assert 46.9 < place.lat < 47.2 and 37.4 < place.lon < 37.7


def test_keys_fold_romanisations_without_the_data() -> None:
    assert name_key("Бердянськ") == name_key("Berdiansk") == name_key("Berdyansk") == name_key("Бердянск")
    assert name_key("Запоріжжя") == name_key("Zaporizhzhia") == name_key("Zaporizhia") == "zaporizhia"
    assert name_key("Zaporozhye") == name_key("Запорожье")
    assert name_key("Маріуполь") == name_key("Mariupol'") == name_key("Marioupol") == name_key("Mariupolj")
    assert name_key("Lwów") == name_key("Львов") == name_key("Lvov")
    assert name_key("Ivano-Frankivsk") == name_key("Ivano Frankivsk") == name_key("ivanofrankivsk")


def test_key_ignores_case_apostrophes_hyphens_and_diacritics(gaz: Gazetteer) -> None:
    assert gaz.key("Mariupol'") == gaz.key("Mariupol’") == gaz.key("Mariupolʼ") == gaz.key("Mariupol`")
    assert gaz.key("BILA TSERKVA") == gaz.key("bila-tserkva") == gaz.key("Bila Tserkva")
    assert gaz.key("Záhony") == gaz.key("Zahony")


def test_keys_keep_different_places_apart() -> None:
    assert name_key("Mariupol") != name_key("Melitopol")
    assert name_key("Lviv") != name_key("Kyiv")
    assert name_key("Donetsk") != name_key("Dnipro")


def test_same_place(gaz: Gazetteer) -> None:
    assert gaz.same_place("Маріуполь", "Mariupol'")
    assert gaz.same_place("Zhdanov", "Маріуполь")
    assert gaz.same_place("Київ", "Kiev")
    assert gaz.same_place("Запорожье", "Zaporizhzhia")
    assert not gaz.same_place("Mariupol", "Berdyansk")
    assert not gaz.same_place("Львів", "Київ")


def test_same_place_falls_back_to_keys_for_unknown_names(gaz: Gazetteer) -> None:
    assert gaz.same_place("Nowhereville-Ovo", "nowhereville ovo")
    assert not gaz.same_place("Nowhereville", "Elsewhere")


def test_unseen_spelling_meets_through_the_fuzzy_fallback(gaz: Gazetteer) -> None:
    place = gaz.resolve("Mariupil")
    assert place is not None and place.geonameid == MARIUPOL


def test_inflected_query_resolves(gaz: Gazetteer) -> None:
    assert gaz.resolve("Маріуполі").geonameid == MARIUPOL  # type: ignore[union-attr]
    assert gaz.resolve("Києва").geonameid == KYIV  # type: ignore[union-attr]
    assert gaz.resolve("Кривого Рогу").geonameid == 703845  # type: ignore[union-attr]
    assert gaz.resolve("Білої Церкви").name == "Bila Tserkva"  # type: ignore[union-attr]


def test_names_outside_coverage_resolve_to_nothing(gaz: Gazetteer) -> None:
    # Decision: the gazetteer covers Ukraine and its neighbours only; Geneva, China and India are
    # not in it, and the fuzzy fallback must not invent a near miss (Geneva -> Gniew, China -> Chojna).
    for name in ("Geneva", "China", "India", "Xyzzy", "", "   "):
        assert gaz.resolve(name) is None, name
