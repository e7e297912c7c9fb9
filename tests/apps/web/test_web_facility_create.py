"""Creating a facility through the web form."""

from __future__ import annotations

from typing import Any

from corridor.places.models import Facility

VALID = {"settlement_name": "Mariupol", "kind": "shelter_basement", "name_en": "Basement on Myru Ave 14",
         "name_uk": "Підвал на просп. Миру, 14", "capacity": "80", "lat": "47.1", "lon": "37.55",
         "visibility": "partners"}


def _data(**changes: Any) -> dict[str, Any]:
    data = dict(VALID, settlement=None)
    data.pop("settlement")
    data.update(changes)
    return data


def test_it_works_for_a_coordinator(world: Any, as_user: Any) -> None:
    response = as_user(world.users["coordinator"]).post("/facilities/new/", _data())
    facility = Facility.objects.get(name_en="Basement on Myru Ave 14")
    assert response.status_code == 302 and response["Location"] == f"/facilities/{facility.pk}/"
    assert facility.organisation == world.council
    assert facility.settlement == world.mariupol
    assert facility.version == 1
    history = Facility.history.get(id=facility.pk)
    assert history.audit_path == "web" and history.history_user == world.users["coordinator"]


def test_settlement_may_be_spelled_in_ukrainian(world: Any, as_user: Any) -> None:
    as_user(world.users["administrator"]).post("/facilities/new/", _data(settlement_name="Маріуполь"))
    assert Facility.objects.get(name_en="Basement on Myru Ave 14").settlement == world.mariupol


def test_form_shows(world: Any, as_user: Any) -> None:
    response = as_user(world.users["coordinator"]).get("/facilities/new/")
    assert response.status_code == 200
    assert b'name="name_en"' in response.content


def test_anonymous_is_sent_to_login(world: Any, as_user: Any) -> None:
    response = as_user(None).post("/facilities/new/", _data())
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not Facility.objects.filter(name_en="Basement on Myru Ave 14").exists()


def test_analyst_and_field_worker_cannot_create(world: Any, as_user: Any) -> None:
    for role in ("analyst", "field_worker", "tracing_officer"):
        assert as_user(world.users[role]).post("/facilities/new/", _data()).status_code == 403
        assert as_user(world.users[role]).get("/facilities/new/").status_code == 403
    assert not Facility.objects.filter(name_en="Basement on Myru Ave 14").exists()


def test_bad_input_shows_field_errors_and_writes_nothing(world: Any, as_user: Any) -> None:
    response = as_user(world.users["coordinator"]).post(
        "/facilities/new/", _data(settlement_name="Atlantis", kind="spaceport", lat="95", lon="", capacity="-3"))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"settlement_name", "kind", "lat", "capacity"} <= set(errors)
    assert "Atlantis" in response.content.decode()
    assert not Facility.objects.filter(name_en="Basement on Myru Ave 14").exists()


def test_superuser_without_organisation_chooses_one(world: Any, as_user: Any) -> None:
    client = as_user(world.users["superuser"])
    response = client.post("/facilities/new/", _data())
    assert "organisation" in response.context["form"].errors
    client.post("/facilities/new/", _data(organisation=world.redcross.pk))
    assert Facility.objects.get(name_en="Basement on Myru Ave 14").organisation == world.redcross
