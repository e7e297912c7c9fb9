"""API test helpers: a clean throttle count per test and the error-body reader."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _fresh_throttle_counts() -> None:
    """Anonymous requests are throttled per client address; each test starts with a clean count."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def error_fields() -> Any:
    """error_fields(response) -> the field messages of the API's one error body (checked to be that body)."""

    def _fields(response: Any) -> dict[str, list[str]]:
        body = response.json()
        assert set(body) == {"error"}, body
        assert body["error"]["status"] == response.status_code
        return body["error"]["fields"]

    return _fields
