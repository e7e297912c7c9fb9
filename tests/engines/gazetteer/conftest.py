"""Shared gazetteer fixture: the shipped data, loaded once per test session."""

import pytest

from corridor.gazetteer import Gazetteer, default_gazetteer


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return default_gazetteer()
