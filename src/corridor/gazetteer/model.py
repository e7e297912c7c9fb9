"""The gazetteer's value types (Place, PlaceMention) and great-circle distance."""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088

SETTLEMENT = "settlement"
OBLAST = "oblast"
COUNTRY = "country"


@dataclass(frozen=True)
class Place:
    """One settlement, Ukrainian oblast or country; ids are GeoNames geonameids."""

    geonameid: int
    name: str  # English/Latin display name, e.g. "Mariupol"
    name_uk: str | None  # "Маріуполь"
    name_ru: str | None  # "Мариуполь"
    lat: float
    lon: float
    country_code: str  # ISO 3166-1 alpha-2, "UA"
    admin1_code: str | None  # GeoNames admin1 code, "05"
    admin1_name: str | None  # English oblast name for Ukraine ("Donetsk Oblast"), else None
    population: int
    kind: str  # "settlement", "oblast" or "country"


@dataclass(frozen=True)
class PlaceMention:
    """A place named in free text: text[start:end] == surface."""

    place: Place
    start: int
    end: int
    surface: str


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points in degrees."""
    lat1, lon1 = math.radians(a[0]), math.radians(a[1])
    lat2, lon2 = math.radians(b[0]), math.radians(b[1])
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
