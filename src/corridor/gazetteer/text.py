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
   for part of a person's or organisation's name and skipped;
7. a name followed by sea/regiment/battalion (море, полк, ...) or preceded by "Sea of" names
   something else (the Sea of Azov is not the town of Azov).

Inflected forms are reduced to candidate nominatives (corridor.gazetteer.inflect); "Donetsk
region", "Донецької області", "Донецкой обл." and "Donetsk and Luhansk regions" are oblast
mentions.  Among places sharing a surface: countries, then oblasts, then Ukrainian places, then the
most populous.  The longest match wins, left to right.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from corridor.gazetteer.inflect import adjective_stem, split_candidates
from corridor.gazetteer.keys import word_key
from corridor.gazetteer.model import COUNTRY, OBLAST, SETTLEMENT, Place, PlaceMention
from corridor.gazetteer.store import VARIANT, Oblast, PlaceName

MIN_POPULATION_UA = 1000
MIN_POPULATION_ABROAD = 15000
BIG_CITY = 100_000
SHORT_KEY = 4
# geonameids of small places abroad that must be found anyway: border crossings where refugees
# from Ukraine arrive (Medyka, Záhony, Siret, Palanca, ...).
TEXT_ALLOW: frozenset[int] = frozenset(
    {
        765028,  # Medyka, PL (Shehyni-Medyka crossing)
        713929,  # Záhony, HU (Chop-Záhony)
        666830,  # Siret, RO (Porubne-Siret)
        676351,  # Halmeu, RO (Diakove-Halmeu)
        675495,  # Isaccea, RO (Orlivka-Isaccea ferry)
        664575,  # Tudora, MD/RO border village
        617633,  # Palanca, MD (Maiaky-Udobne-Palanca)
        618631,  # Otaci, MD (Mohyliv-Podilskyi-Otaci)
        617659,  # Ocnița, MD
    }
)

COMMON_WORDS_FILE = Path(__file__).parent / "data" / "common_words.txt"

# fmt: off
REGION_WORDS = frozenset(
    {
        "oblast", "region", "province", "область", "області", "областю", "обл", "области", "областью",
        "областi", "регіон", "регіоні", "регион", "регионе",
    }
)
# "Donetsk, Luhansk and Kharkiv regions": every adjective before a plural names an oblast.
PLURAL_REGION_WORDS = frozenset(
    {
        "oblasts", "regions", "provinces", "області", "областях", "областей", "областям", "областями",
        "области", "регіонах", "регионах",
    }
)
_CONJUNCTIONS = frozenset({"and", "or", "і", "й", "та", "чи", "и", "или"})
# What may stand between two listed oblasts: a comma, a conjunction, or a comma and a conjunction.
_LIST_GAP = re.compile(r"^\s*,?\s*(?:(?:and|or|і|й|та|чи|и|или)\s+)?$")
# Capitalised at the start of a sentence without being names: never a reason to doubt a neighbour.
FUNCTION_WORDS = frozenset(
    {
        "in", "at", "from", "to", "the", "near", "into", "via", "and", "or", "of", "for", "by", "on",
        "between", "outside", "around", "towards", "toward",
        "в", "у", "з", "із", "зі", "до", "на", "під", "біля", "від", "через", "поруч", "та", "і", "й",
        "из", "из-под", "под", "около", "от", "и", "к",
    }
)
# A place name followed by one of these names something else: the Azov Sea, the Azov regiment.
NOT_PLACE_AFTER = frozenset(
    {
        "sea", "battalion", "regiment", "brigade", "море", "моря", "морі", "морю", "полк", "полку",
        "батальйон", "батальон", "бригада",
    }
)
# fmt: on
_SEA_OF = re.compile(r"sea\s+of\s*$", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_KIND_RANK = {COUNTRY: 2, OBLAST: 1, SETTLEMENT: 0}


class _Token(NamedTuple):
    # A named tuple, not a frozen dataclass: a long article has hundreds of tokens, and building
    # frozen dataclasses was a third of the scan's time.
    start: int
    end: int
    text: str


_SINGLE_CACHE_SIZE = 32768
_UNKNOWN = object()


@lru_cache(maxsize=32768)
def _word_forms(token: str, inflect: bool) -> tuple[list[str], list[str], list[str]]:
    """(exact key, inflection-guess keys, Ukrainian-alternation guess keys) of a token's text: a pure
    function of the text, cached across texts because news repeats its words (callers never mutate
    the lists)."""
    word = _POSSESSIVE.sub("", token)
    exact = word_key(word)
    plain, alternated = split_candidates(word) if inflect else ([], [])
    return (
        [exact],
        [k for k in {word_key(f) for f in plain} if k and k != exact],
        [k for k in {word_key(f) for f in alternated} if k and k != exact],
    )


class _Scan:
    """One text being searched: its word tokens and, per token, the keys it may stand for."""

    def __init__(self, text: str, inflect: bool) -> None:
        self.text = text
        # tuple.__new__ through map() builds the named tuples without a Python-level call per token
        spans = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        self.tokens: list[_Token] = list(map(tuple.__new__, repeat(_Token), spans))
        self.inflect = inflect

    def forms(self, i: int) -> tuple[list[str], list[str], list[str]]:
        """(exact key, inflection-guess keys, Ukrainian-alternation guess keys) of token i."""
        return _word_forms(self.tokens[i].text, self.inflect)

    def joined(self, i: int, j: int) -> bool:
        """Tokens i < j stand side by side (only spaces between them, no paragraph break)."""
        gap = self.text[self.tokens[i].end : self.tokens[j].start]
        return gap.strip() == "" and "\n\n" not in gap


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
        self._single_cache: dict[tuple[str, bool], int | None] = {}
        self._multi: dict[str, set[tuple[tuple[str, ...], int]]] = {}
        for idx, (place, place_names) in enumerate(zip(places, names)):
            if not self._eligible(place):
                continue
            for n in place_names:
                if n.quality < VARIANT:
                    continue
                self._index_name(idx, place, n.text)
                if "-" in n.text:  # Ivano-Frankivsk is also written Ivano Frankivsk
                    self._index_name(idx, place, n.text.replace("-", " "))
        self._oblast_stems: dict[str, int] = {}
        index_of = {id(p): i for i, p in enumerate(places)}
        for ob in oblasts:
            idx = index_of[id(ob.place)]
            for form in (ob.stem_en, ob.adj_uk, ob.adj_ru):
                if form:
                    self._oblast_stems[word_key(adjective_stem(form))] = idx
                    self._oblast_stems[word_key(form)] = idx

    def _index_name(self, idx: int, place: Place, name: str) -> None:
        words = tuple(word_key(w) for w in name.split())
        if not all(words):
            return
        if len(words) > 1:
            self._multi.setdefault(words[0], set()).add((words, idx))
            return
        if len(words[0]) < 3 or (place.kind == SETTLEMENT and words[0] in self._common):
            return
        if place.kind == SETTLEMENT and len(words[0]) < SHORT_KEY and place.population < BIG_CITY:
            return
        self._single.setdefault(words[0], set()).add(idx)

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
        scan = _Scan(text, inflect=lang != "en")
        tokens = scan.tokens
        listed = self._listed_oblasts(scan)
        out: list[PlaceMention] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if not tok.text[0].isupper():
                i += 1
                continue
            match = listed.get(i) or self._oblast_phrase(scan, i) or self._multiword(scan, i)
            if match is None:
                match = self._single_word(scan, i)
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

    def _single_word(self, scan: _Scan, i: int) -> tuple[int, int] | None:
        best = self._best_single(scan.tokens[i].text, scan.inflect)
        if best is None:
            return None
        if self._looks_like_personal_name(scan, i, best) or self._names_something_else(scan, i):
            return None
        return (best, i)

    def _best_single(self, token: str, inflect: bool) -> int | None:
        """The place a one-word name stands for, before its neighbours are asked: a function of the
        word alone, so remembered (news repeats its capitalised words)."""
        key = (token, inflect)
        known = self._single_cache.get(key, _UNKNOWN)  # one lookup: another thread may clear it
        if known is not _UNKNOWN:
            return known  # type: ignore[return-value]
        exact, guesses, alternated = _word_forms(token, inflect)
        hits: dict[int, bool] = {}  # place index -> matched without guessing
        if exact[0] not in self._common:
            for k in alternated:
                ua = [j for j in self._single.get(k, ()) if self._places[j].country_code == "UA"]
                hits.update(dict.fromkeys(ua, False))
            for k in guesses:
                hits.update(dict.fromkeys(self._single.get(k, ()), False))
        for k in exact:
            hits.update(dict.fromkeys(self._single.get(k, ()), True))
        best = self._best(hits) if hits else None
        if len(self._single_cache) >= _SINGLE_CACHE_SIZE:
            self._single_cache.clear()
        self._single_cache[key] = best
        return best

    @staticmethod
    def _names_something_else(scan: _Scan, i: int) -> bool:
        tokens = scan.tokens
        if i + 1 < len(tokens) and scan.joined(i, i + 1) and tokens[i + 1].text.lower() in NOT_PLACE_AFTER:
            return True
        return bool(_SEA_OF.search(scan.text[max(0, tokens[i].start - 12) : tokens[i].start]))

    def _looks_like_personal_name(self, scan: _Scan, i: int, idx: int) -> bool:
        tokens = scan.tokens
        place = self._places[idx]
        if place.kind != SETTLEMENT or place.population >= BIG_CITY:
            return False
        for j in (i - 1, i + 1):
            if j < 0 or j >= len(tokens):
                continue
            if not scan.joined(min(i, j), max(i, j)):
                continue
            word = tokens[j].text
            if not word[0].isupper() or word.lower() in FUNCTION_WORDS:
                continue
            if word.lower().rstrip(".") in REGION_WORDS:
                continue
            exact, guesses, alternated = scan.forms(j)
            if any(k in self._single for k in (*exact, *guesses, *alternated)):
                continue
            return True
        return False

    def _listed_oblasts(self, scan: _Scan) -> dict[int, tuple[int, int]]:
        """Token -> (oblast, token) for the first of "Donetsk and Luhansk regions" (the last one is
        an ordinary oblast phrase)."""
        text, tokens = scan.text, scan.tokens
        found: dict[int, tuple[int, int]] = {}
        low = text.lower()
        if not any(word in low for word in PLURAL_REGION_WORDS):
            return found  # a token equal to one of them would show in the lower-cased text
        for r, tok in enumerate(tokens):
            if r < 2 or tok.text.lower() not in PLURAL_REGION_WORDS:
                continue
            j = r - 1
            first = True
            while j >= 0:
                idx = self._oblast_stem(tokens[j].text)
                if idx is None or not tokens[j].text[0].isupper():
                    break
                if not first:
                    found[j] = (idx, j)
                first = False
                if j >= 2 and tokens[j - 1].text.lower() in _CONJUNCTIONS:
                    gap = text[tokens[j - 2].end : tokens[j].start]
                    if not _LIST_GAP.match(gap):
                        break
                    j -= 2
                elif j >= 1 and _LIST_GAP.match(text[tokens[j - 1].end : tokens[j].start]):
                    j -= 1
                else:
                    break
        return found

    def _oblast_stem(self, word: str) -> int | None:
        for candidate in (word, adjective_stem(word)):
            idx = self._oblast_stems.get(word_key(candidate))
            if idx is not None:
                return idx
        return None

    def _oblast_phrase(self, scan: _Scan, i: int) -> tuple[int, int] | None:
        tokens = scan.tokens
        if i + 1 >= len(tokens) or not scan.joined(i, i + 1):
            return None
        region = tokens[i + 1].text.lower().rstrip(".")
        if region not in REGION_WORDS and region not in PLURAL_REGION_WORDS:
            return None
        idx = self._oblast_stem(tokens[i].text)
        return None if idx is None else (idx, i + 1)

    def _multiword(self, scan: _Scan, i: int) -> tuple[int, int] | None:
        tokens = scan.tokens
        exact, guesses, alternated = scan.forms(i)
        best: tuple[int, int] | None = None
        for k in (*exact, *guesses, *alternated):
            for words, idx in self._multi.get(k, ()):
                last = i + len(words) - 1
                if last >= len(tokens):
                    continue
                ok = True
                for j in range(1, len(words)):
                    if not scan.joined(i + j - 1, i + j):
                        ok = False
                        break
                    e, g, a = scan.forms(i + j)
                    if words[j] not in e and words[j] not in g and words[j] not in a:
                        ok = False
                        break
                better = (
                    best is not None and last == best[1] and self._rank(idx, True) > self._rank(best[0], True)
                )
                if ok and (best is None or last > best[1] or better):
                    best = (idx, last)
        return best
