"""Shared fixtures: two organisations, a user for every role, a settlement and facilities of each visibility."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

PASSWORD = "correct horse battery staple 42"


def pytest_report_header(config: Any) -> str:
    from django.conf import settings

    return f"corridor database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any, request: Any) -> None:
    """Argon2 stays the production hasher; tests about views need not pay its cost for every fixture user.

    Tests that check hashing itself are marked `real_hasher`.
    """
    if request.node.get_closest_marker("real_hasher") is None:
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@dataclass
class World:
    council: Any
    redcross: Any
    mariupol: Any
    zaporizhzhia: Any
    shelter: Any          # council, visible to partners
    private_ward: Any     # council, own organisation only
    public_point: Any     # council, published to the public
    rc_point: Any         # Red Cross, visible to partners
    users: dict[str, Any]


@pytest.fixture
def world(db: Any) -> World:
    from corridor.accounts.models import Organisation, User
    from corridor.places.models import Facility, Settlement

    council = Organisation.objects.create(name="Mariupol City Council", kind="authority")
    redcross = Organisation.objects.create(name="Red Cross Mariupol", kind="red_cross")
    users: dict[str, Any] = {}
    for role in ("administrator", "coordinator", "field_worker", "tracing_officer", "analyst"):
        users[role] = User.objects.create_user(username=role, password=PASSWORD, organisation=council, role=role)
    users["other_coordinator"] = User.objects.create_user(
        username="other_coordinator", password=PASSWORD, organisation=redcross, role="coordinator")
    users["other_field_worker"] = User.objects.create_user(
        username="other_field_worker", password=PASSWORD, organisation=council, role="field_worker")
    users["superuser"] = User.objects.create_superuser(username="root", password=PASSWORD)
    mariupol = Settlement.objects.create(geonameid=701822, name_en="Mariupol", name_uk="Маріуполь",
                                         name_ru="Мариуполь", lat=47.09514, lon=37.54131, admin1_name="Donetsk")
    zaporizhzhia = Settlement.objects.create(geonameid=687700, name_en="Zaporizhzhia", name_uk="Запоріжжя",
                                             name_ru="Запорожье", lat=47.82289, lon=35.19031)
    shelter = Facility.objects.create(organisation=council, settlement=mariupol, kind="shelter_school",
                                      name_en="School No. 12 basement", capacity=300, lat=47.1, lon=37.55)
    shelter.field_workers.add(users["field_worker"])
    private_ward = Facility.objects.create(organisation=council, settlement=mariupol, kind="maternity",
                                           name_en="Maternity ward (private)", visibility="organisation")
    public_point = Facility.objects.create(organisation=council, settlement=mariupol, kind="evacuation_point",
                                           name_en="Collection point: Port City mall", published=True,
                                           lat=47.11, lon=37.6, notes="internal: gate code 1234")
    rc_point = Facility.objects.create(organisation=redcross, settlement=zaporizhzhia, kind="reception_centre",
                                       name_en="Reception centre Epicentr", capacity=2000)
    return World(council, redcross, mariupol, zaporizhzhia, shelter, private_ward, public_point, rc_point, users)


def login(client: Any, user: Any) -> Any:
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def as_user(client: Any) -> Any:
    """as_user(user) -> a Django test client logged in as that user (None: anonymous)."""

    def _as(user: Any) -> Any:
        client.logout()
        if user is not None:
            login(client, user)
        return client

    return _as


@pytest.fixture
def api_as(db: Any) -> Any:
    """api_as(user) -> a DRF APIClient authenticated with a real bearer token of that user (None: anonymous)."""
    from rest_framework.test import APIClient

    from corridor.accounts.models import ApiToken

    def _as(user: Any) -> Any:
        api = APIClient()
        if user is not None:
            _, key = ApiToken.issue(user, "test")
            api.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
        return api

    return _as


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
