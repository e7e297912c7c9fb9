"""The Mariupol scenario (March 2022) built from the two seed reports, each figure with its source as reported.

Figures are claims, not facts: each report row names who said it, in which role, through which channel, and
how reliable the source is judged (Admiralty scale; F where it cannot be judged). Where a report gives no
number, none is invented: the words go into the note.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

KYIV = ZoneInfo("Europe/Kyiv")


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2022, 3, day, hour, 0, tzinfo=KYIV)


ORGANISATIONS = [
    ("Mariupol City Council", "authority"),
    ("Donetsk Regional Military Administration", "authority"),
    ("Red Cross (ICRC) Mariupol delegation", "red_cross"),
    ("Mariupol City Hospital No. 3", "hospital"),
    ("Mariupol Volunteers", "volunteers"),
    ("OCHA Ukraine information management", "un"),
]

# username, organisation, role, facilities assigned (field workers)
DEMO_ACCOUNTS = [
    ("admin", "Mariupol City Council", "administrator", []),
    ("coordinator", "Mariupol City Council", "coordinator", []),
    ("fieldworker", "Mariupol City Council", "field_worker", ["school-shelter", "theatre"]),
    ("hospitalstaff", "Mariupol City Hospital No. 3", "field_worker", ["hospital-3"]),
    ("tracer", "Red Cross (ICRC) Mariupol delegation", "tracing_officer", []),
    ("analyst", "OCHA Ukraine information management", "analyst", []),
]

SETTLEMENTS = ["Mariupol", "Berdyansk", "Zaporizhzhia", "Lviv"]

KYRYLENKO = {"source_name": "Pavlo Kyrylenko", "source_role": "head of the Donetsk regional military administration",
             "source_organisation": "Donetsk Regional Military Administration", "channel": "telegram",
             "reliability": "C"}
CITY_COUNCIL = {"source_name": "Mariupol city council", "source_organisation": "Mariupol City Council",
                "channel": "official", "reliability": "B"}
VERESHCHUK = {"source_name": "Iryna Vereshchuk", "source_role": "Deputy Prime Minister of Ukraine",
              "source_organisation": "Government of Ukraine", "channel": "official", "reliability": "C"}
DENISOVA = {"source_name": "Lyudmyla Denisova", "source_role": "Ukrainian human rights ombudswoman",
            "source_organisation": "Ukrainian Parliament Commissioner for Human Rights", "channel": "televised",
            "reliability": "C"}
TARUTA = {"source_name": "Serhiy Taruta", "source_role": "Ukrainian politician", "channel": "facebook",
          "reliability": "D"}
ICRC = {"source_name": "Ewan Watson", "source_role": "spokesperson",
        "source_organisation": "International Committee of the Red Cross (ICRC)", "channel": "un_briefing",
        "reliability": "B"}
NEWS = {"source_name": "news report (seed report 2)", "channel": "news", "reliability": "F"}
ZLENKO = {"source_name": "Svitlana Zlenko", "source_role": "resident who fled with her son",
          "channel": "news", "reliability": "F"}
OFFICIAL_UA = {"source_name": "official Ukrainian estimates", "source_organisation": "Government of Ukraine",
               "channel": "official", "reliability": "C"}

# key, settlement, organisation, kind, names (en, uk, ru), coordinates, capacity, published, reports
FACILITIES: list[dict[str, Any]] = [
    {
        "key": "held-hospital", "settlement": "Mariupol", "organisation": "Donetsk Regional Military Administration",
        "kind": "hospital",
        "name_en": "Hospital held by Russian forces", "name_uk": "Лікарня, утримувана російськими військами",
        "name_ru": "Больница, удерживаемая российскими войсками",
        "lat": 47.1046, "lon": 37.5647, "capacity": None, "published": False,
        "reports": [
            {**KYRYLENKO, "observed_at": at(15), "status": "held", "people": 500, "people_qualifier": "about",
             "staff": 100,
             "note": "“It's impossible to get out of the hospital… They're shooting hard, we sit in the basement.” "
                     "“Cars can't drive to the hospital for two days already.” Russians drove 400 people from "
                     "neighbouring houses into the hospital (Telegram post).",
             "figures": [("held", 400, "about", "residents"), ("held", 100, "about", "staff")]},
        ],
    },
    {
        "key": "theatre", "settlement": "Mariupol", "organisation": "Mariupol City Council",
        "kind": "shelter_theatre",
        "name_en": "Drama theatre shelter", "name_uk": "Укриття в драмтеатрі", "name_ru": "Укрытие в драмтеатре",
        "lat": 47.0960, "lon": 37.5489, "capacity": None, "published": True,
        "reports": [
            {**NEWS, "observed_at": at(16, 9), "status": "open", "people": 1000, "people_qualifier": "more_than",
             "note": "Over a thousand people were sheltering at the theatre when it was struck. "
                     "“Children” was written in Russian in front of and behind the building."},
            {**DENISOVA, "observed_at": at(18, 15), "status": "destroyed",
             "note": "Rescue work ongoing (televised address).",
             "figures": [("rescued", 130, "exact", "people")]},
            {**NEWS, "observed_at": at(18, 16), "status": "destroyed",
             "note": "Roughly 1,300 still trapped under the rubble of the bombed theatre.",
             "figures": [("under_rubble", 1300, "about", "people")]},
            {**TARUTA, "observed_at": at(18, 17), "status": "destroyed",
             "note": "Hundreds remained unaccounted for; rescue services in the city physically destroyed "
                     "(Facebook post).",
             "figures": [("missing", 100, "at_least", "people")]},
        ],
    },
    {
        "key": "school-shelter", "settlement": "Mariupol", "organisation": "Mariupol City Council",
        "kind": "shelter_school",
        "name_en": "High school shelter", "name_uk": "Укриття в школі", "name_ru": "Укрытие в школе",
        "lat": 47.1120, "lon": 37.5330, "capacity": 250, "published": False,
        "reports": [
            {**OFFICIAL_UA, "observed_at": at(14), "electricity": "none", "water": "none", "heating": "none",
             "note": "Residents without heating, electricity and running water for most of the past two weeks; "
                     "at least 200,000 in the city in urgent need of evacuation.",
             "needs": [("evacuation", 4, None, "", "at least 200,000 city-wide (official Ukrainian estimates)")]},
            {**ZLENKO, "observed_at": at(15, 8), "status": "open",
             "note": "Water from melted snow; a woman wounded by shrapnel on the first floor, taken by the Red Cross "
                     "within a day."},
            {**ICRC, "observed_at": at(15, 14),
             "note": "Families “essentially being suffocated in this city now with no aid”; limited food and water.",
             "needs": [("water", 4, None, "", ""), ("food", 4, None, "", ""), ("medicine", 3, None, "", "")]},
        ],
    },
    {
        "key": "hospital-3", "settlement": "Mariupol", "organisation": "Mariupol City Hospital No. 3",
        "kind": "maternity",
        "name_en": "City Hospital No. 3 (maternity)", "name_uk": "Міська лікарня № 3 (пологове)",
        "name_ru": "Городская больница № 3 (роддом)",
        "lat": 47.1165, "lon": 37.5520, "capacity": None, "published": False,
        "reports": [
            {**NEWS, "observed_at": at(15, 10), "status": "open",
             "note": "Premature babies without parents, who were forced to leave, are in the hospital "
                     "(“it is reported”: number not given).",
             "needs": [("evacuation", 4, None, "", "premature babies without parents")]},
        ],
    },
    {
        "key": "collection-point", "settlement": "Mariupol", "organisation": "Mariupol City Council",
        "kind": "evacuation_point",
        "name_en": "Evacuation collection point (city centre)", "name_uk": "Пункт збору для евакуації (центр)",
        "name_ru": "Пункт сбора для эвакуации (центр)",
        "lat": 47.1000, "lon": 37.5600, "capacity": None, "published": True,
        "reports": [
            {**VERESHCHUK, "observed_at": at(15, 18), "status": "open",
             "note": "Hundreds of civilians managed to leave Mariupol in cars for the second successive day; "
                     "most residents have no cars: buses needed in convoys.",
             "figures": [("evacuated", 100, "at_least", "civilians")],
             "needs": [("evacuation", 4, None, "buses", "most residents have no cars")]},
            {**CITY_COUNCIL, "observed_at": at(15, 20), "status": "open",
             "note": "Route Mariupol → Zaporizhzhia through the humanitarian corridor.",
             "figures": [("evacuated", 2000, "about", "cars"), ("waiting", 2000, "about", "cars")]},
        ],
    },
    {
        "key": "berdyansk-convoy", "settlement": "Berdyansk", "organisation": "Red Cross (ICRC) Mariupol delegation",
        "kind": "checkpoint",
        "name_en": "Aid convoy holding point, Berdyansk", "name_uk": "Місце затримки гуманітарного конвою, Бердянськ",
        "name_ru": "Место задержки гуманитарного конвоя, Бердянск",
        "lat": 46.7560, "lon": 36.7985, "capacity": None, "published": False,
        "reports": [
            {**VERESHCHUK, "observed_at": at(15, 18), "status": "blocked",
             "note": "The aid convoy trying to reach Mariupol is stuck at Berdyansk as Russian shelling continued. "
                     "Russia denies targeting civilians."},
        ],
    },
    {
        "key": "zaporizhzhia-reception", "settlement": "Zaporizhzhia", "organisation": "Mariupol Volunteers",
        "kind": "reception_centre",
        "name_en": "Reception centre for Mariupol evacuees", "name_uk": "Центр прийому евакуйованих з Маріуполя",
        "name_ru": "Центр приёма эвакуированных из Мариуполя",
        "lat": 47.8388, "lon": 35.1396, "capacity": 2000, "published": True,
        "reports": [
            {**CITY_COUNCIL, "observed_at": at(15, 20), "status": "open",
             "note": "About 300 civilians have reached Zaporizhzhia (about 140 miles from Mariupol).",
             "figures": [("arrived", 300, "about", "civilians")]},
        ],
    },
    {
        "key": "lviv-reception", "settlement": "Lviv", "organisation": "Mariupol Volunteers",
        "kind": "reception_centre",
        "name_en": "Lviv railway station reception point", "name_uk": "Пункт прийому на вокзалі Львова",
        "name_ru": "Пункт приёма на вокзале Львова",
        "lat": 49.8397, "lon": 23.9943, "capacity": None, "published": True,
        "reports": [
            {**NEWS, "observed_at": at(18, 10), "status": "open",
             "note": "Hundreds of thousands have found refuge in Lviv; a Russian missile struck an airport near the "
                     "city today."},
        ],
    },
]
