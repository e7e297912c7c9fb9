"""Fixtures for the linkage engine tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from linkage_samples import KOVALENKO, write_csv


@pytest.fixture
def kovalenko_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "records.csv", KOVALENKO)
