"""Read the shipped data files (settlements, oblasts, countries) into places and their names."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

from corridor.gazetteer.keys import cyrillic_language, name_key, script_of
from corridor.gazetteer.model import COUNTRY, OBLAST, SETTLEMENT, Place

DATA_DIR = Path(__file__).parent / "data"

# How much a spelling is trusted: official names beat variants, variants beat GeoNames' odd extras
# (language names, other exonyms) that stay findable by resolve() but never match free text.
OFFICIAL = 2
VARIANT = 1
OTHER = 0


@dataclass(frozen=True)
class PlaceName:
    text: str
    quality: int
    key: str


def _named(text: str, quality: int) -> PlaceName:
    return PlaceName(text, quality, name_key(text))


@dataclass(frozen=True)
class Oblast:
    place: Place
    stem_en: str
    adj_uk: str
    adj_ru: str


@dataclass
class Loaded:
    places: list[Place]
    names: list[list[PlaceName]]  # parallel to places
    oblasts: list[Oblast]


def _rows(path: Path) -> list[list[str]]:
    """Tab-separated rows of a data file (gzip if the name ends in .gz), comments and blanks skipped."""
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _settlement_names(name: str, name_uk: str, name_ru: str, alternates: list[str]) -> list[PlaceName]:
    out = [_named(n, OFFICIAL) for n in (name, name_uk, name_ru) if n]
    own_keys = {n.key for n in out}
    latin: list[PlaceName] = []
    for alt in alternates:
        key = name_key(alt)
        if script_of(alt) == "cyrillic":
            quality = VARIANT if cyrillic_language(alt) != "other" else OTHER
            if quality == VARIANT:
                own_keys.add(key)
            out.append(PlaceName(alt, quality, key))
        else:
            latin.append(PlaceName(alt, OTHER, key))
    for rom in latin:
        # A Latin spelling is a variant when it romanises one of the place's own names
        # (Zhdanov, Kiev, Lwów); otherwise it is an exonym or GeoNames noise (Lemberg, Hayeren).
        out.append(PlaceName(rom.text, VARIANT, rom.key) if rom.key in own_keys else rom)
    return out


def load(data_dir: Path = DATA_DIR) -> Loaded:
    places: list[Place] = []
    names: list[list[PlaceName]] = []
    by_id: dict[int, int] = {}

    oblast_rows = _rows(data_dir / "oblasts.tsv")
    oblast_name = {row[0]: row[2] for row in oblast_rows}

    for f in _rows(data_dir / "settlements.tsv.gz"):
        gid, name, name_uk, name_ru, lat, lon, cc, admin1, pop, alts = f
        admin1_name = oblast_name.get(admin1) if cc == "UA" else None
        place = Place(
            geonameid=int(gid),
            name=name,
            name_uk=name_uk or None,
            name_ru=name_ru or None,
            lat=float(lat),
            lon=float(lon),
            country_code=cc,
            admin1_code=admin1 or None,
            admin1_name=admin1_name,
            population=int(pop),
            kind=SETTLEMENT,
        )
        by_id[place.geonameid] = len(places)
        places.append(place)
        names.append(_settlement_names(name, name_uk, name_ru, alts.split("|") if alts else []))

    oblasts: list[Oblast] = []
    for f in oblast_rows:
        code, gid, en, uk, ru, stem_en, adj_uk, adj_ru, informal, centre = f
        c = places[by_id[int(centre)]]
        place = Place(int(gid), en, uk, ru, c.lat, c.lon, "UA", code, en, 0, OBLAST)
        oblasts.append(Oblast(place, stem_en, adj_uk, adj_ru))
        official = [en, uk, ru, informal]
        if stem_en:
            official += [f"{stem_en} Oblast", f"{stem_en} region", f"{stem_en} province"]
        if code == "11":
            official += ["Krym", "Крым", "Автономная Республика Крым", "Autonomous Republic of Crimea"]
        places.append(place)
        names.append([_named(n, OFFICIAL) for n in official if n])

    for f in _rows(data_dir / "countries.tsv"):
        iso, gid, en, uk, ru, other, pop, capital = f
        c = places[by_id[int(capital)]]
        place = Place(int(gid), en, uk, ru, c.lat, c.lon, iso, None, None, int(pop), COUNTRY)
        places.append(place)
        names.append([_named(n, OFFICIAL) for n in [en, uk, ru, *other.split("|")] if n])

    return Loaded(places, names, oblasts)
