"""The two seed reports quoted in the issue: the figures analysts asked for, with their sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from corridor.reader import extract_report, read_file

DEV = Path(__file__).resolve().parents[3] / "benchmarks" / "reader" / "dev"


@pytest.fixture(scope="module")
def seed000(gz):
    (r,) = read_file(DEV / "000_e2259961c2585c70.txt")
    r.published = __import__("datetime").date(2022, 3, 15)
    return [f for f in extract_report(r, gazetteer=gz)]


@pytest.fixture(scope="module")
def seed003(gz):
    (r,) = read_file(DEV / "003_e4d4ebde457aac06.txt")
    r.published = __import__("datetime").date(2022, 3, 18)
    return [f for f in extract_report(r, gazetteer=gz)]


def find(figs, surface):
    hits = [f for f in figs if f.surface == surface]
    assert hits, [f.surface for f in figs]
    return hits[0]


@pytest.mark.parametrize(
    "surface, value, category, source",
    [
        ("around 400", 400, "hostage", "Pavlo Kyrylenko"),
        ("about 350,000", 350_000, "trapped", None),
        ("at least 200,000", 200_000, "need_evacuation", "official Ukrainian estimates"),
        ("About 300", 300, "arrived", "Mariupol city council"),
        ("about 2,000", 2000, "evacuated", "Mariupol city council"),
        ("2,000", 2000, "waiting", "Mariupol city council"),
        ("hundreds", 100, "evacuated", "Iryna Vereshchuk"),
        ("More than 2,500", 2500, "killed", "Ukrainian official"),
    ],
)
def test_seed_hospital_siege(seed000, surface, value, category, source):
    f = find(seed000, surface)
    assert (f.value, f.category) == (value, category)
    assert (f.source.name if f.source else None) == source


def test_seed_hospital_denial(seed000):
    (den,) = [f for f in seed000 if f.stance == "denial"]
    assert den.source.name == "Russia" and den.value is None


@pytest.mark.parametrize(
    "surface, value, category, place, source",
    [
        ("Roughly 1,300", 1300, "under_rubble", "Mariupol", None),
        ("130", 130, "rescued", "Mariupol", "Lyudmyla Denisova"),
        ("hundreds", 100, "missing", "Mariupol", "Serhiy Taruta"),
        ("Over a thousand", 1000, "sheltering", "Mariupol", None),
        ("more than 3.2million", 3_200_000, "refugees", "Ukraine", None),
        ("3,270,662", 3_270_662, "refugees", "Ukraine", "United Nations Human Rights Commission"),
        ("1,975,449", 1_975_449, "refugees", "Poland", "United Nations Human Rights Commission"),
    ],
)
def test_seed_theatre(seed003, surface, value, category, place, source):
    f = find(seed003, surface)
    assert (f.value, f.category, f.place.name) == (value, category, place)
    assert (f.source.name if f.source else None) == source


def test_seed_theatre_details(seed003):
    f = find(seed003, "130")
    assert f.source.channel == "televised address"
    assert f.time.to_dict() == {"surface": "today", "start": "2022-03-18", "end": "2022-03-18"}
    assert find(seed003, "Roughly 1,300").facility == "theatre"


def test_the_engine_never_imports_django():
    code = (
        "import sys, corridor.reader as r; r.extract('About 300 civilians left Mariupol.'); "
        "sys.exit(1 if any(m == 'django' or m.startswith('django.') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
