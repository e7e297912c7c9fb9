"""Find the settlements, oblasts and countries named in free text (English, Ukrainian, Russian).

Rule against false hits (a village called Bar or Mir must not fire on ordinary words):

1. the first letter of the surface must be a capital;
2. settlements must be big enough to be worth naming in a report: Ukraine 1,000+ people, elsewhere
   15,000+, unless listed in ``TEXT_ALLOW`` (small places that matter for Mariupol's siege);
3. a one-word name that is also a common word (data/common_words.txt: English, Ukrainian, Russian)
   never matches on its own;
4. only official names and close variants match (GeoNames' exonyms and noise such as "Hayeren"
   or "Ko" for Kyiv stay available to ``resolve()`` but never fire in text);
5. a one-word name shorter than four letters in key form (Bar, God, Hat) needs a city of
   100,000+ (Ufa);
6. a one-word name of a place under 100,000 people standing right next to another capitalised
   word that is neither a function word nor a place ("Serhiy Orlov", "Pavlo Kyrylenko") is taken
   for part of a person's or organisation's name and skipped.

Inflected forms are reduced to candidate nominatives (corridor.gazetteer.inflect); "Donetsk
region", "Донецької області", "Донецкой обл." are oblast mentions.  Among places sharing a
surface: countries, then oblasts, then Ukrainian places, then the most populous.  Longest match wins, left to right.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from corridor.gazetteer.inflect import adjective_stem, nominative_candidates
from corridor.gazetteer.keys import word_key
from corridor.gazetteer.model import COUNTRY, OBLAST, SETTLEMENT, Place, PlaceMention
from corridor.gazetteer.store import VARIANT, Oblast, PlaceName

MIN_POPULATION_UA = 1000
MIN_POPULATION_ABROAD = 15000
BIG_CITY = 100_000
SHORT_KEY = 4
# geonameids of small places that must be found anyway (the Mariupol evacuation routes).
TEXT_ALLOW: frozenset[int] = frozenset()

COMMON_WORDS_FILE = Path(__file__).parent / "data" / "common_words.txt"

# fmt: off
REGION_WORDS = frozenset(
    {
        "oblast", "region", "province", "область", "області", "областю", "обл", "области", "областью",
        "областi", "регіон", "регіоні", "регион", "регионе",
    }
)
# fmt: on
# Capitalised at the start of a sentence without being names: never a reason to doubt a neighbour.
_FUNCTION_WORDS_TEXT = """in at from to the near into via and or of for by on between outside around towards toward
    в у з із зі до на під біля від через поруч та і й из из-под под около от и к"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
_TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_KIND_RANK = {COUNTRY: 2, OBLAST: 1, SETTLEMENT: 0}


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str


def _load_common_words() -> frozenset[str]:
    words = set()
    for line in COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(word_key(line))
    return frozenset(words)


class MentionFinder:
    """Indexes names word by word, so that each word of a multi-word name may be inflected."""

    def __init__(self, places: list[Place], names: list[list[PlaceName]], oblasts: list[Oblast]) -> None:
        self._places = places
        self._common = _load_common_words()
        self._single: dict[str, set[int]] = {}
        self._multi: dict[str, set[tuple[tuple[str, ...], int]]] = {}
        for idx, (place, place_names) in enumerate(zip(places, names)):
            if not self._eligible(place):
                continue
            for n in place_names:
                if n.quality < VARIANT:
                    continue
                words = tuple(word_key(w) for w in n.text.split())
                if not all(words):
                    continue
                if len(words) == 1:
                    if len(words[0]) < 3 or (place.kind == SETTLEMENT and words[0] in self._common):
                        continue
                    if place.kind == SETTLEMENT and len(words[0]) < SHORT_KEY and place.population < BIG_CITY:
                        continue
                    self._single.setdefault(words[0], set()).add(idx)
                else:
                    self._multi.setdefault(words[0], set()).add((words, idx))
        self._oblast_stems: dict[str, int] = {}
        index_of = {id(p): i for i, p in enumerate(places)}
        for ob in oblasts:
            idx = index_of[id(ob.place)]
            for form in (ob.stem_en, ob.adj_uk, ob.adj_ru):
                if form:
                    self._oblast_stems[word_key(adjective_stem(form))] = idx
                    self._oblast_stems[word_key(form)] = idx

    @staticmethod
    def _eligible(place: Place) -> bool:
        if place.kind != SETTLEMENT or place.geonameid in TEXT_ALLOW:
            return True
        floor = MIN_POPULATION_UA if place.country_code == "UA" else MIN_POPULATION_ABROAD
        return place.population >= floor

    def _rank(self, idx: int, exact: bool) -> tuple[int, bool, float]:
        # Ukrainian namesakes first: the texts are about Ukraine (Никольское, not Nikolsk in Russia).
        # A word that is a village's name exactly still loses to a city it is an inflection of
        # (во Львове: Lviv, not the village of Lvove): exactness is worth a factor 10 in population.
        p = self._places[idx]
        return (
            _KIND_RANK[p.kind],
            p.country_code == "UA",
            math.log10(p.population + 10) + (1.0 if exact else 0.0),
        )

    def _best(self, scored: dict[int, bool]) -> int:
        return max(scored, key=lambda i: (self._rank(i, scored[i]), -self._places[i].geonameid))

    def find(self, text: str, lang: str | None = None) -> list[PlaceMention]:
        inflect = lang != "en"
        tokens = [_Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        cache: dict[int, tuple[list[str], list[str]]] = {}

        def forms(i: int) -> tuple[list[str], list[str]]:
            """(exact keys, inflection-guess keys) of token i."""
            if i not in cache:
                word = _POSSESSIVE.sub("", tokens[i].text)
                exact = [word_key(word)]
                guesses = [word_key(f) for f in nominative_candidates(word)[1:]] if inflect else []
                cache[i] = (exact, [g for g in guesses if g and g != exact[0]])
            return cache[i]

        def joined(i: int, j: int) -> bool:
            gap = text[tokens[i].end : tokens[j].start]
            return gap.strip() == "" and "\n\n" not in gap

        out: list[PlaceMention] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if not tok.text[0].isupper():
                i += 1
                continue
            match = self._oblast_phrase(tokens, i, joined) or self._multiword(tokens, i, forms, joined)
            if match is None:
                exact, guesses = forms(i)
                hits: dict[int, bool] = {}
                for k in guesses:
                    hits.update(dict.fromkeys(self._single.get(k, ()), False))
                for k in exact:
                    hits.update(dict.fromkeys(self._single.get(k, ()), True))
                if hits:
                    best = self._best(hits)
                    if not self._looks_like_personal_name(tokens, i, best, joined, forms):
                        match = (best, i)
            if match is None:
                i += 1
                continue
            idx, last = match
            start, end = tok.start, tokens[last].end
            possessive = _POSSESSIVE.search(tokens[last].text)
            if possessive:
                end -= len(possessive.group())
            out.append(PlaceMention(self._places[idx], start, end, text[start:end]))
            i = last + 1
        return out

    def _looks_like_personal_name(self, tokens, i, idx, joined, forms) -> bool:  # type: ignore[no-untyped-def]
        place = self._places[idx]
        if place.kind != SETTLEMENT or place.population >= BIG_CITY:
            return False
        for j in (i - 1, i + 1):
            if j < 0 or j >= len(tokens):
                continue
            if not (joined(min(i, j), max(i, j))):
                continue
            word = tokens[j].text
            if not word[0].isupper() or word.lower() in FUNCTION_WORDS:
                continue
            if word.lower().rstrip(".") in REGION_WORDS:
                continue
            exact, guesses = forms(j)
            if any(k in self._single for k in (*exact, *guesses)):
                continue
            return True
        return False

    def _oblast_phrase(self, tokens: list[_Token], i: int, joined) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
        if i + 1 >= len(tokens) or not joined(i, i + 1):
            return None
        if tokens[i + 1].text.lower().rstrip(".") not in REGION_WORDS:
            return None
        word = tokens[i].text
        for candidate in (word, adjective_stem(word)):
            idx = self._oblast_stems.get(word_key(candidate))
            if idx is not None:
                return (idx, i + 1)
        return None

    def _multiword(self, tokens: list[_Token], i: int, forms, joined) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
        exact, guesses = forms(i)
        best: tuple[int, int] | None = None
        for k in (*exact, *guesses):
            for words, idx in self._multi.get(k, ()):
                last = i + len(words) - 1
                if last >= len(tokens):
                    continue
                ok = True
                for j in range(1, len(words)):
                    if not joined(i + j - 1, i + j):
                        ok = False
                        break
                    e, g = forms(i + j)
                    if words[j] not in e and words[j] not in g:
                        ok = False
                        break
                better = (
                    best is not None and last == best[1] and self._rank(idx, True) > self._rank(best[0], True)
                )
                if ok and (best is None or last > best[1] or better):
                    best = (idx, last)
        return best
