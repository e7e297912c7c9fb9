"""The API tokens page: list own tokens, create one (key shown once), revoke."""

from __future__ import annotations

import re
from typing import Any

from rest_framework.test import APIClient

from corridor.accounts.models import ApiToken


def test_it_creates_a_token_and_shows_the_key_once(world: Any, as_user: Any) -> None:
    client = as_user(world.users["analyst"])
    response = client.post("/accounts/tokens/", {"name": "sitrep script"})
    assert response.status_code == 200
    match = re.search(rb'id="new-token">(cor_[^<]+)<', response.content)
    assert match
    key = match.group(1).decode()
    token = ApiToken.objects.get(user=world.users["analyst"])
    assert token.key_hash == ApiToken.hash_key(key) and token.name == "sitrep script"
    assert response["Cache-Control"] == "no-store"
    assert key.encode() not in client.get("/accounts/tokens/").content  # never again


def test_it_lists_only_own_tokens(world: Any, as_user: Any) -> None:
    ApiToken.issue(world.users["coordinator"], "coordinator's import")
    ApiToken.issue(world.users["analyst"], "analyst's export")
    body = as_user(world.users["analyst"]).get("/accounts/tokens/").content.decode()
    assert "analyst&#x27;s export" in body and "coordinator&#x27;s import" not in body


def test_revoke_works_and_the_token_stops_working(world: Any, as_user: Any) -> None:
    token, key = ApiToken.issue(world.users["analyst"], "old")
    response = as_user(world.users["analyst"]).post(f"/accounts/tokens/{token.pk}/revoke/")
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    assert api.get("/api/schema/").status_code == 401


def test_another_users_token_cannot_be_revoked(world: Any, as_user: Any) -> None:
    token, _ = ApiToken.issue(world.users["coordinator"], "theirs")
    assert as_user(world.users["other_coordinator"]).post(f"/accounts/tokens/{token.pk}/revoke/").status_code == 404
    assert as_user(world.users["analyst"]).post(f"/accounts/tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.active


def test_revoke_only_by_post(world: Any, as_user: Any) -> None:
    token, _ = ApiToken.issue(world.users["analyst"], "t")
    assert as_user(world.users["analyst"]).get(f"/accounts/tokens/{token.pk}/revoke/").status_code == 405
    token.refresh_from_db()
    assert token.active


def test_anonymous_is_sent_to_login(world: Any, as_user: Any) -> None:
    client = as_user(None)
    response = client.post("/accounts/tokens/", {"name": "x"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not ApiToken.objects.exists()


def test_bad_input_shows_a_field_error(world: Any, as_user: Any) -> None:
    response = as_user(world.users["analyst"]).post("/accounts/tokens/", {"name": ""})
    assert "name" in response.context["form"].errors
    assert not ApiToken.objects.exists()
