"""Variant sets: the matches the tracing engine depends on, and the fast path's faithfulness."""

from __future__ import annotations

import itertools

import pytest

from corridor.names import (
    family_name_variants,
    given_name_variants,
    lexicon,
    nominative,
    patronymic_variants,
    to_latin,
)
from corridor.names.variants import keys_of_cyrillic, keys_of_cyrillic_full


def test_headline_sasha_alexander_oleksandr():
    assert given_name_variants("Sasha") & given_name_variants("Александр") & given_name_variants("Oleksandr")


def test_headline_kowalenko_kovalenko():
    assert family_name_variants("Kowalenko") & family_name_variants("Коваленко")


@pytest.mark.parametrize("names", [
    ["Natalia", "Наталья", "Наталія", "Natasha", "Nataliia", "Наташа"],
    ["Yevhen", "Евгений", "Zhenya", "Євген", "Evgeny", "Jewgeni"],
    ["Hanna", "Anna", "Ганна", "Анна", "Ganna"],
    ["Oleksandr", "Olexandr", "Aleksandr", "Alexander", "Олександр", "Sasha", "Шура", "Alex"],
    ["Serhiy", "Sergiy", "Sergey", "Сергій", "Сергей", "Serhii"],
    ["Mykola", "Nikolai", "Kolya", "Коля", "Микола", "Николай"],
    ["Volodymyr", "Vladimir", "Vova", "Володя", "Wolodymyr"],
    ["Olena", "Elena", "Yelena", "Lena", "Helen"],
    ["Mykhailo", "Mikhail", "Michael", "Misha", "Михайло"],
])
def test_every_pair_of_spellings_meets(names):
    sets = {n: given_name_variants(n) for n in names}
    for a, b in itertools.combinations(names, 2):
        assert sets[a] & sets[b], (a, b, sorted(sets[a]), sorted(sets[b]))


@pytest.mark.parametrize("names", [
    ["Коваленко", "Kovalenko", "Kowalenko", "KOVALENKO", "Коваленка"],
    ["Шевченко", "Shevchenko", "Szewczenko", "Schewtschenko", "Шевченка"],
    ["Ковальська", "Ковальський", "Kovalska", "Kovalskyi", "Kowalski", "Ковальская", "Kovalskaya"],
    ["Григор'єв", "Григорьев", "Hryhoriev", "Grigoryev", "Григор’єва"],
])
def test_surname_spellings_meet(names):
    sets = {n: family_name_variants(n) for n in names}
    for a, b in itertools.combinations(names, 2):
        assert sets[a] & sets[b], (a, b)


def test_patronymics_in_both_languages_and_scripts_meet():
    names = ["Олексійович", "Алексеевич", "Oleksiiovych", "Alekseevich", "Олексійовича"]
    sets = {n: patronymic_variants(n) for n in names}
    for a, b in itertools.combinations(names, 2):
        assert sets[a] & sets[b], (a, b)


def test_double_barrelled_surname_carries_its_parts():
    assert family_name_variants("Петренко-Коваль") & family_name_variants("Коваль")
    assert family_name_variants("Петренко-Коваль") & family_name_variants("Petrenko")


def test_variants_are_frozen_sets_of_lower_case_ascii_keys():
    sets = (given_name_variants("Олександр"), family_name_variants("Ковальська"),
            patronymic_variants("Ivanovych"))
    for v in sets:
        assert isinstance(v, frozenset) and v
        assert all(k.isascii() and k == k.lower() for k in v)


@pytest.mark.parametrize("fn", [given_name_variants, family_name_variants, patronymic_variants])
def test_empty_input_has_no_variants(fn):
    assert fn("") == frozenset() and fn("  ") == frozenset() and fn("1952") == frozenset()


def test_unrelated_names_stay_apart():
    assert not given_name_variants("Oleksandr") & given_name_variants("Oleksii")
    assert not given_name_variants("Тетяна") & given_name_variants("Тамара")
    assert not family_name_variants("Kovalenko") & family_name_variants("Kovalchuk")


def test_fast_key_path_equals_the_brute_force_over_every_scheme():
    lexicon._load()
    words = sorted(lexicon._UA2RU["family"])[::97] + sorted(lexicon._RU2UA["given"])[::7]
    words += sorted(lexicon._UA2RU["patronymic"])[::41]
    assert len(words) > 1500
    for w in words:
        assert keys_of_cyrillic(w) == keys_of_cyrillic_full(w), w


@pytest.mark.parametrize("a,b", [
    ("Chomenko", "Khomenko"),  # German and English spellings of Хоменко
    ("Saporoshez", "Zaporozhets"),  # Запорожець
    ("Schewtschenko", "Szewczenko"),
    ("Kowałenko", "Kovalenko"),
    ("Chevtchenko", "Shevchenko"),  # French (and Soviet passport) spelling
    ("Iouchtchenko", "Yushchenko"),
])
def test_latin_surnames_from_different_countries_meet(a, b):
    assert family_name_variants(a) & family_name_variants(b)


@pytest.mark.parametrize("a,b", [("Jewgeni", "Yevgeny"), ("Michail", "Mikhail"), ("Wolodymyr", "Volodymyr")])
def test_latin_given_names_from_different_countries_meet(a, b):
    assert given_name_variants(a) & given_name_variants(b)


def test_double_given_name_carries_its_parts():
    assert given_name_variants("Анна-Марія") & given_name_variants("Maria")
    assert given_name_variants("Анна-Марія") & given_name_variants("Ганна")


def test_every_variant_set_holds_the_fold_of_the_name_itself():
    lexicon._load()
    for w in sorted(lexicon._UA2RU["family"])[::997]:
        assert to_latin(w) in family_name_variants(w), w
    for w in sorted(lexicon._UA2RU["given"])[::97]:
        assert to_latin(w) in given_name_variants(w) or to_latin(nominative(w, "given")) in (
            given_name_variants(w)
        ), w


@pytest.mark.parametrize("fn", [given_name_variants, family_name_variants, patronymic_variants])
def test_none_is_treated_as_empty(fn):
    assert fn(None) == frozenset()  # type: ignore[arg-type]


def _missed(variants, cyrillic: str, spellings: str) -> list[str]:
    """The spellings whose variant set does not meet the Cyrillic name's."""
    mine = variants(cyrillic)
    return [s for s in spellings.split() if not mine & variants(s)]


# Spellings of Ukrainian given names seen in passports, press, and English, German, Polish and French
# records; each must meet the Ukrainian Cyrillic name.
REAL_WORLD_SPELLINGS = {
 "Олександр": "Alexander Alex Oleksandr Olexandr Aleksander Sasha Sascha Alexandre Oleksander Aleksandr Olek",
 "Олексій": "Alexey Alexei Aleksei Oleksiy Oleksii Alyosha Alexej Oleksij Lyosha Alex",
 "Андрій": "Andrew Andrei Andrey Andriy Andrii Andrej Andrzej Andre",
 "Анатолій": "Anatoly Anatolii Anatoliy Anatolij Tolik Tolya",
 "Дмитро": "Dmitry Dmitri Dmytro Dima Dimitri Dmitrij Dmitriy",
 "Євген": "Eugene Evgeny Yevgeny Yevhen Ievgen Evgenii Zhenya Jenya Evgenij Yevgen Jewgeni Eugen",
 "Юрій": "Yuri Yury Yuriy Iurii Jurij Youri Yura Juri George Yurii",
 "Ігор": "Igor Ihor Ihor",
 "Іван": "Ivan John Vanya Iwan Ivanko",
 "Костянтин": "Konstantin Kostiantyn Kostya Constantine Kostyantyn Konstantyn",
 "Михайло": "Michael Mikhail Mykhailo Misha Michail Mychajlo Mykhaylo Mihail Michal",
 "Микола": "Nikolai Nicholas Mykola Kolya Nikolay Mikola Nikolaj Mikolaj Nick",
 "Павло": "Pavel Pavlo Paul Pasha Pawel Pawlo",
 "Петро": "Peter Petro Pyotr Petr Petya Piotr",
 "Сергій": "Sergei Sergey Serhiy Serhii Sergiy Serge Seryozha Sergej Serhij Sergii Sergio",
 "Володимир": "Vladimir Volodymyr Wolodymyr Vova Volodya Vlad Wladimir Volodimir Włodzimierz",
 "Віктор": "Viktor Victor Vitya Wiktor",
 "Віталій": "Vitaly Vitalii Vitaliy Vitali Vitalij Witalij",
 "Василь": "Vasily Vasyl Vasiliy Wasyl Vasya Basil Vasilii",
 "Ярослав": "Yaroslav Iaroslav Jaroslaw Jaroslav Slava",
 "Богдан": "Bohdan Bogdan",
 "Максим": "Maxim Maksym Max Maksim Maxym",
 "Ганна": "Anna Hanna Ganna Anya Annie Ann Hannah Ania",
 "Олена": "Olena Elena Yelena Helen Lena Helena Jelena Olena",
 "Ольга": "Olga Olha Olya Olia",
 "Наталія": "Natalia Natalya Nataliya Natasha Natalie Nataliia Natalija",
 "Тетяна": "Tetiana Tatiana Tatyana Tanya Tetyana Tatjana Tania",
 "Ірина": "Iryna Irina Ira Irene Iryna",
 "Катерина": "Kateryna Ekaterina Yekaterina Katerina Katya Kate Catherine Katarzyna Katharina",
 "Марія": "Maria Mariya Mariia Masha Mary Marie Marija",
 "Світлана": "Svitlana Svetlana Sveta Swetlana",
 "Юлія": "Yulia Yuliia Julia Iuliia Yulya Julija Yuliya",
 "Оксана": "Oksana Oxana",
 "Людмила": "Lyudmila Ludmila Liudmyla Lyuda Luda Ludmilla",
 "Галина": "Galina Halyna Galya Halina",
 "Валентина": "Valentina Valya Valentyna Walentyna",
 "Надія": "Nadia Nadiya Nadezhda Nadya Nadiia",
 "Вікторія": "Viktoria Victoria Vika Viktoriia Wiktoria",
 "Дарія": "Daria Darya Dasha Dariia Daryna",
 "Анастасія": "Anastasia Anastasiia Nastya Anastasiya",
 "Софія": "Sofia Sophia Sofiia Sonya Sofiya Zofia",
 "Євгенія": "Yevheniya Evgenia Eugenia Zhenya Ievgeniia Jewgenija",
 "Олександра": "Alexandra Oleksandra Sasha Aleksandra",
 "Христина": "Khrystyna Kristina Christina Krystyna",
 "Любов": "Lyubov Liubov Luba Lyuba Lubov",
 "Лариса": "Larisa Larysa Larissa",
 "Тамара": "Tamara",
 "Віра": "Vira Vera Wira",
 "Зоя": "Zoya Zoia",
}


@pytest.mark.parametrize("cyrillic", sorted(REAL_WORLD_SPELLINGS))
def test_real_world_latin_spellings_of_given_names(cyrillic):
    assert not _missed(given_name_variants, cyrillic, REAL_WORLD_SPELLINGS[cyrillic])


# Spellings of common Ukrainian surnames in passports, press, and German, Polish and French records
# (both sexes' forms where the surname has them); each must meet the Ukrainian Cyrillic surname.
REAL_WORLD_SURNAMES = {
 "Шевченко": "Shevchenko Szewczenko Schewtschenko Chevtchenko Ševčenko",
 "Коваленко": "Kovalenko Kowalenko KOVALENKO",
 "Ткаченко": "Tkachenko Tkatschenko Tkaczenko Tkatchenko",
 "Кравченко": "Kravchenko Krawczenko Krawtschenko",
 "Ковальчук": "Kovalchuk Kowalczuk Kowaltschuk Kovaltchouk",
 "Бойко": "Boyko Bojko Boiko",
 "Олійник": "Oliynyk Olijnyk Oleynik Oleinik Oliinyk",
 "Шевчук": "Shevchuk Szewczuk Schewtschuk",
 "Поліщук": "Polishchuk Poliszczuk Polischtschuk Polichtchouk",
 "Лисенко": "Lysenko Lissenko Łysenko",
 "Марченко": "Marchenko Martschenko Marczenko",
 "Мельник": "Melnyk Melnik Mielnik Melnick",
 "Савченко": "Savchenko Sawczenko Sawtschenko",
 "Клименко": "Klymenko Klimenko",
 "Василенко": "Vasylenko Wasylenko Vasilenko",
 "Харченко": "Kharchenko Charczenko Chartschenko",
 "Зінченко": "Zinchenko Sintschenko Zinczenko",
 "Тимошенко": "Tymoshenko Timoschenko Timochenko Tymoszenko",
 "Ющенко": "Yushchenko Juschtschenko Juszczenko Iouchtchenko",
 "Зеленський": "Zelensky Zelenskyi Selenskyj Zełenski Zelenski Zelenska Zelenskaya",
 "Кличко": "Klychko Klitschko Klitchko Kliczko",
 "Гриценко": "Hrytsenko Grytsenko Grizenko Hryzenko",
 "Гнатюк": "Hnatiuk Gnatyuk Hnatjuk Hnatyuk",
 "Іванов": "Ivanov Iwanow Ivanova",
 "Сидоренко": "Sydorenko Sidorenko",
 "Кузнєцов": "Kuznetsov Kusnezow Kuzniecow Kuznetsova",
 "Григор'єв": "Hryhoriev Grigoryev Grigoriev Grigorjew",
 "Ковальський": "Kovalskyi Kowalski Kovalsky Kowalska Kovalskaya",
}


@pytest.mark.parametrize("cyrillic", sorted(REAL_WORLD_SURNAMES))
def test_real_world_latin_spellings_of_surnames(cyrillic):
    assert not _missed(family_name_variants, cyrillic, REAL_WORLD_SURNAMES[cyrillic])


@pytest.mark.parametrize("cyrillic,spellings", [
    ("Миколайович", ("Mykolaiovych Mykolayovych Nikolaevich Nikolayevich Nikolajewitsch Mikolajowycz "
                     "Nikolaievitch Mykolajovyč Mykolaiovytch")),
    ("Олександрівна", "Oleksandrivna Aleksandrovna Alexandrovna Oleksandriwna Aleksandrowna"),
])
def test_real_world_latin_spellings_of_patronymics(cyrillic, spellings):
    assert not _missed(patronymic_variants, cyrillic, spellings)
