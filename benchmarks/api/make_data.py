"""Fill a database with a Mariupol-sized places registry for the API load test, and print a bearer token.

500 facilities (450 in Mariupol, the rest in Zaporizhzhia and Berdyansk) with 5 reports each (occupancy,
utilities, two needs, one figure), two organisations, one coordinator whose token the load test uses.

    CORRIDOR_DATA_DIR=/tmp/bench DATABASE_URL=... python benchmarks/api/make_data.py > token.txt
"""

from __future__ import annotations

import os
import random
import sys
from datetime import timedelta

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "corridor.settings")
django.setup()

from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from corridor.accounts.models import ApiToken, Organisation, User
from corridor.core.audit import audit_context
from corridor.places.models import Facility, FacilityKind, Settlement
from corridor.places.services import FigureInput, NeedInput, ReportInput, record_report

FACILITIES = int(os.environ.get("BENCH_FACILITIES", "500"))
REPORTS = int(os.environ.get("BENCH_REPORTS", "5"))


def main() -> int:
    call_command("migrate", verbosity=0)
    if Facility.objects.exists():
        print("database already filled", file=sys.stderr)
    else:
        fill()
    user = User.objects.get(username="bench")
    _, key = ApiToken.issue(user, "load test")
    print(key)
    return 0


def fill() -> None:
    rng = random.Random(2022)
    council = Organisation.objects.create(name="Mariupol City Council", kind="authority")
    redcross = Organisation.objects.create(name="Red Cross", kind="red_cross")
    user = User.objects.create_user(username="bench", password=None, organisation=council, role="coordinator")
    places = [
        Settlement.objects.create(geonameid=701822, name_en="Mariupol", name_uk="Маріуполь", name_ru="Мариуполь",
                                  lat=47.09514, lon=37.54131),
        Settlement.objects.create(geonameid=687700, name_en="Zaporizhzhia", name_uk="Запоріжжя",
                                  name_ru="Запорожье", lat=47.82289, lon=35.19031),
        Settlement.objects.create(geonameid=712451, name_en="Berdyansk", name_uk="Бердянськ", name_ru="Бердянск",
                                  lat=46.75451, lon=36.78844),
    ]
    kinds = list(FacilityKind.values)
    now = timezone.now()
    with audit_context("command", user=user), transaction.atomic():
        for i in range(FACILITIES):
            settlement = places[0] if i < FACILITIES * 0.9 else places[1 + i % 2]
            facility = Facility.objects.create(
                organisation=council if i % 4 else redcross, settlement=settlement, kind=rng.choice(kinds),
                name_en=f"Facility {i:03d}", name_uk=f"Обʼєкт {i:03d}", address=f"{i} Myru Ave",
                lat=settlement.lat + rng.uniform(-0.05, 0.05), lon=settlement.lon + rng.uniform(-0.05, 0.05),
                capacity=rng.randint(20, 2000), published=i % 3 == 0,
                visibility="partners" if i % 5 else "organisation")
            for r in range(REPORTS):
                people = rng.randint(0, 1500)
                record_report(facility, ReportInput(
                    values={"observed_at": now - timedelta(hours=rng.uniform(0, 72)), "source_name": "warden",
                            "channel": "phone", "reliability": "B", "status": rng.choice(["open", "damaged"]),
                            "people": people, "children": people // 5, "water": rng.choice(["none", "partial"])},
                    needs=[NeedInput("water", rng.randint(0, 4), 1000, "litres"), NeedInput("food", rng.randint(1, 4))],
                    figures=[FigureInput("sheltering", people, "about")]), user=user)


if __name__ == "__main__":
    sys.exit(main())
