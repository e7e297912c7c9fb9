"""Logging in and out, and the lockout after repeated failures (django-axes)."""

from __future__ import annotations

from typing import Any

from django.test import Client

PASSWORD = "correct horse battery staple 42"


def test_login_works_and_redirects_home(world: Any) -> None:
    client = Client()
    response = client.post("/accounts/login/", {"username": "coordinator", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/accounts/tokens/").status_code == 200


def test_login_page_shows(world: Any) -> None:
    response = Client().get("/accounts/login/")
    assert response.status_code == 200 and b'name="password"' in response.content


def test_wrong_password_is_refused(world: Any) -> None:
    client = Client()
    response = client.post("/accounts/login/", {"username": "coordinator", "password": "nope"})
    assert response.status_code == 200 and response.context["form"].errors
    assert client.get("/accounts/tokens/").status_code == 302


def test_lockout_after_five_failures(world: Any) -> None:
    client = Client()
    for _ in range(4):
        assert client.post("/accounts/login/", {"username": "analyst", "password": "wrong"}).status_code == 200
    locked = client.post("/accounts/login/", {"username": "analyst", "password": "wrong"})
    assert locked.status_code == 429
    assert b"locked-out" in locked.content
    # Even the right password does not get in while locked.
    again = client.post("/accounts/login/", {"username": "analyst", "password": PASSWORD})
    assert again.status_code == 429
    assert client.get("/accounts/tokens/").status_code == 302


def test_logout_only_by_post(world: Any, as_user: Any) -> None:
    client = as_user(world.users["coordinator"])
    assert client.get("/accounts/logout/").status_code == 405
    assert client.get("/accounts/tokens/").status_code == 200
    assert client.post("/accounts/logout/").status_code == 302
    assert client.get("/accounts/tokens/").status_code == 302


def test_login_form_needs_csrf(world: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "coordinator", "password": PASSWORD})
    assert response.status_code == 403
