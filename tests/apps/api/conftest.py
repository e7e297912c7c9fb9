"""API test helpers: fast password hashing (the world fixture creates eight users per test) and shortcuts."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _fast_hasher(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_throttle_counts() -> None:
    """Anonymous requests are throttled per client address; each test starts with a clean count."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def report_on(db: Any) -> Any:
    """report_on(facility, hours_ago=1, **values) records a report through the service."""
    from datetime import timedelta

    from django.utils import timezone

    from corridor.places.services import ReportInput, record_report

    def _report(facility: Any, hours_ago: float = 1, needs: Any = (), **values: Any) -> Any:
        values.setdefault("source_name", "Shelter warden")
        values["observed_at"] = timezone.now() - timedelta(hours=hours_ago)
        return record_report(facility, ReportInput(values=values, needs=list(needs)))

    return _report


@pytest.fixture
def error_fields() -> Any:
    """error_fields(response) -> the field messages of the API's one error body (checked to be that body)."""

    def _fields(response: Any) -> dict[str, list[str]]:
        body = response.json()
        assert set(body) == {"error"}, body
        assert body["error"]["status"] == response.status_code
        return body["error"]["fields"]

    return _fields
