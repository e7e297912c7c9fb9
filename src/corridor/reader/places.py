"""Choose the place a figure is about from the gazetteer's mentions, and the facility it names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from .fastre import lowered
from .lexicon import FACILITIES
from .model import PlaceRef


class Gazetteer(Protocol):
    def find_in_text(self, text: str, lang: str | None = None) -> list[Any]: ...

    def resolve(self, name: str, country: str | None = None, near: Any = None) -> Any: ...


_override: Gazetteer | None = None
_cached: Gazetteer | None = None
_tried = False


def set_gazetteer(gz: Gazetteer | None) -> None:
    """Use this gazetteer instead of corridor.gazetteer's default (tests, other deployments)."""
    global _override
    _override = gz


def default_gazetteer() -> Gazetteer | None:
    """The shared gazetteer, loaded once; None when the gazetteer engine is not installed."""
    global _cached, _tried
    if _override is not None:
        return _override
    if not _tried:
        _tried = True
        try:
            from corridor.gazetteer import default_gazetteer as _load
        except ImportError:
            _cached = None
        else:
            _cached = _load()
    return _cached


@dataclass(frozen=True)
class Mention:
    place: PlaceRef
    start: int
    end: int
    surface: str
    before: str  # the word just before the mention, lower-case ("from", "in", "до", ...)
    institutional: bool  # part of an institution's name: "Mariupol city council", "Government of Ukraine"


def place_ref(place: Any) -> PlaceRef:
    return PlaceRef(
        name=getattr(place, "name", None) or str(place),
        geonameid=getattr(place, "geonameid", None),
        lat=getattr(place, "lat", None),
        lon=getattr(place, "lon", None),
        kind=getattr(place, "kind", None),
        oblast=getattr(place, "admin1_name", None),
    )


_DATELINE = re.compile(
    r"^\s*[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’ .-]+(?:,\s*[A-Z][\w.]+)?,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"\s*(?:\([^)]*\))?\s*[-–—]"
)
_WORD_BEFORE = re.compile(r"([\w'’]+)\W*$")
_INSTITUTION_AFTER = re.compile(
    r"\s*(?:city council|city administration|regional (?:military )?administration|regional officials|"
    r"administration|council|mayor|governor|officials|authorities|police|city hall|ОВА|ОДА|міськрад\w*|"
    r"міськ\w+ рад\w*|горсовет\w*|мэри\w*|міськ\w+ голов\w*)(?!\w)",
    re.IGNORECASE,
)
_INSTITUTION_BEFORE = re.compile(
    r"(?:government|ministry|president|prime minister|parliament|army|forces|embassy|people|mayor|"
    r"governor|head|голова|глава|мэр|мер|уряд\w*|правительств\w*|президент\w*)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
_ACTOR = re.compile(
    r"\s*(?:said|says|denied|denies|accused|accuses|claims|claimed|insists|заяв\w*|заперечу\w*|"
    r"отрица\w*|звинуват\w*|обвин\w*)(?!\w)",
    re.IGNORECASE,
)
_ACCUSED_BEFORE = re.compile(
    r"(?:accused|accuses|accusing|звинуватил\w*|звинуватив|обвинил\w*)\s+$", re.IGNORECASE
)


def find_mentions(
    gz: Gazetteer | None, text: str, lang: str | None, dateline: list[PlaceRef] | None = None
) -> list[Mention]:
    """Place mentions, leaving out the dateline (where the reporter is, not what the figure is about)
    and capitals named as actors ("Moscow denied")."""
    if gz is None:
        return []
    dl = _DATELINE.match(text)
    skip_to = dl.end() if dl else 0
    out: list[Mention] = []
    for pm in gz.find_in_text(text, lang=lang):
        start, end = pm.start, pm.end
        place = place_ref(pm.place)
        if start < skip_to:
            if dateline is not None:
                dateline.append(place)
            continue
        if pm.surface.isupper() and len(pm.surface) <= 4:
            continue  # "KEY FIGURES", "UN": headings and acronyms, not places
        if place.kind == "country" and re.match(r"\s?['’]s\b", text[end : end + 3]):
            continue  # "Ukraine's ombudswoman": an institution, not the place of the figure
        before_text = text[max(0, start - 30) : start]
        if _ACTOR.match(text, end) or _ACCUSED_BEFORE.search(before_text):
            continue
        w = _WORD_BEFORE.search(text[max(0, start - 20) : start])
        before = w.group(1).lower() if w else ""
        if place.name in _CAPITALS and before not in _LOCATIVE:
            continue  # "the involvement of Kyiv", "Moscow has": the government, not the city
        if before in ("and", "or", "і", "та", "и", "й") and out and start - out[-1].end <= 6:
            before = out[-1].before  # "from Mariupol and Berdiansk"
        institutional = bool(_INSTITUTION_AFTER.match(text, end) or _INSTITUTION_BEFORE.search(before_text))
        out.append(Mention(place, start, end, pm.surface, before, institutional))
    return out


_CAPITALS = {"Kyiv", "Moscow", "Minsk", "Warsaw"}
_LOCATIVE = {
    "in",
    "to",
    "from",
    "near",
    "at",
    "around",
    "outside",
    "into",
    "у",
    "в",
    "до",
    "з",
    "із",
    "під",
    "под",
    "біля",
    "около",
    "возле",
    "из",
    "на",
}
_DEST = {"to", "into", "до", "в", "у", "во", "towards", "toward", "сторону", "бік", "напрямку", "направлении"}
# Reaching a place makes it a destination for every category but arriving.
_REACHED = {"reached", "reach", "reaching", "arrived", "entered"}
_FROM = {"from", "out", "з", "із", "зі", "из", "изо", "со"}
_TO = {"to", "into", "in", "reached", "entered", "до", "в", "у", "на", "at", "inside"}
# "from the city", "з міста": the place left is the city the report is about, not a destination named.
_FROM_COREF = re.compile(
    r"(?<!\w)(?:from|out of|з|із|зі|из)\s+(?:the\s+)?(?:city|town|міста|містечка|города|городка)(?!\w)",
    re.IGNORECASE,
)
# "displaced inside the country": the country people are in, not one named as a destination.
_INSIDE_COUNTRY = re.compile(
    r"(?<!\w)(?:inside|within|across|throughout)\s+the\s+country|всередині країни|по всій країні|"
    r"внутри страны|по всей стране",
    re.IGNORECASE,
)
_BULLET = re.compile(r"\s*(?:[-–—•*▪●]|\d+[.)])\s")
_COREF = re.compile(
    r"(?<!\w)(?:the (?:besieged |port |embattled |southern |coastal |encircled )*(?:city|town|port)|"
    r"місто|місті|міста|город|городе|города|the country|країн\w*|стран\w*|the (?:region|oblast)|"
    r"област\w*|регіон\w*|регион\w*)(?!\w)",
    re.IGNORECASE,
)


@dataclass
class PlaceContext:
    """What place choice needs to know about the whole report."""

    text: str
    mentions: list[Mention]
    blocks: list[tuple[int, int]]  # paragraphs separated by blank lines; one block when there are none
    topic: PlaceRef | None  # the settlement the report names most
    title: PlaceRef | None = None  # the place a heading names ("UKRAINE: Situation Report")
    gazetteer: Any = None  # to resolve "the region" to the oblast of the topic settlement


def place_context(
    text: str, mentions: list[Mention], dateline: list[PlaceRef] | None = None, gazetteer: Any = None
) -> PlaceContext:
    blocks = []
    for bm in re.finditer(r"(?:[^\n]+\n?)+", text):
        blocks.append((bm.start(), bm.end()))
    counts: dict[PlaceRef, int] = {}
    for m in mentions:
        if m.place.kind == "settlement":
            counts[m.place] = counts.get(m.place, 0) + 1
    topic = max(counts, key=lambda p: counts[p]) if counts else None
    if topic is None:
        # "MARIUPOL, April 4 - … in the city": with no other city named, the dateline's is the one
        topic = next((p for p in dateline or [] if p.kind == "settlement"), None)
    title = None
    first = re.match(r"\s*([^\n]+)", text)
    if first and not first.group(1).rstrip().endswith((".", "!", "?", '"', "”")):
        end = first.end(1)
        heading = [m for m in mentions if m.start < end and not m.institutional]
        title = heading[0].place if heading else None
    return PlaceContext(text, mentions, blocks, topic, title, gazetteer)


def choose_place(
    ctx: PlaceContext,
    sent_start: int,
    sent_end: int,
    fig_start: int,
    fig_end: int,
    category: str | None,
    prev_sent_start: int | None,
    others: list[tuple[int, int]],
) -> PlaceRef | None:
    """The place of a figure: a mention in its sentence nearest to it (rather than to another figure),
    by the direction the category implies; else a back-reference ("the city"), the previous sentence,
    the paragraph, or the settlement the report is about."""
    in_sent = [m for m in ctx.mentions if sent_start <= m.start < sent_end]
    plain = [m for m in in_sent if not m.institutional]
    if category == "arrived":
        plain = [m for m in plain if m.before not in _FROM]
    if category == "evacuated":
        # "deported to Russia": the destination country is not where the figure happened
        plain = [m for m in plain if not (m.place.kind == "country" and m.before in _DEST)]
        if _FROM_COREF.search(ctx.text, sent_start, sent_end):
            plain = [m for m in plain if m.before not in _DEST]
            if not plain and ctx.topic is not None:
                return ctx.topic  # "from the city towards Zaporizhzhia"
    if category != "refugees" and _INSIDE_COUNTRY.search(ctx.text, sent_start, sent_end):
        home = _home_country(ctx)
        if home is not None and not [m for m in plain if m.place.kind != "country"]:
            return home
    if category in ("arrived", "waiting", "sheltering", "hostage"):
        # "5,000 residents of Mariupol are waiting in Berdiansk": Mariupol says who, not where
        plain = [m for m in plain if not _describes_people(ctx.text, m, fig_end)] or plain
    own = [m for m in plain if _nearest_is_me(m, fig_start, fig_end, others)] or plain
    text = ctx.text
    # the back-reference nearest the figure: "leave the region, while 300,000 remained in the city"
    corefs = list(_COREF.finditer(text, sent_start, sent_end))
    co = min(corefs, key=lambda c: abs(c.start() - fig_start)) if corefs else None
    if category == "refugees":
        countries = [m for m in own if m.place.kind == "country"] or [
            m for m in plain if m.place.kind == "country"
        ]
        if countries:
            into = [m for m in countries if m.before in _TO]
            # "700,000 to Romania and 420,000 to Moldova": the country after the figure is its own.
            return min(
                into or countries,
                key=lambda m: m.start - fig_end if m.start >= fig_end else (fig_start - m.end) * 1.5,
            ).place
    if own:

        def score(m: Mention) -> float:
            d = abs(m.start - fig_start)
            if category in ("evacuated", "waiting", "need_evacuation") and m.before in _FROM:
                d -= 60
            if category in ("evacuated",) and m.before in ("to", "into", "до", "в", "у"):
                d += 40
            if category in ("arrived",) and m.before in _TO:
                d -= 40
            if m.place.kind == "country" and category != "refugees":
                d += 50  # a city named in the same sentence is more specific
            if m.place.kind == "oblast":
                d += 30  # "In Luhansk Oblast, 40,000 remain in Sievierodonetsk": the town is the place
            return d

        best = min(own, key=score)
        city_coref = co is not None and not re.search(r"countr|країн|стран", co.group(0), re.IGNORECASE)
        if not (best.place.kind == "country" and city_coref and category != "refugees"):
            return best.place
    single_block = len(ctx.blocks) <= 1
    if co:
        word = co.group(0).lower()
        want_country = "countr" in word or "країн" in word or "стран" in word
        if re.search(r"region|oblast|област|регіон|регион", word):
            region = _region_of(ctx)
            if region is not None:
                return region  # "leave the region": the oblast of the city the report is about
        elif not want_country and ctx.topic is not None:
            return ctx.topic  # "the city" is the city the report is about
        for m in reversed([m for m in ctx.mentions if m.start < sent_start]):
            if (m.place.kind == "country") == want_country and not m.institutional:
                return m.place
    # A bulleted line is an item of its own: places of the bullet above do not carry over.
    line_start = ctx.text.rfind("\n", 0, sent_start) + 1
    if prev_sent_start is not None and prev_sent_start < line_start and _BULLET.match(ctx.text, line_start):
        return ctx.title
    if prev_sent_start is not None:
        prev = [
            m
            for m in ctx.mentions
            if prev_sent_start <= m.start < sent_start
            and (m.place.kind != "country" or category in ("refugees", "arrived"))
            and not (category in ("arrived", "refugees") and m.before in _FROM)
            and not (category not in ("arrived", "refugees") and m.before in _DEST | _REACHED)
        ]
        if prev:
            return prev[-1].place
    if not single_block:
        block = next((b for b in ctx.blocks if b[0] <= sent_start < b[1]), None)
        if block:
            earlier = [
                m
                for m in ctx.mentions
                if block[0] <= m.start < sent_start
                and not (category not in ("arrived", "refugees") and m.before in _DEST)
            ]
            if earlier:
                return earlier[-1].place
    elif ctx.topic is not None and category != "refugees":
        return ctx.topic
    inst = [m for m in in_sent if m.institutional]
    if inst:
        return inst[0].place
    return ctx.title


_WORD_AFTER = re.compile(r"\s*([\w'’]+)")
_LEAVING = {
    "left",
    "leave",
    "leaving",
    "fled",
    "flee",
    "fleeing",
    "escaped",
    "залишили",
    "покинули",
    "залишило",
}


def gone_abroad(
    ctx: PlaceContext,
    sent_start: int,
    sent_end: int,
    fig_start: int,
    fig_end: int,
    others: list[tuple[int, int]],
) -> bool:
    """The figure's own destination is a foreign country ("700,000 to Romania"); Russia is left out:
    people taken there from occupied towns are reported as deported or evacuated, not as refugees."""
    for m in ctx.mentions:
        if not sent_start <= m.start < sent_end or m.institutional or m.place.kind != "country":
            continue
        if m.before in _DEST and m.place.name not in ("Russia", "Ukraine"):
            follows = m.start >= fig_end and not any(fig_end <= a < m.start for a, _ in others)
            if follows or _nearest_is_me(m, fig_start, fig_end, others):
                return True
    return False


def refine_category(
    ctx: PlaceContext, category: str | None, place: PlaceRef | None, sent_start: int, sent_end: int
) -> str | None:
    """Leaving the country makes refugees; being evacuated *to* a city (from nowhere named) is arriving."""
    if place is None or category not in ("evacuated", "arrived"):
        return category
    here = [m for m in ctx.mentions if sent_start <= m.start < sent_end]
    mention = next((m for m in here if m.place == place), None)
    before = mention.before if mention else ""
    after = _WORD_AFTER.match(ctx.text, mention.end) if mention else None
    if place.kind == "country" and place.name != "Russia":
        left_it = before in _FROM or before in _LEAVING or bool(after and after.group(1).lower() in _LEAVING)
        if category == "arrived" or left_it:
            return "refugees"
        if before in _DEST and place.name != "Ukraine":
            return "refugees"  # "evacuated to Poland"
        return category
    # "в Ірпені", "в Ирпене" (locative: in) is not "в Ірпінь" (accusative: to)
    locative = before in ("в", "у", "во") and mention is not None and mention.surface[-1:].lower() in "іїе"
    if (
        category == "evacuated"
        and before in _DEST
        and not locative
        and not any(m.before in _FROM for m in here)
    ):
        return "arrived"
    return category


def _region_of(ctx: PlaceContext) -> PlaceRef | None:
    if ctx.topic is None or ctx.topic.oblast is None or ctx.gazetteer is None:
        return None
    resolve = getattr(ctx.gazetteer, "resolve", None)
    found = resolve(ctx.topic.oblast) if resolve else None
    return place_ref(found) if found is not None else None


def _home_country(ctx: PlaceContext) -> PlaceRef | None:
    """The country the report is about: one named as left or fled, else the title's, else the first named."""
    countries = [m for m in ctx.mentions if m.place.kind == "country" and not m.institutional]
    left = [m for m in countries if m.before in _FROM or m.before in _LEAVING]
    if left:
        return left[0].place
    if ctx.title is not None and ctx.title.kind == "country":
        return ctx.title
    return countries[0].place if countries else None


def _describes_people(text: str, m: Mention, fig_end: int) -> bool:
    """The mention follows the counted noun phrase directly ("residents of Mariupol", "мешканців Маріуполя")."""
    return 0 <= m.start - fig_end <= 4 and re.fullmatch(r"\s*(?:of\s+)?", text[fig_end : m.start]) is not None


def _nearest_is_me(m: Mention, fig_start: int, fig_end: int, others: list[tuple[int, int]]) -> bool:
    def dist(a: int, b: int) -> int:
        return a - m.end if a >= m.end else (m.start - b if m.start >= b else 0)

    mine = dist(fig_start, fig_end)
    return all(mine <= dist(a, b) for a, b in others)


def find_facility(sentence: str, fig_rel: int) -> str | None:
    """The facility named in the sentence nearest the figure, without its article."""
    return nearest_facility(facilities_in(sentence), fig_rel)


def facilities_in(sentence: str) -> list[tuple[int, str]]:
    """(offset, name) of the facilities a sentence names; found once for all figures of the sentence."""
    out = []
    rx, scanned = FACILITIES.pick(sentence, lowered(sentence))
    for m in rx.finditer(scanned):
        surface = re.sub(r"^(?:the|a|an)\s+", "", sentence[m.start() : m.end()], flags=re.IGNORECASE)
        if surface.lower() in ("shelter", "shelters", "сховищ", "сховище", "убежище"):
            continue  # a generic shelter is what sheltering means, not a named sub-place
        out.append((m.start(), surface))
    return out


def nearest_facility(found: list[tuple[int, str]], fig_rel: int) -> str | None:
    best: tuple[int, str] | None = None
    for start, surface in found:
        d = abs(start - fig_rel)
        if best is None or d < best[0]:
            best = (d, surface)
    return best[1] if best else None
