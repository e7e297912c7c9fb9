"""The Gazetteer: resolve a place name in any spelling, list candidates, search by distance."""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from itertools import product
from pathlib import Path

from rapidfuzz.fuzz import ratio

from corridor.gazetteer.inflect import nominative_candidates
from corridor.gazetteer.keys import name_key, skeleton
from corridor.gazetteer.model import COUNTRY, OBLAST, SETTLEMENT, Place, PlaceMention, haversine_km
from corridor.gazetteer.store import DATA_DIR, OFFICIAL, VARIANT, Loaded, load

# Oblasts carry no population (0); for ranking they weigh like a city of this size, so that
# "Волинь" is the oblast rather than a village of 600 called Волинь.
OBLAST_RANK_POPULATION = 1_000_000
# Skeleton (vowel-free) fallback only accepts spellings this similar to a known key, and only for
# keys long enough that one letter off is still the same name (Mariupil, not China -> Chojna).
FUZZY_MIN_SIMILARITY = 85.0
FUZZY_MIN_KEY_LENGTH = 6
# With near=(lat, lon), every 100 km of distance costs as much as a factor 10 in population.
KM_PER_DECADE = 100.0


class Gazetteer:
    """Settlements of Ukraine and neighbours, Ukrainian oblasts and the neighbouring countries."""

    def __init__(self, data: Loaded) -> None:
        self._places = data.places
        self._names = data.names
        self._by_id: dict[int, int] = {}
        self._keys: dict[str, dict[int, int]] = {}  # key -> {place index: best name quality}
        self._skeletons: dict[str, set[str]] | None = None  # skeleton -> keys, built on first use
        self._grid: dict[tuple[int, int], list[int]] = {}
        for idx, (place, names) in enumerate(zip(data.places, data.names)):
            self._by_id.setdefault(place.geonameid, idx)
            for n in names:
                if not n.key:
                    continue
                bucket = self._keys.setdefault(n.key, {})
                if bucket.get(idx, -1) < n.quality:
                    bucket[idx] = n.quality
            if place.kind == SETTLEMENT:
                self._grid.setdefault(_cell(place.lat, place.lon), []).append(idx)
        self._oblasts = data.oblasts
        self._finder: object | None = None
        self._lazy_lock = threading.Lock()

    @classmethod
    def from_directory(cls, data_dir: Path = DATA_DIR) -> Gazetteer:
        return cls(load(data_dir))

    # -- names -------------------------------------------------------------------------------------

    def key(self, name: str) -> str:
        """The normalised comparable key (see corridor.gazetteer.keys): "Mariupol'" -> "mariupol"."""
        return name_key(name)

    def _rank(self, idx: int, quality: int, near: tuple[float, float] | None) -> float:
        place = self._places[idx]
        pop = OBLAST_RANK_POPULATION if place.kind == OBLAST else place.population
        score = math.log10(pop + 10) + quality
        if near is not None:
            score -= haversine_km(near, (place.lat, place.lon)) / KM_PER_DECADE
        return score

    def _exact(self, key: str) -> dict[int, int]:
        return self._keys.get(key, {})

    def _candidates(self, name: str) -> dict[int, tuple[int, float]]:
        """place index -> (quality, similarity 0..1) for the exact key, then inflections, then fuzzy."""
        key = name_key(name)
        if not key:
            return {}
        hits = self._exact(key)
        if hits:
            return {i: (q, 1.0) for i, q in hits.items()}
        found: dict[int, tuple[int, float]] = {}
        words = name.split()
        if 1 < len(words) <= 3:  # Кривого Рогу, Білої Церкви: every word may be inflected
            forms = [" ".join(combo) for combo in product(*(nominative_candidates(w) for w in words))][1:]
        else:
            forms = nominative_candidates(name.strip())[1:]
        for form in forms:
            for i, q in self._exact(name_key(form)).items():
                if i not in found or found[i][0] < q:
                    found[i] = (q, 0.95)
        if found:
            return found
        if len(key) < FUZZY_MIN_KEY_LENGTH:
            return found
        for other in self._skeleton_index().get(skeleton(key), ()):
            sim = ratio(key, other)
            if sim >= FUZZY_MIN_SIMILARITY:
                for i, q in self._exact(other).items():
                    if q < VARIANT:
                        continue  # a near miss of GeoNames noise (Gneva) is no evidence
                    if i not in found or found[i][1] < sim / 100.0:
                        found[i] = (q, sim / 100.0)
        return found

    def _skeleton_index(self) -> dict[str, set[str]]:
        # Built lazily: only misspelt queries need it, and it costs a third of the start-up time.
        if self._skeletons is None:
            with self._lazy_lock:
                if self._skeletons is None:
                    index: dict[str, set[str]] = {}
                    for key in self._keys:
                        sk = skeleton(key)
                        if len(sk) >= 3:
                            index.setdefault(sk, set()).add(key)
                    self._skeletons = index
        return self._skeletons

    def lookup(
        self,
        name: str,
        country: str | None = None,
        limit: int = 10,
        near: tuple[float, float] | None = None,
    ) -> list[Place]:
        """Every place the name may mean, best first (population, name quality, proximity)."""
        cc = country.upper() if country else None
        scored = []
        for idx, (quality, sim) in self._candidates(name).items():
            place = self._places[idx]
            if cc and place.country_code != cc:
                continue
            # A weaker match (inflected guess, fuzzy) must not beat a clean one on population alone.
            score = self._rank(idx, quality, near) - (1.0 - sim) * 20.0
            scored.append((-score, place.geonameid, place))
        scored.sort(key=lambda t: (t[0], t[1]))
        return [p for _, _, p in scored[:limit]]

    def resolve(
        self, name: str, country: str | None = None, near: tuple[float, float] | None = None
    ) -> Place | None:
        """The single best place for a name in any script or spelling, or None."""
        best = self.lookup(name, country=country, limit=1, near=near)
        return best[0] if best else None

    def get(self, geonameid: int) -> Place | None:
        idx = self._by_id.get(geonameid)
        return self._places[idx] if idx is not None else None

    def same_place(self, a: str, b: str) -> bool:
        """True when both names resolve to the same place (or, unknown to the gazetteer, share a key)."""
        pa, pb = self.resolve(a), self.resolve(b)
        if pa is not None and pb is not None:
            if pa.geonameid == pb.geonameid:
                return True
            # "Kiev" and "Kyiv" resolve alike; a name that is also a variant of the other's place counts.
            ka, kb = name_key(a), name_key(b)
            return self._exact(ka).get(self._by_id[pb.geonameid]) is not None or (
                self._exact(kb).get(self._by_id[pa.geonameid]) is not None
            )
        ka, kb = name_key(a), name_key(b)
        return bool(ka) and ka == kb

    def names_of(self, place: Place) -> list[str]:
        """All spellings the gazetteer knows for a place (official first)."""
        idx = self._by_id.get(place.geonameid)
        if idx is None:
            return []
        names = sorted(self._names[idx], key=lambda n: -n.quality)
        return [n.text for n in names]

    def is_official_name(self, place: Place, name: str) -> bool:
        idx = self._by_id.get(place.geonameid)
        key = name_key(name)
        return idx is not None and any(n.key == key and n.quality == OFFICIAL for n in self._names[idx])

    # -- space -------------------------------------------------------------------------------------

    def near(self, lat: float, lon: float, radius_km: float, limit: int = 20) -> list[tuple[Place, float]]:
        """Settlements within radius_km of (lat, lon), nearest first, with their distance in km."""
        dlat = radius_km / 111.0
        dlon = radius_km / (111.0 * max(0.05, math.cos(math.radians(lat))))
        out = []
        for gy in range(math.floor(lat - dlat), math.floor(lat + dlat) + 1):
            for gx in range(math.floor(lon - dlon), math.floor(lon + dlon) + 1):
                for idx in self._grid.get((gy, gx), ()):
                    place = self._places[idx]
                    d = haversine_km((lat, lon), (place.lat, place.lon))
                    if d <= radius_km:
                        out.append((d, place.geonameid, place))
        out.sort(key=lambda t: (t[0], t[1]))
        return [(p, d) for d, _, p in out[:limit]]

    def settlements(self, country: str | None = None) -> Iterator[Place]:
        cc = country.upper() if country else None
        for place in self._places:
            if place.kind == SETTLEMENT and (cc is None or place.country_code == cc):
                yield place

    def oblasts(self) -> list[Place]:
        return [o.place for o in self._oblasts]

    def countries(self) -> list[Place]:
        return [p for p in self._places if p.kind == COUNTRY]

    # -- text --------------------------------------------------------------------------------------

    def find_in_text(self, text: str, lang: str | None = None) -> list[PlaceMention]:
        """Every settlement, oblast and country named in free text (see corridor.gazetteer.text)."""
        from corridor.gazetteer.text import MentionFinder

        if self._finder is None:
            with self._lazy_lock:
                if self._finder is None:
                    self._finder = MentionFinder(self._places, self._names, self._oblasts)
        assert isinstance(self._finder, MentionFinder)
        return self._finder.find(text, lang)


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return (math.floor(lat), math.floor(lon))


_DEFAULT: Gazetteer | None = None
_DEFAULT_LOCK = threading.Lock()


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer built from the shipped data (loaded once, then shared)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Gazetteer.from_directory()
    return _DEFAULT
