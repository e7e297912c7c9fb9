"""English and Ukrainian: the language switcher, and pages rendered in Ukrainian."""

from __future__ import annotations

from typing import Any

from django.test import Client


def test_switching_to_ukrainian(world: Any) -> None:
    client = Client()
    response = client.post("/i18n/setlang/", {"language": "uk", "next": "/facilities/"})
    assert response.status_code == 302 and response["Location"] == "/facilities/"
    body = client.get("/facilities/").content.decode()
    assert "<html lang=\"uk\">" in body
    assert "Заклади" in body  # "Facilities"
    assert "Увійти" in body  # "Log in"
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert "Facilities" in client.get("/facilities/").content.decode()


def test_the_switcher_is_a_post_form_with_csrf(world: Any) -> None:
    body = Client().get("/").content.decode()
    assert 'action="/i18n/setlang/" method="post"' in body
    assert 'name="csrfmiddlewaretoken"' in body
    assert 'name="language" value="uk"' in body


def test_settlement_and_facility_names_in_ukrainian(world: Any, as_user: Any) -> None:
    world.shelter.name_uk = "Підвал школи № 12"
    world.shelter.save()
    client = as_user(world.users["coordinator"])
    body = client.get(f"/facilities/{world.shelter.pk}/", headers={"accept-language": "uk"}).content.decode()
    assert "Підвал школи № 12" in body and "Маріуполь" in body
    assert "Поточний стан" in body  # "Current state"


def test_choice_labels_are_translated(world: Any, as_user: Any) -> None:
    body = as_user(world.users["coordinator"]).get(
        "/facilities/", headers={"accept-language": "uk"}).content.decode()
    assert "Укриття: школа" in body  # "Shelter: school"
