"""The key fold, script/language classification and the inflection guesser, without the data."""

import pytest

from corridor.gazetteer.inflect import adjective_stem, nominative_candidates, split_candidates
from corridor.gazetteer.keys import cyrillic_language, name_key, script_of, skeleton, word_key


@pytest.mark.parametrize(
    "a,b",
    [
        ("Kharkiv", "Харків"),
        ("Kharkov", "Харьков"),
        ("Zhytomyr", "Житомир"),
        ("Vinnytsia", "Вінниця"),
        ("Vinnytsya", "Vinnytsia"),
        ("Chernihiv", "Чернігів"),
        ("Shchastia", "Щастя"),
        ("Szczecin", "Щецин"),
        ("Gdańsk", "Гданськ"),
        ("Rzeszow", "Жешов"),
        ("Yenakiieve", "Єнакієве"),
        ("Odessa", "Odesa"),
        ("Zaporozh'ye", "Zaporozhye"),
        ("Kyjiv", "Kyiv"),
    ],
)
def test_fold_reconciles_romanisations(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_fold_output_is_plain_ascii_without_separators() -> None:
    for name in ("Kam’yanets-Podil's'kyy", "Біла Церква", "Łódź", "Straße", "Zaporizhzhia  Oblast"):
        key = name_key(name)
        assert key.isascii() and key.isalnum() and key == key.lower(), (name, key)


def test_word_key_and_name_key_agree_on_single_words() -> None:
    assert word_key("Маріуполь") == name_key("Маріуполь") == "mariupol"


def test_skeleton_drops_vowels() -> None:
    assert skeleton("mariupol") == "mrpl"
    assert skeleton(name_key("Mariupil")) == skeleton(name_key("Mariupol"))


def test_script_of() -> None:
    assert script_of("Mariupol") == "latin"
    assert script_of("Lwów") == "latin"
    assert script_of("Маріуполь") == "cyrillic"
    assert script_of("마리우폴") == "other"
    assert script_of("ماريوبول") == "other"
    assert script_of("Mariупол") == "other"  # mixed scripts are noise


def test_cyrillic_language() -> None:
    assert cyrillic_language("Маріуполь") == "uk"
    assert cyrillic_language("Запорожье") == "both"  # ь and е exist in both languages
    assert cyrillic_language("Сумы") == "ru"
    assert cyrillic_language("Марыупаль") == "ru"  # Belarusian without ў looks Russian: accepted
    assert cyrillic_language("Маријупољ") == "other"  # Serbian letters
    assert cyrillic_language("Магілёў") == "other"  # Belarusian ў


@pytest.mark.parametrize(
    "word,nominative",
    [
        ("Маріуполі", "Маріуполь"),
        ("Мариуполе", "Мариуполь"),
        ("Маріуполя", "Маріуполь"),
        ("Маріуполем", "Маріуполь"),
        ("Запоріжжі", "Запоріжжя"),
        ("Запорожья", "Запорожье"),
        ("Бердянська", "Бердянськ"),
        ("Бердянском", "Бердянск"),
        ("Києві", "Київ"),
        ("Львова", "Львів"),
        ("Рогу", "Ріг"),
        ("Кривого", "Кривий"),
        ("Польщі", "Польща"),
        ("России", "Россия"),
        ("Білорусі", "Білорусь"),
        ("Україною", "Україна"),
        ("Медиці", "Медика"),
        ("Празі", "Прага"),
    ],
)
def test_nominative_candidates(word: str, nominative: str) -> None:
    assert nominative in nominative_candidates(word)


def test_alternation_guesses_are_kept_apart() -> None:
    plain, alternated = split_candidates("Львова")
    assert "Львов" in plain and "Львів" in alternated and "Львів" not in plain


def test_latin_words_are_not_inflected() -> None:
    assert nominative_candidates("Mariupola") == ["Mariupola"]


def test_adjective_stem() -> None:
    assert adjective_stem("Донецької") == "Донецьк"
    assert adjective_stem("Донецкой") == "Донецк"
    assert adjective_stem("Donetska") == "Donetsk"
    assert adjective_stem("Donetsk") == "Donetsk"
