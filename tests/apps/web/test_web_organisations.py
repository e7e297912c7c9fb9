"""Administering organisations on the web: superusers (system operators) only."""

from __future__ import annotations

from typing import Any

import pytest

from corridor.accounts.models import Organisation


def _urls(world: Any) -> list[str]:
    return ["/accounts/organisations/new/", f"/accounts/organisations/{world.council.pk}/"]


def test_superuser_lists_organisations_with_active_user_counts(world: Any, as_user: Any) -> None:
    response = as_user(world.users["superuser"]).get("/accounts/organisations/")
    assert response.status_code == 200
    counts = {o.name: o.active_users for o in response.context["page"].object_list}
    assert counts == {"Mariupol City Council": 6, "Red Cross Mariupol": 1}
    assert "Red Cross / Red Crescent" in response.content.decode()


def test_superuser_creates_an_organisation(world: Any, as_user: Any) -> None:
    root = world.users["superuser"]
    response = as_user(root).post("/accounts/organisations/new/", {"name": "  Hospital   No. 3 ", "kind": "hospital"})
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Hospital No. 3")
    assert organisation.kind == "hospital"
    record = organisation.history.get()
    assert (record.history_type, record.audit_path, record.history_user) == ("+", "web", root)


def test_superuser_renames_an_organisation(world: Any, as_user: Any) -> None:
    root = world.users["superuser"]
    response = as_user(root).post(f"/accounts/organisations/{world.council.pk}/",
                                  {"name": "Mariupol City Military Administration", "kind": "authority"})
    assert response.status_code == 302
    world.council.refresh_from_db()
    assert world.council.name == "Mariupol City Military Administration"
    record = world.council.history.latest()
    assert (record.history_type, record.audit_path, record.history_user) == ("~", "web", root)


@pytest.mark.parametrize("field, data", [
    ("name", {"name": "red cross mariupol", "kind": "ngo"}),  # exists, case aside
    ("name", {"name": "", "kind": "ngo"}),
    ("kind", {"name": "Wagner", "kind": "militia"}),
])
def test_bad_input_shows_field_errors_and_writes_nothing(world: Any, as_user: Any, field: str,
                                                         data: dict[str, str]) -> None:
    before = Organisation.objects.count(), Organisation.history.count()
    response = as_user(world.users["superuser"]).post("/accounts/organisations/new/", data)
    assert response.status_code == 200 and field in response.context["form"].errors
    assert (Organisation.objects.count(), Organisation.history.count()) == before


def test_anonymous_is_sent_to_login(world: Any, as_user: Any) -> None:
    client = as_user(None)
    response = client.get("/accounts/organisations/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    for url in _urls(world):
        response = client.post(url, {"name": "X", "kind": "ngo"})
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
    assert not Organisation.objects.filter(name="X").exists()


@pytest.mark.parametrize("role", ["administrator", "coordinator", "field_worker", "tracing_officer", "analyst",
                                  "other_coordinator"])
def test_everyone_but_a_superuser_is_refused(world: Any, as_user: Any, role: str) -> None:
    client = as_user(world.users[role])
    assert client.get("/accounts/organisations/").status_code == 403
    for url in _urls(world):
        assert client.get(url).status_code == 403, url
        assert client.post(url, {"name": "X", "kind": "ngo"}).status_code == 403, url
    assert not Organisation.objects.filter(name="X").exists()
    world.council.refresh_from_db()
    assert world.council.name == "Mariupol City Council"
