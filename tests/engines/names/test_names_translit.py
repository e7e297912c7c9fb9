"""Every transliteration scheme against the examples its standard (or a reference table of it) gives."""

from __future__ import annotations

import json
import unicodedata
from importlib import resources

import pytest

from corridor.names import EXTRA_SCHEMES, SCHEMES, transliterate

# Cabinet of Ministers of Ukraine resolution 55 of 27 January 2010: the examples column of its table.
KMU_2010_EXAMPLES = """
Алушта Alushta; Андрій Andrii; Борщагівка Borshchahivka; Борисенко Borysenko; Вінниця Vinnytsia;
Володимир Volodymyr; Гадяч Hadiach; Богдан Bohdan; Згурський Zghurskyi; Ґалаґан Galagan; Ґорґани Gorgany;
Донецьк Donetsk; Дмитро Dmytro; Рівне Rivne; Олег Oleh; Есмань Esman; Єнакієве Yenakiieve; Гаєвич Haievych;
Короп'є Koropie; Житомир Zhytomyr; Жанна Zhanna; Жежелів Zhezheliv; Закарпаття Zakarpattia;
Казимирчук Kazymyrchuk; Медвин Medvyn; Михайленко Mykhailenko; Іванків Ivankiv; Іващенко Ivashchenko;
Їжакевич Yizhakevych; Кадиївка Kadyivka; Мар'їне Marine; Йосипівка Yosypivka; Стрий Stryi; Олексій Oleksii;
Київ Kyiv; Коваленко Kovalenko; Лебедин Lebedyn; Леонід Leonid; Миколаїв Mykolaiv; Маринич Marynych;
Ніжин Nizhyn; Наталія Nataliia; Одеса Odesa; Онищенко Onyshchenko; Полтава Poltava; Петро Petro;
Решетилівка Reshetylivka; Рибчинський Rybchynskyi; Суми Sumy; Соломія Solomiia; Тернопіль Ternopil;
Троць Trots; Ужгород Uzhhorod; Уляна Uliana; Фастів Fastiv; Філіпчук Filipchuk; Харків Kharkiv;
Христина Khrystyna; Біла Церква Bila Tserkva; Стеценко Stetsenko; Чернівці Chernivtsi; Шевченко Shevchenko;
Шостка Shostka; Кишеньки Kyshenky; Щербухи Shcherbukhy; Гоща Hoshcha; Гаращенко Harashchenko; Юрій Yurii;
Корюківка Koriukivka; Яготин Yahotyn; Ярошенко Yaroshenko; Костянтин Kostiantyn; Знам'янка Znamianka;
Феодосія Feodosiia; Згорани Zghorany; Розгон Rozghon
"""


def _pairs(block: str) -> list[tuple[str, str]]:
    out = []
    for item in block.replace("\n", " ").split(";"):
        words = item.split()
        half = len(words) // 2
        out.append((" ".join(words[:half]), " ".join(words[half:])))
    return out


def _iuliia_samples(schema: str) -> list[tuple[str, str]]:
    raw = resources.files("iuliia").joinpath(f"schemas/{schema}.json").read_text(encoding="utf-8")
    # iuliia writes ё in its BGN/PCGN and GOST 7.79 A outputs as the Cyrillic letter ё (U+0451); both
    # standards prescribe Latin ë, so the expected strings are corrected for that one letter.
    return [(src, unicodedata.normalize("NFC", dst).replace("ё", "ë").replace("Ё", "Ë"))
            for src, dst in json.loads(raw)["samples"]]


def test_the_scheme_list_is_the_documented_one():
    assert SCHEMES == ("kmu2010", "ua_passport_1996", "bgn_pcgn_uk", "bgn_pcgn_ru", "iso9", "gost_7_79_b",
                       "icao9303", "mvd1997", "polish", "german", "english_informal")


@pytest.mark.parametrize("cyrillic,latin", _pairs(KMU_2010_EXAMPLES))
def test_kmu2010_gives_the_resolution_examples(cyrillic, latin):
    assert transliterate(cyrillic, "kmu2010") == latin


@pytest.mark.parametrize("cyrillic,latin", _pairs(KMU_2010_EXAMPLES))
def test_translitua_agrees_on_kmu2010(cyrillic, latin):
    translitua = pytest.importorskip("translitua")
    assert translitua.translit(cyrillic) == transliterate(cyrillic, "kmu2010")


def test_kmu2010_keeps_case_of_upper_case_records():
    assert transliterate("КОВАЛЕНКО ОЛЕКСАНДР", "kmu2010") == "KOVALENKO OLEKSANDR"
    assert transliterate("ЩЕРБУХИ", "kmu2010") == "SHCHERBUKHY"
    assert transliterate("Щербухи", "kmu2010") == "Shcherbukhy"


@pytest.mark.parametrize("cyrillic,latin", [
    # spellings on Ukrainian passports issued 1996-2010, as carried by well-known holders
    ("Андрій Шевченко", "Andriy Shevchenko"), ("Сергій Ребров", "Serhiy Rebrov"),
    ("Олексій Михайличенко", "Oleksiy Mykhaylychenko"), ("Юрій", "Yuriy"), ("Наталія", "Nataliya"),
    ("Євген", "Yevhen"), ("Ганна", "Hanna"), ("Згорани", "Zghorany"),
])
def test_ua_passport_1996(cyrillic, latin):
    assert transliterate(cyrillic, "ua_passport_1996") == latin


@pytest.mark.parametrize("cyrillic,latin", [
    # BGN/PCGN 1965 Ukrainian, as in the US Board on Geographic Names gazetteer before 2019
    ("Київ", "Kyyiv"), ("Запоріжжя", "Zaporizhzhya"), ("Миколаїв", "Mykolayiv"), ("Тернопіль", "Ternopil’"),
    ("Луганськ", "Luhans’k"), ("Донецьк", "Donets’k"), ("Хмельницький", "Khmel’nyts’kyy"),
    ("Знам'янка", "Znam”yanka"), ("Згорани", "Z·horany"),
])
def test_bgn_pcgn_ukrainian(cyrillic, latin):
    assert transliterate(cyrillic, "bgn_pcgn_uk") == latin


@pytest.mark.parametrize("cyrillic,latin", _iuliia_samples("bgn_pcgn"))
def test_bgn_pcgn_russian_on_iuliia_reference_samples(cyrillic, latin):
    assert transliterate(cyrillic, "bgn_pcgn_ru") == latin


@pytest.mark.parametrize("cyrillic,latin", [
    # ISO 9:1995 table (one letter for one letter); the Russian words are the example words of the
    # GOST 7.79-2000 system A table as reproduced in the interscript project's test vectors
    ("Київ", "Kiïv"), ("Ґалаґан", "G̀alag̀an"), ("Щербухи", "Ŝerbuhi"), ("Шевченко", "Ševčenko"),
    ("Юлія", "Ûlìâ"), ("Мар'їне", "Mar’ïne"), ("ёлка", "ëlka"), ("журнал", "žurnal"),
    ("общество", "obŝestvo"),
    ("химический", "himičeskij"), ("центр", "centr"), ("часы", "časy"), ("съезд", "sʺezd"), ("это", "èto"),
    ("южный", "ûžnyj"), ("яма", "âma"), ("нижний", "nižnij"),
])
def test_iso9(cyrillic, latin):
    assert transliterate(cyrillic, "iso9") == unicodedata.normalize("NFC", latin)


@pytest.mark.parametrize("cyrillic,latin", _iuliia_samples("gost_779"))
def test_iso9_on_iuliia_gost_7_79_a_samples(cyrillic, latin):
    assert transliterate(cyrillic, "iso9") == latin


@pytest.mark.parametrize("cyrillic,latin", [
    # GOST 7.79-2000 table B: ц is c before i, e, y, j and cz elsewhere; Ukrainian и is y`, ь is `
    ("Царенко", "Czarenko"), ("Цибульський", "Cy`bul`s`ky`j"), ("Київ", "Ky`yiv"), ("Щеглова", "Shheglova"),
    ("Хмельницький", "Xmel`ny`cz`ky`j"), ("съезд", "s``ezd"), ("рыба", "ry`ba"), ("это", "e`to"),
])
def test_gost_7_79_b(cyrillic, latin):
    assert transliterate(cyrillic, "gost_7_79_b") == latin


@pytest.mark.parametrize("cyrillic,latin", _iuliia_samples("gost_779_alt"))
def test_gost_7_79_b_on_iuliia_samples(cyrillic, latin):
    assert transliterate(cyrillic, "gost_7_79_b") == latin


@pytest.mark.parametrize("cyrillic,latin", _iuliia_samples("icao_doc_9303") + [
    # ICAO Doc 9303 part 3 also lists the Ukrainian letters: Є IE, І I, Ї I, Ґ G
    ("Євгенія", "Ievgeniia"), ("Ґалаґан", "Galagan"), ("Олександр", "Oleksandr"), ("Юрій", "Iurii"),
])
def test_icao9303(cyrillic, latin):
    assert transliterate(cyrillic, "icao9303") == latin


@pytest.mark.parametrize("cyrillic,latin", _iuliia_samples("mvd_310") + [
    ("Сергей", "Sergey"), ("Юрий", "Yuriy"), ("Наталья", "Natal'ya"),
])
def test_mvd1997(cyrillic, latin):
    assert transliterate(cyrillic, "mvd1997") == latin


@pytest.mark.parametrize("cyrillic,latin", [
    # Polish transcription (KSNG rules) as used by Polish press and border records
    ("Олександр", "Ołeksandr"), ("Шевченко", "Szewczenko"), ("Юрій", "Jurij"), ("Київ", "Kyjiw"),
    ("Харків", "Charkiw"), ("Житомир", "Żytomyr"), ("Чернівці", "Czerniwci"), ("Володимир", "Wołodymyr"),
    ("Сергей", "Siergiej"), ("Николай", "Nikołaj"), ("Наталья", "Natalja"), ("Ольга", "Olha"),
])
def test_polish(cyrillic, latin):
    assert transliterate(cyrillic, "polish") == latin


@pytest.mark.parametrize("cyrillic,latin", [
    # German (Duden) transcription as in German press and registries
    ("Шевченко", "Schewtschenko"), ("Александр", "Alexander"), ("Евгений", "Jewgeni"), ("Сергей", "Sergej"),
    ("Харків", "Charkiw"), ("Житомир", "Schytomyr"), ("Запоріжжя", "Saporischschja"),
    ("Володимир Зеленський", "Wolodymyr Selenskyj"), ("Чернівці", "Tscherniwzi"), ("Наталья", "Natalja"),
    ("Юрий", "Juri"), ("Усик", "Ussyk"), ("Ксения", "Xenija"),
])
def test_german(cyrillic, latin):
    assert transliterate(cyrillic, "german") == latin


@pytest.mark.parametrize("cyrillic,latin", [
    ("Александр", "Alexander"), ("Сергей", "Sergey"), ("Евгений", "Yevgeny"), ("Наталья", "Natalya"),
    ("Наташа", "Natasha"), ("Алексей", "Alexey"), ("Дмитрий", "Dmitry"), ("Фёдор", "Fyodor"),
    ("Ксения", "Kseniya"), ("Сергій", "Serhiy"), ("Андрій", "Andriy"), ("Илья", "Ilya"),
])
def test_english_informal(cyrillic, latin):
    assert transliterate(cyrillic, "english_informal") == latin


@pytest.mark.parametrize("cyrillic,latin", [
    # French practice: Soviet international passports before 1997, French press and records
    ("Шевченко", "Chevtchenko"), ("Ющенко", "Iouchtchenko"), ("Сергей", "Sergueï"),
    ("Александр", "Alexandre"), ("Юрий", "Iouri"), ("Николай", "Nikolaï"), ("Евгений", "Evgueni"),
    ("Георгий", "Gueorgui"),
])
def test_french_extra_scheme(cyrillic, latin):
    assert "french" in EXTRA_SCHEMES and "french" not in SCHEMES
    assert transliterate(cyrillic, "french") == latin


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_scheme_accepts_every_apostrophe(scheme):
    outs = {transliterate(f"Знам{a}янка", scheme) for a in "'\u2019\u02bc`"}
    assert len(outs) == 1


@pytest.mark.parametrize("scheme", SCHEMES)
def test_latin_text_and_digits_pass_through(scheme):
    assert transliterate("Kovalenko 1952", scheme) == "Kovalenko 1952"


def test_unknown_scheme_is_refused():
    with pytest.raises(ValueError, match="unknown transliteration scheme"):
        transliterate("Київ", "klingon")


def test_the_translate_fast_path_equals_the_letter_by_letter_reading():
    from corridor.names import lexicon
    from corridor.names.translit import _SCHEMES

    lexicon._load()
    words = sorted(lexicon._UA2RU["family"])[::53] + sorted(lexicon._RU2UA["given"])[::11]
    tables = {id(t): t for uk, ru, _ in _SCHEMES.values() for t in (uk, ru)}
    for table in tables.values():
        for w in words:
            assert table.word(w) == table._word_in_context(w), w
