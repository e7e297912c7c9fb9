"""A user's own API tokens: list, create (key shown once), revoke; nobody touches another's tokens."""

from __future__ import annotations

from typing import Any

from rest_framework.test import APIClient

from corridor.accounts.models import ApiToken


def test_create_shows_key_once_and_it_authenticates(world: Any, api_as: Any) -> None:
    api = api_as(world.users["field_worker"])
    created = api.post("/api/tokens/", {"name": "tablet 3"}, format="json")
    assert created.status_code == 201
    key = created.json()["key"]
    token = ApiToken.objects.get(pk=created.json()["id"])
    assert token.key_hash == ApiToken.hash_key(key) and key not in token.key_hash
    listed = api.get("/api/tokens/").json()["results"]
    assert {t["name"] for t in listed} == {"test", "tablet 3"}
    assert all("key" not in t for t in listed)
    fresh = APIClient()
    fresh.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    assert fresh.get("/api/tokens/").status_code == 200


def test_revoked_token_no_longer_authenticates(world: Any, api_as: Any) -> None:
    user = world.users["analyst"]
    token, key = ApiToken.issue(user, "laptop")
    api = api_as(user)
    assert api.delete(f"/api/tokens/{token.pk}/").status_code == 204
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    assert client.get("/api/facilities/").status_code == 401
    assert ApiToken.history.filter(id=token.pk, audit_path="api").exists()


def test_anonymous_is_401(world: Any, api_as: Any) -> None:
    api = api_as(None)
    assert api.get("/api/tokens/").status_code == 401
    assert api.post("/api/tokens/", {"name": "x"}, format="json").status_code == 401


def test_another_users_token_is_not_found_and_stays_active(world: Any, api_as: Any) -> None:
    token, _ = ApiToken.issue(world.users["coordinator"], "theirs")
    response = api_as(world.users["other_coordinator"]).delete(f"/api/tokens/{token.pk}/")
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.active
    names = {t["name"] for t in api_as(world.users["other_coordinator"]).get("/api/tokens/").json()["results"]}
    assert "theirs" not in names


def test_token_name_is_validated(world: Any, api_as: Any, error_fields: Any) -> None:
    api = api_as(world.users["analyst"])
    response = api.post("/api/tokens/", {"name": "x" * 101}, format="json")
    assert response.status_code == 400 and "name" in error_fields(response)
    assert api.post("/api/tokens/", {}, format="json").status_code == 400
    assert ApiToken.objects.filter(user=world.users["analyst"]).count() == 1  # only the fixture's own


def test_bad_bearer_token_is_401_with_error_body(world: Any) -> None:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Bearer cor_nonsense")
    response = client.get("/api/facilities/")
    assert response.status_code == 401
    assert response.json()["error"]["status"] == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
