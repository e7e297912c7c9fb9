"""Fixtures for the reader tests: the shared gazetteer and a helper that extracts one text."""

from __future__ import annotations

import pytest

from corridor.reader import Figure, extract


@pytest.fixture(scope="session")
def gz():
    from corridor.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture
def figures(gz):
    def run(text: str, published: str | None = "2022-03-16", lang: str | None = None) -> list[Figure]:
        return extract(text, published=published, lang=lang, gazetteer=gz)

    return run


@pytest.fixture
def one(figures):
    """The single figure of a text (the test fails when there is not exactly one)."""

    def run(text: str, published: str | None = "2022-03-16", lang: str | None = None) -> Figure:
        found = figures(text, published, lang)
        assert len(found) == 1, [f.to_dict() for f in found]
        return found[0]

    return run
