"""Import/export test helpers: fast password hashing (the world fixture creates eight users per test)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _fast_hasher(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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
