"""Attribution carried across sentences: a source or doubt said in the next sentence, a speaker going on."""

from __future__ import annotations

import re

from .lexicon import DOUBT_NEXT
from .model import Figure, SourceRef
from .sources import Tracker, channel_of, next_sentence_source
from .text import Sentence


def continuation_pass(
    text: str,
    figures: list[Figure],
    fig_sentence: list[int],
    sentences: list[Sentence],
    speakers: dict[int, SourceRef],
) -> None:
    """A sentence with no attribution of its own goes on with the speaker of the sentence before when
    it breaks down the same count ("Poland has taken in 2.6 million of them") or when the sentence
    after is that speaker's again ("Another 30 were wounded. '…,' he said.")."""
    for f, si in zip(figures, fig_sentence):
        if f.source is not None or f.stance != "claim" or si in speakers:
            continue
        if f.hedge is not None and "report" in f.hedge:
            continue  # "Reportedly 210 children …": hearsay from elsewhere, not the speaker's
        # walk back over continuation sentences that already inherited the speaker
        prev = si - 1
        while (
            prev >= 0
            and prev not in speakers
            and any(fs == prev and g.source is not None for g, fs in zip(figures, fig_sentence))
        ):
            prev -= 1
        src = speakers.get(prev)
        if src is None or "\n\n" in text[sentences[prev].end : sentences[si].start]:
            continue
        said_before = [
            g
            for g, fs in zip(figures, fig_sentence)
            if fs == prev and g.source and g.source.label == src.label
        ]
        same_count = any(g.category == f.category for g in said_before)
        nxt = speakers.get(si + 1)
        same_speaker_after = nxt is not None and nxt.label == src.label
        if same_count or same_speaker_after:
            f.source = src


def next_sentence_pass(
    figures: list[Figure], fig_sentence: list[int], sentences: list[Sentence], tracker: Tracker
) -> None:
    """Attribution and doubt that come in the sentence after the figure, and channels said later."""
    by_sentence: dict[int, list[Figure]] = {}
    for f, si in zip(figures, fig_sentence):
        by_sentence.setdefault(si, []).append(f)
    for si, figs in by_sentence.items():
        if si + 1 >= len(sentences):
            continue
        nxt = sentences[si + 1].text
        src = next_sentence_source(nxt, tracker)
        doubt = DOUBT_NEXT.search(nxt)
        channel = (
            channel_of(nxt)
            if re.search(r"(?<!\w)(?:he|she|it|they|він|вона|вони|он|она|они)(?!\w)", nxt, re.IGNORECASE)
            else None
        )
        for f in figs:
            if src and f.source is None:
                f.source = src
            if doubt and f.hedge is None:
                f.hedge = doubt.group(0).lower()
            if channel and f.source and f.source.channel is None:
                f.source = SourceRef(f.source.name, f.source.role, f.source.organisation, channel)
