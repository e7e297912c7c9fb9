"""Seeded generator of multi-source, multi-script tracing records with ground truth (benchmark data).

Each synthetic person is written down by several sources the way they wrote people down in 2022: a
Russian-language registry in occupied Mariupol, Ukrainian lists, Polish border posts (Latin capitals,
Polish or passport spellings), hospitals (initials, year only, typos), and relatives abroad (nicknames,
English spellings, an age instead of a birth date). Namesakes, twins and fathers and sons with the same
name are generated on purpose. Usage: python generate.py N_RECORDS OUT.csv [--seed S]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from datetime import date

import iuliia
import translitua

# (UA, RU, informal English spellings, nicknames UA/RU Cyrillic, nicknames Latin, UA patronymic m/f, RU m/f)
MALE = [
    ("Олександр", "Александр", ["Alexander", "Alex"], ["Саша", "Сашко", "Шура"], ["Sasha", "Sashko"],
     ("Олександрович", "Олександрівна", "Александрович", "Александровна")),
    ("Микола", "Николай", ["Nikolai", "Nick"], ["Коля", "Микола"], ["Kolya", "Kolia"],
     ("Миколайович", "Миколаївна", "Николаевич", "Николаевна")),
    ("Сергій", "Сергей", ["Sergey", "Serge"], ["Сергійко", "Серёжа"], ["Seryozha", "Serhiy"],
     ("Сергійович", "Сергіївна", "Сергеевич", "Сергеевна")),
    ("Володимир", "Владимир", ["Vladimir", "Volodymyr"], ["Вова", "Володя"], ["Vova", "Volodya"],
     ("Володимирович", "Володимирівна", "Владимирович", "Владимировна")),
    ("Іван", "Иван", ["Ivan", "John"], ["Ваня", "Івась"], ["Vanya", "Vania"],
     ("Іванович", "Іванівна", "Иванович", "Ивановна")),
    ("Андрій", "Андрей", ["Andrew", "Andrey"], ["Андрійко", "Андрюша"], ["Andriy", "Andryusha"],
     ("Андрійович", "Андріївна", "Андреевич", "Андреевна")),
    ("Дмитро", "Дмитрий", ["Dmitry", "Dmytro"], ["Діма", "Дима"], ["Dima", "Dimа"],
     ("Дмитрович", "Дмитрівна", "Дмитриевич", "Дмитриевна")),
    ("Віктор", "Виктор", ["Victor", "Viktor"], ["Вітя", "Витя"], ["Vitya", "Vitia"],
     ("Вікторович", "Вікторівна", "Викторович", "Викторовна")),
    ("Юрій", "Юрий", ["Yuri", "George"], ["Юра", "Юрко"], ["Yura", "Iura"],
     ("Юрійович", "Юріївна", "Юрьевич", "Юрьевна")),
    ("Олексій", "Алексей", ["Alexei", "Alexey"], ["Льоша", "Лёша", "Альоша"], ["Lyosha", "Alyosha"],
     ("Олексійович", "Олексіївна", "Алексеевич", "Алексеевна")),
    ("Євген", "Евгений", ["Eugene", "Evgeny"], ["Женя", "Євгенко"], ["Zhenya", "Zhenia"],
     ("Євгенович", "Євгенівна", "Евгеньевич", "Евгеньевна")),
    ("Михайло", "Михаил", ["Michael", "Mikhail"], ["Міша", "Миша"], ["Misha", "Mykhailo"],
     ("Михайлович", "Михайлівна", "Михайлович", "Михайловна")),
    ("Петро", "Пётр", ["Peter", "Petr"], ["Петя", "Петрусь"], ["Petya", "Petro"],
     ("Петрович", "Петрівна", "Петрович", "Петровна")),
    ("Василь", "Василий", ["Vasily", "Vasyl"], ["Вася", "Василько"], ["Vasya", "Vasia"],
     ("Васильович", "Василівна", "Васильевич", "Васильевна")),
    ("Григорій", "Григорий", ["Gregory", "Grigory"], ["Гриша", "Грицько"], ["Grisha", "Hrysha"],
     ("Григорович", "Григорівна", "Григорьевич", "Григорьевна")),
    ("Анатолій", "Анатолий", ["Anatoly", "Tolik"], ["Толя", "Толик"], ["Tolya", "Tolia"],
     ("Анатолійович", "Анатоліївна", "Анатольевич", "Анатольевна")),
    ("Валерій", "Валерий", ["Valery", "Valeriy"], ["Валера"], ["Valera"],
     ("Валерійович", "Валеріївна", "Валерьевич", "Валерьевна")),
    ("Геннадій", "Геннадий", ["Gennady", "Hennadiy"], ["Гена"], ["Gena", "Hena"],
     ("Геннадійович", "Геннадіївна", "Геннадьевич", "Геннадьевна")),
]
FEMALE = [
    ("Олена", "Елена", ["Elena", "Helen"], ["Лена", "Оленка"], ["Lena", "Olenka"]),
    ("Наталія", "Наталья", ["Natalia", "Natalie"], ["Наташа", "Наталка"], ["Natasha", "Natalka"]),
    ("Ганна", "Анна", ["Anna", "Ann"], ["Аня", "Ганнуся"], ["Anya", "Hanna"]),
    ("Тетяна", "Татьяна", ["Tatiana", "Tanya"], ["Таня", "Тетянка"], ["Tanya", "Tania"]),
    ("Ірина", "Ирина", ["Irina", "Irene"], ["Іра", "Ира"], ["Ira", "Iryna"]),
    ("Світлана", "Светлана", ["Svetlana", "Lana"], ["Світла", "Света"], ["Sveta", "Svitlana"]),
    ("Людмила", "Людмила", ["Ludmila", "Lyudmila"], ["Люда", "Мила"], ["Lyuda", "Liuda"]),
    ("Ольга", "Ольга", ["Olga", "Olha"], ["Оля", "Олюся"], ["Olya", "Olia"]),
    ("Марія", "Мария", ["Maria", "Mary"], ["Маша", "Марічка"], ["Masha", "Marichka"]),
    ("Катерина", "Екатерина", ["Ekaterina", "Kate"], ["Катя", "Катруся"], ["Katya", "Katia"]),
    ("Юлія", "Юлия", ["Julia", "Yulia"], ["Юля"], ["Yulya", "Julia"]),
    ("Євгенія", "Евгения", ["Eugenia", "Evgenia"], ["Женя"], ["Zhenya", "Zhenia"]),
    ("Валентина", "Валентина", ["Valentina", "Valya"], ["Валя"], ["Valya", "Valia"]),
    ("Галина", "Галина", ["Galina", "Halyna"], ["Галя"], ["Galya", "Halia"]),
    ("Оксана", "Оксана", ["Oksana", "Ksenia"], ["Ксана", "Оксанка"], ["Oksanka", "Ksana"]),
    ("Лариса", "Лариса", ["Larisa", "Larysa"], ["Лара"], ["Lara"]),
    ("Вікторія", "Виктория", ["Victoria", "Vika"], ["Віка", "Вика"], ["Vika"]),
]
# Surname stems and endings; Ukrainian -> Russian spelling by letter rules (Ковальчук/Ковальчук,
# Лисенко/Лысенко, Григор'єв/Григорьев, Ковальський/Ковальский, Олійник/Олейник).
STEMS = ["Ковал", "Шевч", "Бондар", "Ткач", "Кравч", "Мельнич", "Поліщ", "Лис", "Григор", "Петр", "Іван",
         "Сидор", "Мороз", "Савч", "Руд", "Марч", "Бойч", "Гончар", "Павл", "Литвин", "Кузьм", "Білоус",
         "Зінч", "Пономар", "Роман", "Дорош", "Степан", "Яков", "Карп", "Кирил", "Остап", "Ярош", "Мирош",
         "Гаврил", "Тарас", "Демч", "Кушнір", "Семен", "Федор", "Харч", "Антон", "Шаповал", "Швед", "Рибал",
         "Клим", "Кононч", "Прокоп", "Тимош", "Шулж", "Юрч", "Назар", "Гордій", "Лук'ян", "Панч", "Вакул",
         "Гнат", "Дем'ян", "Жук", "Зуб", "Кисел", "Лозов", "Мацк", "Нечипор", "Оліфір", "Пилип", "Ревуц"]
# The long tail: real registries hold tens of thousands of surnames, most of them rare.
_ONSETS = ["Б", "В", "Г", "Д", "Ж", "З", "К", "Л", "М", "Н", "П", "Р", "С", "Т", "Ф", "Х", "Ц", "Ч", "Ш",
           "Бр", "Гр", "Др", "Кр", "Пр", "Тр", "Ст", "Сл", "Кл", "Пл", "Гл"]
_NUCLEI = ["а", "о", "у", "е", "и", "і"]
_CODAS = ["б", "в", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "х", "ц", "ч", "ш", "рн", "лк",
          "ст", "нч", "рч", "вч"]
TAIL_STEMS = [o + n + c for o in _ONSETS for n in _NUCLEI for c in _CODAS]
ENDINGS_M_F = [("енко", "енко"), ("ук", "ук"), ("ський", "ська"), ("ов", "ова"), ("ін", "іна"),
               ("ич", "ич"), ("ак", "ак"), ("ишин", "ишина"), ("юк", "юк"), ("ець", "ець")]

_POLISH = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
                   ["a", "b", "w", "h", "g", "d", "e", "je", "ż", "z", "y", "i", "ji", "j", "k", "l", "m", "n",
                    "o", "p", "r", "s", "t", "u", "f", "ch", "c", "cz", "sz", "szcz", "", "ju", "ja", ""]))
_UA_TO_RU = {"і": "и", "ї": "и", "є": "е", "'": "ь", "ґ": "г"}
PLACES_UA = ["Маріуполь", "Маріуполь", "Маріуполь", "Маріуполь", "Бердянськ", "Мангуш", "Сартана",
             "Запоріжжя", "Донецьк", "Волноваха"]
PLACE_RU = {"Маріуполь": "Мариуполь", "Бердянськ": "Бердянск", "Мангуш": "Мангуш", "Сартана": "Сартана",
            "Запоріжжя": "Запорожье", "Донецьк": "Донецк", "Волноваха": "Волноваха"}
PLACE_LATIN = {"Маріуполь": "Mariupol", "Бердянськ": "Berdiansk", "Мангуш": "Manhush", "Сартана": "Sartana",
               "Запоріжжя": "Zaporizhzhia", "Донецьк": "Donetsk", "Волноваха": "Volnovakha"}
REF = date(2022, 3, 15)
COLUMNS = ["record_id", "source", "given_name", "family_name", "patronymic", "birth_date", "birth_year", "age",
           "sex", "place", "note", "document", "person_id"]


def ua_to_ru(s: str) -> str:
    out = []
    for ch in s.lower():
        out.append(_UA_TO_RU.get(ch, ch))
    r = "".join(out).replace("ськы", "ски").replace("ський", "ский").replace("ська", "ская")
    r = r.replace("ый", "ий").replace("ьй", "ий")
    return r[:1].upper() + r[1:]


def polish(s: str) -> str:
    out = "".join(_POLISH.get(ch, ch) for ch in s.lower())
    return out[:1].upper() + out[1:]


def typo(rng: random.Random, s: str) -> str:
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    kind = rng.random()
    if kind < 0.35:
        return s[:i] + s[i + 1:]
    if kind < 0.7:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + s[i - 1] + s[i + 1:]


class Person:
    __slots__ = ("dob", "family", "father", "given", "passport", "pid", "place", "sex")

    def __init__(self, pid, sex, given, family, father, dob, place):  # type: ignore[no-untyped-def]
        self.pid, self.sex, self.given, self.family, self.father, self.dob, self.place = (
            pid, sex, given, family, father, dob, place)
        # An old-style passport (two Cyrillic letters and six digits) or a 9-digit ID card.
        r = random.Random(pid * 7919 + dob.toordinal())
        self.passport = (r.choice(["ЕН", "ВК", "АМ", "ВС"]) + f"{r.randrange(10**6):06d}" if r.random() < 0.6
                         else f"{r.randrange(10**9):09d}")


_CUM: dict[tuple[int, int], list[float]] = {}


def _zipf_choice(rng: random.Random, n: int, offset: int) -> int:
    # Rank-frequency law: common names dominate as in real registries, without one name taking half.
    cum = _CUM.get((n, offset))
    if cum is None:
        total, cum = 0.0, []
        for k in range(n):
            total += 1.0 / (k + offset)
            cum.append(total)
        _CUM[(n, offset)] = cum
    return rng.choices(range(n), cum_weights=cum)[0]


def make_people(rng: random.Random, n: int, n_surnames: int) -> list[Person]:
    head = [(st, e) for st in STEMS for e in ENDINGS_M_F]
    tail = [(st, e) for st in TAIL_STEMS for e in ENDINGS_M_F]
    rng.shuffle(head)
    rng.shuffle(tail)
    surnames = (head + tail)[:n_surnames]
    people: list[Person] = []
    while len(people) < n:
        sex = rng.choice("MF")
        fam = surnames[_zipf_choice(rng, len(surnames), 8)]
        given = _zipf_choice(rng, len(MALE) if sex == "M" else len(FEMALE), 3)
        father = _zipf_choice(rng, len(MALE), 3)
        dob = date(rng.randint(1935, 2019), rng.randint(1, 12), rng.randint(1, 28))
        place = rng.choice(PLACES_UA)
        p = Person(len(people), sex, given, fam, father, dob, place)
        people.append(p)
        r = rng.random()
        if r < 0.03:  # twins: same family, father, birth date; a different (or same-sex other) name
            s2 = rng.choice("MF")
            g2 = rng.randrange(len(MALE) if s2 == "M" else len(FEMALE))
            people.append(Person(len(people), s2, g2, fam, father, dob, place))
        elif r < 0.06 and sex == "M" and dob.year < 1975:  # a son named after his father
            son = date(dob.year + rng.randint(20, 35), rng.randint(1, 12), rng.randint(1, 28))
            people.append(Person(len(people), "M", given, fam, given, son, place))
    return people[:n]


def family_form(p: Person, ru: bool) -> str:
    stem, (m, f) = p.family
    ua = stem + (m if p.sex == "M" else f)
    return ua_to_ru(ua) if ru else ua


def given_forms(p: Person) -> tuple:  # type: ignore[type-arg]
    return (MALE if p.sex == "M" else FEMALE)[p.given]


def patronymic(p: Person, ru: bool) -> str:
    forms = MALE[p.father][5]
    return forms[(2 if ru else 0) + (0 if p.sex == "M" else 1)]


def age_at(dob: date) -> int:
    return REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))


def write_record(rng: random.Random, p: Person, source: str, rid: str) -> dict[str, str]:
    g = given_forms(p)
    row = dict.fromkeys(COLUMNS, "")
    row.update(record_id=rid, person_id=str(p.pid))
    if source == "registry_ru":  # occupation authorities' Russian list
        row.update(source="registry", given_name=g[1], family_name=family_form(p, True),
                   patronymic=patronymic(p, True), birth_date=p.dob.isoformat(), sex=p.sex,
                   place=PLACE_RU[p.place])
        if rng.random() < 0.3:  # written "Фамилия Имя" in capitals
            row["family_name"] = row["family_name"].upper()
    elif source == "registry_ua":
        row.update(source="registry", given_name=g[0], family_name=family_form(p, False),
                   patronymic=patronymic(p, False), birth_date=p.dob.isoformat(), sex=p.sex, place=p.place,
                   document=p.passport if rng.random() < 0.3 else "")
    elif source == "border":  # Polish border post: Latin capitals from the passport, or Polish practice
        fam, given = family_form(p, False), g[0]
        style = rng.random()
        if style < 0.5:
            fam_l, giv_l = translitua.translit(fam), translitua.translit(given)
        elif style < 0.7:
            fam_l = translitua.translit(fam, translitua.UkrainianPassport2007)
            giv_l = translitua.translit(given, translitua.UkrainianPassport2007)
        elif style < 0.85:
            fam_l, giv_l = polish(fam), polish(given)
        else:  # an old Soviet passport, Russian forms
            fam_l = iuliia.MVD_782.translate(family_form(p, True))
            giv_l = iuliia.MVD_782.translate(g[1])
        doc = p.passport if rng.random() < 0.9 else ""
        if doc and rng.random() < 0.05:  # a digit misread
            i = rng.randrange(2, len(doc))
            doc = doc[:i] + str(rng.randrange(10)) + doc[i + 1:]
        row.update(source="border", given_name=giv_l.upper(), family_name=fam_l.upper(),
                   birth_date=p.dob.isoformat(), sex=p.sex if rng.random() < 0.8 else "", document=doc)
    elif source == "hospital":  # initials, year only, typos
        ru = rng.random() < 0.5
        fam = family_form(p, ru)
        if rng.random() < 0.3:
            fam = typo(rng, fam)
        given = (g[1] if ru else g[0])
        if rng.random() < 0.6:
            given = given[0] + "."
            patr = patronymic(p, ru)[0] + "."
        else:
            patr = patronymic(p, ru) if rng.random() < 0.5 else ""
        row.update(source="hospital", given_name=given, family_name=fam, patronymic=patr,
                   birth_year=str(p.dob.year if rng.random() < 0.9 else p.dob.year + rng.choice((-1, 1))),
                   sex=p.sex if rng.random() < 0.5 else "", place=p.place if rng.random() < 0.5 else "")
    elif source == "request":  # a relative abroad: nickname or English spelling, age only
        style = rng.random()
        if style < 0.35:
            given = rng.choice(g[4])
            fam = translitua.translit(family_form(p, False)) if rng.random() < 0.6 else \
                iuliia.WIKIPEDIA.translate(family_form(p, True))
        elif style < 0.6:
            given = rng.choice(g[2])
            fam = iuliia.WIKIPEDIA.translate(family_form(p, True)) if rng.random() < 0.5 else \
                translitua.translit(family_form(p, False))
        else:
            given = rng.choice(g[3])
            fam = family_form(p, rng.random() < 0.4)
        age = age_at(p.dob) + (rng.choice((-1, 0, 0, 0, 1)) if rng.random() < 0.5 else 0)
        row.update(source="request", given_name=given, family_name=fam, age=str(max(age, 0)),
                   sex=p.sex if rng.random() < 0.6 else "",
                   place=rng.choice((PLACE_LATIN[p.place], p.place, "")), note="searching for relative")
    elif source == "shelter":  # Ukrainian list with typos and year of birth
        given = g[0] if rng.random() < 0.7 else typo(rng, g[0])
        fam = family_form(p, False)
        if rng.random() < 0.25:
            fam = typo(rng, fam)
        row.update(source="shelter", given_name=given, family_name=fam,
                   patronymic=patronymic(p, False) if rng.random() < 0.5 else "",
                   birth_year=str(p.dob.year), sex=p.sex, place=p.place)
    return row


SOURCES = ["registry_ru", "registry_ua", "border", "hospital", "request", "shelter"]
WEIGHTS = [0.25, 0.2, 0.2, 0.12, 0.1, 0.13]


def generate(n_records: int, seed: int = 1) -> list[dict[str, str]]:
    rng = random.Random(seed)
    n_people = max(1, int(n_records / 2.2))
    people = make_people(rng, n_people, n_surnames=min((len(STEMS) + len(TAIL_STEMS)) * len(ENDINGS_M_F), 300 + n_records // 8))
    rows: list[dict[str, str]] = []
    k = 0
    while len(rows) < n_records:
        p = people[k % len(people)] if k < len(people) else rng.choice(people)
        k += 1
        n = 1 + min(int(rng.expovariate(0.8)), 4)
        for src in rng.choices(SOURCES, WEIGHTS, k=n):
            rows.append(write_record(rng, p, src, f"r{seed}-{len(rows)}"))
            if len(rows) >= n_records:
                break
    rng.shuffle(rows)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    rows = generate(a.n, a.seed)
    with open(a.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} records to {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
