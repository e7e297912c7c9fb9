"""Who says a figure: attribution patterns of news, sitreps and channel posts in three languages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .fastre import FoldedPattern, lowered, word_alternation
from .lexicon import CHANNEL_ANY, CHANNEL_RES, ORG_WORDS
from .model import SourceRef

EN_VERBS = (
    r"acknowledged|admitted|alleged|asserted|disclosed|revealed|informed|briefed|said|says|say|told|tells|wrote|writes|reported|reports|"
    r"claimed(?! (?:the )?li(?:fe|ves))|claims(?! (?:the )?li(?:fe|ves))|added|adds|stated|verified|documented|counted|"
    r"states|announced|announces|confirmed|confirms|warned|warns|estimates|estimate|noted|"
    r"explained|insisted|recorded|records|continued|declared|tweeted|posted|report|"
    r"(?<!an )(?<!the )estimated"
)
SLAV_VERBS = (
    r"наголосив|наголосила|поінформував|поінформувала|інформує|пише|каже|кажуть|підкреслив|"
    r"подчеркнул|подчеркнула|передает|пишет|говорит|информирует|заявив|заявила|заявили|заявило|повідомив|повідомила|повідомили|повідомило|повідомляє|"
    r"повідомляють|сказав|сказала|сказали|зазначив|зазначила|зазначили|розповів|розповіла|"
    r"розповіли|написав|написала|написали|додав|додала|підтвердив|підтвердила|уточнив|уточнила|"
    r"заявил|заявило|сообщил|сообщила|сообщили|сообщило|сообщает|сообщают|сказал|отметил|"
    r"отметила|рассказал|рассказала|написал|добавил|добавила|подтвердил|подтвердила|уточнил|"
    r"уточнила"
)
DENY = (
    r"denies|denied|deny|denying|rejected|rejects|dismissed|refuted|заперечу\w*|заперечи\w*|"
    r"спростову\w*|спростува\w*|відкида\w*|отрица\w*|опроверг\w*|опровергл\w*"
)
ACCUSE = r"accused|accuses|accusing|звинуватил\w*|звинуватив|звинувачу\w*|обвинил\w*|обвиня\w*"

# The word-list patterns run on every sentence: FoldedPattern scans the lower-cased sentence (fastre).
_VERB = FoldedPattern(
    rf"(?<!\w)(?:(?:has|have|had|also|then|later|again)\s+)*(?P<verb>{word_alternation(EN_VERBS + '|' + SLAV_VERBS)})"
    r"(?!\w)"
)
_VERB_RE = _VERB.original
_ACCORDING = FoldedPattern(
    r"(?<!\w)(?:according to|citing|quoting|з посиланням на|со ссылкой на|за даними|за словами|за інформацією|як повідомляє|як повідомляють|"
    r"як повідомили в|як повідомили у|по данным|по словам|по информации|как сообщает|как сообщают|"
    r"как сообщили в|по оценкам|по оценке|за оцінками|за оцінкою|estimates by|figures from)\s+(?P<src>[^,.;:()\"“”«»]+)"
)
_PRON_ACCORDING = FoldedPattern(
    r"(?<!\w)(?:за|по)\s+(?P<pron>її|його|їх|ее|её|его|их)\s+(?:словами|даними|словам|данным)(?!\w)"
)
_PAREN = re.compile(r"\((?P<src>[A-ZА-ЯІЇЄҐ][\w .&-]{1,40})\)\s*$")
_ACCUSE_RE = re.compile(
    rf"(?P<subj>[^,.;]+?)\s+(?:has\s+|have\s+)?(?:{ACCUSE})\s+(?P<obj>[^,.;]+?)\s+(?:of|у|в)\s", re.IGNORECASE
)
_DENY_RE = re.compile(
    rf"(?P<subj>[^,.;\"“”]+?)\s+(?:has\s+|have\s+|had\s+|also\s+|repeatedly\s+)*(?:{DENY})(?!\w)",
    re.IGNORECASE,
)
# Cheap word tests first: the full patterns scan a subject phrase and are slow on long sentences.
_DENY_WORD = FoldedPattern(rf"(?<!\w)(?:{DENY})(?!\w)")
_ACCUSE_WORD = FoldedPattern(rf"(?<!\w)(?:{ACCUSE})(?!\w)")
_NEXT_SENT = re.compile(
    r"^(?:this was (?:reported|announced|said|stated) by|про це (?:"
    + SLAV_VERBS
    + r")|об этом (?:"
    + SLAV_VERBS
    + r"))\s+(?P<src>[^,.;]+)",
    re.IGNORECASE,
)
_PRONOUN_MALE = {"he", "він", "он"}
_PRONOUN_FEMALE = {"she", "вона", "она"}
_PRONOUN_ORG = {"it", "they", "вони", "они"}
_POSSESSIVE_PRONOUN = {"її": "f", "ее": "f", "её": "f", "його": "m", "его": "m", "їх": "o", "их": "o"}
_STRIP_LEAD = re.compile(
    r"^(?:the|a|an|mr\.?|ms\.?|mrs\.?|dr\.?|в|у|на|from|in|and|but|while|also|as|однак|водночас)\s+",
    re.IGNORECASE,
)
_POSSESSIVE_LEAD = re.compile(r"^[A-Z][a-z]+['’]s\s+")
_CUT = re.compile(
    r"\s+(?:on|in|at|during|via|through|to|that|who|which|earlier|today|yesterday|late|this|last|"
    r"speaking|citing|quoting|adding|що|что)(?:\s|$).*$",
    re.IGNORECASE,
)
_NOT_SOURCE = re.compile(
    r"^(?:reports?|media reports?|reports suggest|sources?|it|there|this|that|"
    r"residents|people)$",
    re.IGNORECASE,
)
_TITLE_WORDS = {
    "deputy",
    "prime",
    "minister",
    "president",
    "mayor",
    "governor",
    "head",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ombudswoman",
    "ombudsman",
    "commander",
    "general",
    "colonel",
    "mr",
    "ms",
    "mrs",
    "dr",
    "secretary",
    "ukrainian",
    "russian",
    "the",
    "ukraine's",
    "russia's",
    "глава",
    "голова",
    "мэр",
    "мер",
    "президент",
    "міністр",
    "министр",
    "заступник",
    "заступниця",
    "заместитель",
    "уповноважена",
    "омбудсмен",
    "in",
    "a",
    "an",
}
_GENITIVE_ORGS = [
    (r"міськради", "міськрада"),
    (r"міської ради", "міська рада"),
    (r"горсовета", "горсовет"),
    (r"мэрии", "мэрия"),
    (r"міністерства", "Міністерство"),
    (r"министерства", "Министерство"),
    (r"адміністрації", "адміністрація"),
    (r"администрации", "администрация"),
    (r"офісу", "Офіс"),
    (r"офиса", "Офис"),
    (r"поліції", "поліція"),
    (r"полиции", "полиция"),
]
# One pass for all genitive forms (compiled once: parse_source runs for every attribution found).
_GENITIVE_LEMMA = {gen: lemma for gen, lemma in _GENITIVE_ORGS}
_GENITIVE_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(_GENITIVE_LEMMA, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE
)
_SPACES = re.compile(r"\s+")
_DATA_TAIL = re.compile(r"\s+(?:figures|data|statistics)$", re.IGNORECASE)
_CAPITAL = re.compile(r"[A-ZА-ЯІЇЄҐ]")
# A lower-case phrase names a source when it says an office: "human rights commissioner", "a volunteer".
_ROLE_WORD = re.compile(
    r"(?<!\w)(?:commissioner|ombuds\w+|spokes\w+|governor|mayor|minister|president|officials?|adviser|"
    r"advisor|head|chief|commander|volunteer|witness\w*|doctors?|officers?|rescuers|medics|"
    r"мер|мэр|голова|глава|губернатор|омбудсмен|речни\w+|волонтер\w*|свідк\w*|очевид\w*)(?!\w)",
    re.IGNORECASE,
)
_NOT_A_NAME = {
    "ukrainian",
    "russian",
    "polish",
    "western",
    "local",
    "official",
    "media",
    "earlier",
    "later",
    "meanwhile",
    "however",
    "today",
    "yesterday",
    "separately",
    "also",
    "many",
    "some",
    "others",
    "witnesses",
    "residents",
    "people",
    "reports",
    "this",
    "that",
    "there",
    "here",
    "it",
    "they",
}
# A definite institution noun points back to the institution named before ("the ministry said").
_ANAPHOR = re.compile(
    r"(?:the|this|that)\s+(?P<head>ministry|agency|council|administration|office|authority|service|committee|"
    r"organi[sz]ation|mission|police|governor|mayor|ombudsman|ombudswoman|commissioner|army|military|"
    r"department|guard|border guard|un agency|refugee agency)"
)
# "the agency's figures show", "UNHCR data showed"
_DATA_SHOW = FoldedPattern(
    r"(?<!\w)(?:figures|data|statistics|tally|count)\s+(?:show|shows|showed|suggest|suggests|indicate|"
    r"indicates)(?!\w)"
)
_DATA_OWNER = re.compile(r"(?P<src>[^,.;:\"“”«»]{2,60}?)(?:['’]s?)?\s*$")
_CAP = r"[A-ZА-ЯІЇЄҐ][a-zа-яіїєґё'’-]+"
_NAME_PAIR = re.compile(rf"(?<!\w)(?=({_CAP})\s+({_CAP})(?!\w))")
_CAP_RE = re.compile(_CAP)
# Patterns of the per-attribution helpers, compiled once.
_CLAUSE_SPLIT = re.compile(r"[,;:]|\s[-–—]\s|\bthat\b|\bwhere\b|\bwhile\b|\bas\b")
_SEGMENT_SPLIT = re.compile(r"[,;:]|\s[-–—]\s|[\"“”«»]")
_INVERTED = re.compile(r"\s*(?P<src>[^,.;:!?\"“”«»]+)(?:,\s*(?P<role>[^.;\"“”]+))?")
_NOT_SUBJECT = re.compile(r"\s*(?:that|що|что|on|in|at|to|with)\b", re.IGNORECASE)
_PRONOUN_START = re.compile(r"\s*(?:he|she|it|they|він|вона|вони|он|она|они)\b", re.IGNORECASE)
_LEAD_CONJ = re.compile(r"^(?:and|but|while|as|and\s+\w+)\s+", re.IGNORECASE)
_SUBORDINATE_SPLIT = re.compile(r"\b(?:that|where|while|when|because|але|але й|а|но|и|і)\s")
_DIGIT = re.compile(r"\d")


@dataclass
class Tracker:
    """Who has been named so far, to resolve "he said", "Denisova said", "it said"."""

    surnames: dict[str, str] = field(default_factory=dict)
    persons: dict[str, SourceRef] = field(default_factory=dict)
    last_person: SourceRef | None = None
    last_org: SourceRef | None = None
    named: list[SourceRef] = field(default_factory=list)  # every source noted, in text order

    def prescan(self, text: str) -> None:
        for m in _NAME_PAIR.finditer(text):
            first, last = m.group(1), m.group(2)
            if first.lower() in _TITLE_WORDS or ORG_WORDS.fullmatch(first) or ORG_WORDS.fullmatch(last):
                continue
            self.surnames.setdefault(last.lower(), f"{first} {last}")

    def antecedent(self, head: str) -> SourceRef | None:
        """The latest source whose name holds ``head``: "the ministry" after "Ukraine's defence ministry"."""
        rx = re.compile(rf"(?<!\w){re.escape(head)}(?!\w)", re.IGNORECASE)
        for src in reversed(self.named):
            full = " ".join(x for x in (src.name, src.role, src.organisation) if x)
            if rx.search(full) and (src.name or "").lower() != head.lower():
                return src
        return None

    def note(self, src: SourceRef) -> None:
        self.named.append(src)
        name = src.name
        if name is not None and src.organisation is None and _is_person(name):
            prev = self.persons.get(name)
            if prev and (prev.role or prev.organisation) and not (src.role or src.organisation):
                src = SourceRef(src.name, prev.role, prev.organisation, src.channel or prev.channel)
            self.persons[name] = src
            self.last_person = src
        else:
            self.last_org = src
            if name is not None and _ROLE_WORD.search(name) and not name.lower().endswith("s"):
                self.last_person = src  # "the mayor said … He estimated": an office held by one person


def _is_person(name: str) -> bool:
    toks = name.split()
    return 1 <= len(toks) <= 3 and all(_CAP_RE.fullmatch(t) for t in toks) and not ORG_WORDS.search(name)


def channel_of(text: str) -> str | None:
    low = lowered(text)
    rx, scanned = CHANNEL_ANY.pick(text, low)
    if not rx.search(scanned):
        return None  # one scan rejects most sentences; the ordered loop decides which channel
    for pattern, channel in CHANNEL_RES:
        rx, scanned = pattern.pick(text, low)
        if rx.search(scanned):
            return channel
    return None


def parse_source(phrase: str, tracker: Tracker, context: str = "") -> SourceRef | None:
    """A source from a noun phrase such as "Ukraine's ombudswoman Lyudmyla Denisova" or "the city council"."""
    p = phrase.strip(' \t,;:—–-"“”«»()')
    p = _SPACES.sub(" ", p)
    low = p.lower()
    pronoun = low.split()[-1] if low.split() else ""
    if low in _PRONOUN_MALE or low in _PRONOUN_FEMALE or pronoun in _PRONOUN_MALE | _PRONOUN_FEMALE:
        return tracker.last_person
    if low in _PRONOUN_ORG or pronoun in ("it", "they"):
        return tracker.last_org or tracker.last_person
    if low in _POSSESSIVE_PRONOUN:
        return tracker.last_person if _POSSESSIVE_PRONOUN[low] in "mf" else tracker.last_org
    ana = _ANAPHOR.fullmatch(low)
    if ana:
        known = tracker.antecedent(ana.group("head"))
        if known is not None:
            return known
    for _ in range(3):
        p2 = _POSSESSIVE_LEAD.sub("", _STRIP_LEAD.sub("", p))
        if p2 == p:
            break
        p = p2
    if not p or _NOT_SOURCE.match(p):
        return None
    p = _GENITIVE_RE.sub(lambda m: _GENITIVE_LEMMA[m.group(0).lower()], p)
    # "Name, role" (headers, appositions)
    role: str | None = None
    if "," in p:
        head, rest = p.split(",", 1)
        if _is_person(head.strip()) and len(head.split()) >= 2:
            role = rest.strip() or None
            p = head.strip()
    p = _CUT.sub("", p) if not _is_person(p) else p
    p = _DATA_TAIL.sub("", p)
    toks = p.split()
    if not toks:
        return None
    # A person: the last two capitalised words, unless they name an organisation.
    if (
        len(toks) >= 2
        and all(_CAP_RE.fullmatch(t) for t in toks[-2:])
        and not ORG_WORDS.search(" ".join(toks[-2:]))
        and toks[-2].lower() not in _TITLE_WORDS
        and not (len(toks) >= 3 and toks[-3].lower() in ("of", "the", "for", "and"))
        and not (
            ORG_WORDS.search(" ".join(toks[:-2])) and any(t.lower() in ("of", "the") for t in toks[:-2][-3:])
        )
    ):
        name = " ".join(toks[-2:])
        lead = " ".join(toks[:-2]).strip(" ,") or None
        role = role or lead
        return SourceRef(name, role, _org_in(role), None)
    if len(toks) == 1 and _CAP_RE.fullmatch(toks[0]) and not ORG_WORDS.search(toks[0]):
        full = tracker.surnames.get(toks[0].lower())
        if full:
            known = tracker.persons.get(full)
            return known or SourceRef(full, None, None, None)
        if toks[0].lower() in _NOT_A_NAME:
            return None
        return SourceRef(toks[0], role, None, None)
    if len(toks) > 9:
        return None  # a clause, not a name
    is_org = bool(ORG_WORDS.search(p))
    if not is_org and not _CAPITAL.search(p) and not _ROLE_WORD.search(p):
        return None  # "it is", "many" ...: lower-case words name a source only with an institution word
    return SourceRef(p, role, p if is_org else None, None)


def _org_in(role: str | None) -> str | None:
    if not role:
        return None
    m = re.search(
        r"(?:of|for|at)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s?(?:of\s+the\s+|of\s+)?)+(?:\([A-Z]+\))?)", role
    )
    if m and ORG_WORDS.search(m.group(1)):
        return m.group(1).strip()
    return None


@dataclass(frozen=True)
class Attribution:
    source: SourceRef
    start: int  # relative to the sentence
    end: int
    stance: str = "claim"


def sentence_attributions(sentence: str, tracker: Tracker) -> list[Attribution]:
    """Every attribution found in one sentence, in text order."""
    found: list[Attribution] = []
    low = lowered(sentence)
    rx, scanned = _ACCORDING.pick(sentence, low)
    for m in rx.finditer(scanned):
        if m.group(0).lower().startswith(("citing", "quoting", "з посиланням", "со ссылкой")):
            continue  # a relay: the speaker of the sentence is the source; the origin is theirs
        src = parse_source(sentence[m.start("src") : m.end("src")], tracker)
        if src:
            found.append(Attribution(src, m.start(), m.end()))
    rx, scanned = _PRON_ACCORDING.pick(sentence, low)
    for m in rx.finditer(scanned):
        src = parse_source(sentence[m.start("pron") : m.end("pron")], tracker)
        if src:
            found.append(Attribution(src, m.start(), m.end()))
    rx, scanned = _ACCUSE_WORD.pick(sentence, low)
    for m in _ACCUSE_RE.finditer(sentence) if rx.search(scanned) else ():
        src = parse_source(_clause_tail(m.group("subj")), tracker)
        if src:
            found.append(Attribution(src, m.start(), m.end(), "accusation"))
    rx, scanned = _VERB.pick(sentence, low)
    for m in rx.finditer(scanned):
        src = _subject_of(sentence, m, tracker)  # reads only the match's span and its verb's lower case
        if src:
            found.append(Attribution(src, m.start(), m.end()))
    rx, scanned = _DATA_SHOW.pick(sentence, low)
    for m in rx.finditer(scanned):
        owner = _DATA_OWNER.search(sentence, max(0, m.start() - 60), m.start())
        src = parse_source(_clause_tail(owner.group("src")), tracker) if owner else None
        if src and owner:
            found.append(Attribution(src, owner.start(), m.end()))
    pm = _PAREN.search(sentence)
    if pm:
        src = parse_source(pm.group("src"), tracker)
        if src:
            found.append(Attribution(src, pm.start(), pm.end()))
    found.sort(key=lambda a: a.start)
    channel = channel_of(sentence) if found else None
    out = []
    for a in found:
        src = a.source
        if channel and not src.channel:
            src = SourceRef(src.name, src.role, src.organisation, channel)
        tracker.note(src)
        out.append(Attribution(src, a.start, a.end, a.stance))
    return out


def _clause_tail(text: str) -> str:
    parts = _CLAUSE_SPLIT.split(text)
    return parts[-1] if parts else text


_ROLE_LIKE = re.compile(
    r"^(?:the|a|an)\s|^(?:head|chief|spokes\w+|mayor|governor|deputy|minister|adviser|"
    r"advisor|official|politician|commander|volunteer|голова|глава|мер|мэр)",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"^(?:speaking|citing|quoting|who|which|adding|according)\b", re.IGNORECASE)


def _subject_of(sentence: str, m: re.Match[str], tracker: Tracker) -> SourceRef | None:
    verb_start, verb_end = m.start(), m.end()
    before = sentence[:verb_start]
    after = sentence[verb_end:]
    segs = _SEGMENT_SPLIT.split(before)
    last = segs[-1].strip() if segs else ""
    # Inverted order: ", said Pavlo Kyrylenko, head of ..." / ", повідомила міська рада."
    if not last or last in ("—", "–", "-"):
        inv = _INVERTED.match(after)
        src_text = inv.group("src") if inv else ""
        audience = m.group("verb").lower() in ("told", "tells")  # "told a UN briefing": the audience
        if src_text and not audience and not _NOT_SUBJECT.match(src_text):
            if _PRONOUN_START.match(src_text):
                return parse_source(src_text.split()[0], tracker)
            src = parse_source(src_text, tracker)
            if src and inv and inv.group("role") and not src.role and src.name and _is_person(src.name):
                role = inv.group("role").strip()
                src = SourceRef(src.name, role, _org_in(role), src.channel)
            if src:
                return src
        # ", Kyrylo Tymoshenko, said" / "Serhiy Taruta, a Ukrainian politician, said"
        rest = [s.strip() for s in segs[:-1] if s.strip()]
        while rest and _PARTICIPLE.match(rest[-1]):
            rest.pop()
        if not rest:
            return None
        cand = rest[-1]
        if _ROLE_LIKE.match(cand) and len(rest) >= 2 and _is_person(_STRIP_LEAD.sub("", rest[-2]).strip()):
            src = parse_source(rest[-2], tracker)
            return SourceRef(src.name, cand, _org_in(cand), None) if src else None
        src = parse_source(cand, tracker)
        if src and len(rest) >= 2 and _ROLE_LIKE.match(rest[-2]) and src.name and _is_person(src.name):
            return SourceRef(src.name, rest[-2].strip(), _org_in(rest[-2]), None)
        return src
    last = _LEAD_CONJ.sub("", last)
    last = _SUBORDINATE_SPLIT.split(last)[-1]
    inner = list(_VERB_RE.finditer(last))
    if inner:
        last = last[inner[-1].end() :]  # "X said a hospital worker had told": the subject of "told"
    if len(last.split()) > 9 or _DIGIT.search(last):
        return None
    return parse_source(last, tracker)


def quote_speaker(
    text: str, q_start: int, q_end: int, line_start: int, line_end: int, tracker: Tracker
) -> SourceRef | None:
    """Speaker of a quotation: after it (\"...,\" Denisova said) or before it (He continued: \"...\")."""
    after = text[q_end:line_end]
    m = re.match(
        rf"\s*,?\s*[—–-]?\s*(?:(?P<v>{EN_VERBS}|{SLAV_VERBS})\s+(?P<s1>[^,.;\"“”«»]+)|"
        rf"(?P<s2>[^,.;\"“”«»]{{1,80}}?)\s+(?:(?:has|had|also)\s+)?(?:{EN_VERBS}|{SLAV_VERBS})(?!\w))",
        after,
        re.IGNORECASE,
    )
    if m:
        src = parse_source(m.group("s1") or m.group("s2"), tracker)
        if src:
            tail = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
            channel = channel_of(tail)
            if channel and not src.channel:
                src = SourceRef(src.name, src.role, src.organisation, channel)
            return src
    before = text[line_start:q_start]
    if not before.rstrip().endswith(":"):
        return None
    m = re.search(
        rf"(?P<s>[^.;\"“”«»]*?)\s+(?:(?:has|had|also)\s+)?(?:{EN_VERBS}|{SLAV_VERBS})"
        rf"(?:\s+[^:\"“”«»]{{0,40}})?\s*:\s*$",
        before,
        re.IGNORECASE,
    )
    if m:
        subj = m.group("s").strip()
        toks = subj.split()
        if toks and toks[-1].lower() in _PRONOUN_MALE | _PRONOUN_FEMALE | {"it", "they"}:
            return parse_source(toks[-1], tracker)
        return parse_source(_clause_tail(subj), tracker)
    return None


def header_source(line: str, tracker: Tracker) -> tuple[SourceRef | None, bool]:
    """A post that opens "Name, role:" (whole line) or "Name: text"; (source, whole_line)."""
    m = re.match(r"^\s*(?P<h>[^:\n]{3,120}):\s*$", line)
    whole = True
    if not m:
        m = re.match(r"^\s*(?P<h>[A-ZА-ЯІЇЄҐ][^:\n\"“«]{2,80}):\s+\S", line)
        whole = False
    if not m:
        return None, False
    head = m.group("h").strip()
    if len(head.split()) < 2 or _VERB_RE.search(head) or re.search(r"\d", head) or head.isupper():
        return None, False
    if not (ORG_WORDS.search(head) or _NAME_PAIR.search(head)):
        return None, False
    src = parse_source(head, tracker)
    if src:
        tracker.note(src)
    return src, whole


def next_sentence_source(sentence: str, tracker: Tracker) -> SourceRef | None:
    """ "Про це повідомив X." / "This was reported by X.": the source of the sentence before."""
    m = _NEXT_SENT.match(sentence.strip())
    if not m:
        return None
    src = parse_source(m.group("src"), tracker)
    if src:
        tracker.note(src)
    return src


def denial(sentence: str, tracker: Tracker) -> tuple[SourceRef | None, int] | None:
    """(who denies, where the denial verb ends) when the sentence is a denial."""
    rx, scanned = _DENY_WORD.pick(sentence, lowered(sentence))
    if not rx.search(scanned):
        return None
    m = _DENY_RE.search(sentence)
    if not m:
        return None
    subj = re.sub(
        r"^(?:and|but|which|who)\s+", "", _clause_tail(m.group("subj")).strip(), flags=re.IGNORECASE
    )
    if _VERB_RE.search(subj):
        return None, m.end()  # "X said it had ... and denied": the caller takes the sentence's speaker
    return parse_source(subj, tracker), m.end()
