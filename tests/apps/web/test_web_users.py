"""Administering users on the web: administrators manage their own organisation's accounts, superusers all."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from corridor.accounts.models import ApiToken, User

NEW_PASSWORD = "quiet river under ice 1942"


def _new_user(**extra: Any) -> dict[str, Any]:
    return {"username": "volunteer7", "first_name": "Olena", "last_name": "Bondar", "email": "",
            "role": "field_worker", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD, **extra}


def _edit(user: Any, **extra: Any) -> dict[str, Any]:
    data = {"first_name": user.first_name, "last_name": user.last_name, "email": user.email, "role": user.role,
            "is_active": "on" if user.is_active else ""}
    data.update(extra)
    return {k: v for k, v in data.items() if v != ""}  # an unticked checkbox is simply absent


def _other_administrator(world: Any) -> Any:
    return User.objects.create_user(username="rc_admin", password="x", organisation=world.redcross,
                                    role="administrator")


# --- Listing --------------------------------------------------------------------------------------------------


def test_administrator_lists_own_organisations_users(world: Any, as_user: Any) -> None:
    response = as_user(world.users["administrator"]).get("/accounts/users/")
    assert response.status_code == 200
    listed = {account.username for account in response.context["page"].object_list}
    assert {"administrator", "coordinator", "field_worker", "analyst", "other_field_worker"} <= listed
    assert "other_coordinator" not in listed  # Red Cross
    assert "root" not in listed  # superusers are not for an administrator to manage
    body = response.content.decode()
    assert "Field worker" in body and "never" in body  # role and last login
    for account in User.objects.all():
        assert account.password not in body  # no password hash, ever


def test_superuser_lists_everyone_and_filters_by_organisation(world: Any, as_user: Any) -> None:
    client = as_user(world.users["superuser"])
    listed = {u.username for u in client.get("/accounts/users/").context["page"].object_list}
    assert {"other_coordinator", "administrator", "root"} <= listed
    page = client.get(f"/accounts/users/?organisation={world.redcross.pk}").context["page"]
    assert [u.username for u in page.object_list] == ["other_coordinator"]


def test_list_filters_by_role_and_state(world: Any, as_user: Any) -> None:
    User.objects.filter(pk=world.users["analyst"].pk).update(is_active=False)
    client = as_user(world.users["administrator"])
    page = client.get("/accounts/users/?role=field_worker").context["page"]
    assert {u.username for u in page.object_list} == {"field_worker", "other_field_worker"}
    page = client.get("/accounts/users/?state=inactive").context["page"]
    assert [u.username for u in page.object_list] == ["analyst"]


# --- Refusals -------------------------------------------------------------------------------------------------


def _urls(world: Any) -> list[str]:
    pk = world.users["analyst"].pk
    return ["/accounts/users/new/", f"/accounts/users/{pk}/", f"/accounts/users/{pk}/password/"]


def _all_urls(world: Any) -> list[str]:
    return ["/accounts/users/", *_urls(world)]


def test_anonymous_is_sent_to_login(world: Any, as_user: Any) -> None:
    client = as_user(None)
    for url in _all_urls(world):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
    for url in _urls(world):
        response = client.post(url, _new_user())
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
    assert not User.objects.filter(username="volunteer7").exists()


@pytest.mark.parametrize("role", ["coordinator", "field_worker", "tracing_officer", "analyst", "other_coordinator"])
def test_roles_without_the_right_are_refused(world: Any, as_user: Any, role: str) -> None:
    client = as_user(world.users[role])
    for url in _all_urls(world):
        assert client.get(url).status_code == 403, url
    for url in _urls(world):
        assert client.post(url, {**_new_user(), **_edit(world.users["analyst"], role="administrator")}).status_code \
            == 403, url
    assert not User.objects.filter(username="volunteer7").exists()
    assert User.objects.get(pk=world.users["analyst"].pk).role == "analyst"


def test_administrator_of_another_organisation_cannot_see_or_change_our_users(world: Any, as_user: Any) -> None:
    client = as_user(_other_administrator(world))
    target = world.users["analyst"]
    assert target not in client.get("/accounts/users/").context["page"].object_list
    assert client.get(f"/accounts/users/{target.pk}/").status_code == 404
    assert client.post(f"/accounts/users/{target.pk}/", _edit(target, role="administrator")).status_code == 404
    response = client.post(f"/accounts/users/{target.pk}/password/",
                           {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 404
    target.refresh_from_db()
    assert target.role == "analyst" and not target.check_password(NEW_PASSWORD)


def test_administrator_cannot_touch_a_superuser(world: Any, as_user: Any) -> None:
    root = world.users["superuser"]
    User.objects.filter(pk=root.pk).update(organisation=world.council)  # even one inside their organisation
    client = as_user(world.users["administrator"])
    assert client.get(f"/accounts/users/{root.pk}/").status_code == 404
    response = client.post(f"/accounts/users/{root.pk}/password/",
                           {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 404
    root.refresh_from_db()
    assert not root.check_password(NEW_PASSWORD)


def test_list_is_read_only(world: Any, as_user: Any) -> None:
    assert as_user(world.users["administrator"]).post("/accounts/users/", _new_user()).status_code == 405
    assert not User.objects.filter(username="volunteer7").exists()


def test_posts_need_a_csrf_token(world: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["administrator"], backend="django.contrib.auth.backends.ModelBackend")
    assert client.post("/accounts/users/new/", _new_user()).status_code == 403
    assert not User.objects.filter(username="volunteer7").exists()


# --- Creating -------------------------------------------------------------------------------------------------


def test_administrator_creates_a_user_in_own_organisation(world: Any, as_user: Any) -> None:
    admin = world.users["administrator"]
    # An organisation smuggled into the form is ignored: administrators create in their own only.
    response = as_user(admin).post("/accounts/users/new/", _new_user(organisation=world.redcross.pk,
                                                                     is_superuser="on", is_staff="on"))
    assert response.status_code == 302 and response["Location"] == "/accounts/users/"
    user = User.objects.get(username="volunteer7")
    assert user.organisation == world.council and user.role == "field_worker" and user.is_active
    assert not user.is_superuser and not user.is_staff
    assert user.check_password(NEW_PASSWORD)
    record = user.history.get()
    assert (record.history_type, record.audit_path, record.history_user) == ("+", "web", admin)


def test_superuser_creates_a_user_in_a_chosen_organisation(world: Any, as_user: Any) -> None:
    client = as_user(world.users["superuser"])
    response = client.post("/accounts/users/new/", _new_user())
    assert "organisation" in response.context["form"].errors  # must be chosen
    response = client.post("/accounts/users/new/", _new_user(organisation=world.redcross.pk, role="administrator"))
    assert response.status_code == 302
    user = User.objects.get(username="volunteer7")
    assert user.organisation == world.redcross and user.role == "administrator" and not user.is_superuser


@pytest.mark.parametrize("field, data", [
    ("username", _new_user(username="Analyst")),  # taken (case aside)
    ("password2", _new_user(password1="password", password2="password")),  # short and common
    ("password2", _new_user(password1="volunteer7!", password2="volunteer7!")),  # like the name
    ("password2", _new_user(password2="something else entirely")),  # mismatch
    ("role", _new_user(role="warlord")),
    ("username", _new_user(username="")),
])
def test_bad_input_shows_field_errors_and_writes_nothing(world: Any, as_user: Any, field: str,
                                                         data: dict[str, Any]) -> None:
    client = as_user(world.users["administrator"])
    before = User.objects.count(), User.history.count()  # after logging in, which records last_login
    response = client.post("/accounts/users/new/", data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert 'class="error"' in response.content.decode()
    assert (User.objects.count(), User.history.count()) == before


# --- Editing --------------------------------------------------------------------------------------------------


def test_administrator_changes_a_role_and_it_is_in_the_history(world: Any, as_user: Any) -> None:
    admin, target = world.users["administrator"], world.users["coordinator"]
    response = as_user(admin).post(f"/accounts/users/{target.pk}/", _edit(target, role="analyst",
                                                                          is_superuser="on"))
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.role == "analyst" and not target.is_superuser
    record = target.history.latest()
    assert (record.history_type, record.role, record.audit_path, record.history_user) == ("~", "analyst", "web",
                                                                                           admin)
    assert record.prev_record.role == "coordinator"


def test_edit_refuses_an_unknown_role(world: Any, as_user: Any) -> None:
    target = world.users["coordinator"]
    response = as_user(world.users["administrator"]).post(f"/accounts/users/{target.pk}/",
                                                          _edit(target, role="superuser"))
    assert "role" in response.context["form"].errors
    target.refresh_from_db()
    assert target.role == "coordinator" and target.history.count() == 1


def test_administrator_cannot_demote_or_deactivate_themselves(world: Any, as_user: Any) -> None:
    admin = world.users["administrator"]
    client = as_user(admin)
    history_before = admin.history.count()
    response = client.post(f"/accounts/users/{admin.pk}/", _edit(admin, role="coordinator"))
    assert response.status_code == 200 and "role" in response.context["form"].errors
    response = client.post(f"/accounts/users/{admin.pk}/", _edit(admin, is_active=""))
    assert response.status_code == 200 and "is_active" in response.context["form"].errors
    admin.refresh_from_db()
    assert admin.role == "administrator" and admin.is_active and admin.history.count() == history_before
    # Their own name is theirs to fix.
    assert client.post(f"/accounts/users/{admin.pk}/", _edit(admin, first_name="Iryna")).status_code == 302
    admin.refresh_from_db()
    assert admin.first_name == "Iryna"


def test_deactivating_revokes_every_api_token_and_ends_sessions(world: Any, as_user: Any) -> None:
    admin, target = world.users["administrator"], world.users["analyst"]
    _, key = ApiToken.issue(target, "export script")
    ApiToken.issue(target, "laptop")
    old, _ = ApiToken.issue(target, "old")
    old.revoke()
    old_revoked_at = ApiToken.objects.get(pk=old.pk).revoked_at
    other, _ = ApiToken.issue(world.users["coordinator"], "someone else's")
    their_session = Client()
    their_session.force_login(target, backend="django.contrib.auth.backends.ModelBackend")

    response = as_user(admin).post(f"/accounts/users/{target.pk}/", _edit(target, is_active=""))
    assert response.status_code == 302
    target.refresh_from_db()
    assert not target.is_active
    assert not ApiToken.objects.filter(user=target, revoked_at__isnull=True).exists()
    assert ApiToken.objects.get(pk=old.pk).revoked_at == old_revoked_at  # already revoked: left as it was
    assert ApiToken.objects.get(pk=other.pk).active
    revocations = ApiToken.history.filter(user_id=target.pk, history_type="~", audit_path="web")
    assert sorted(r.name for r in revocations) == ["export script", "laptop"]
    assert {r.history_user_id for r in revocations} == {admin.pk}
    record = target.history.latest()
    assert (record.is_active, record.audit_path, record.history_user) == (False, "web", admin)

    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    assert api.get("/api/schema/").status_code == 401
    assert their_session.get("/accounts/tokens/").status_code == 302  # logged out


def test_reactivating_does_not_bring_tokens_back(world: Any, as_user: Any) -> None:
    target = world.users["analyst"]
    ApiToken.issue(target, "t")
    client = as_user(world.users["administrator"])
    client.post(f"/accounts/users/{target.pk}/", _edit(target, is_active=""))
    target.refresh_from_db()
    assert client.post(f"/accounts/users/{target.pk}/", _edit(target, is_active="on")).status_code == 302
    target.refresh_from_db()
    assert target.is_active and not ApiToken.objects.filter(user=target, revoked_at__isnull=True).exists()


# --- Passwords ------------------------------------------------------------------------------------------------


def test_administrator_sets_a_new_password(world: Any, as_user: Any) -> None:
    admin, target = world.users["administrator"], world.users["field_worker"]
    response = as_user(admin).post(f"/accounts/users/{target.pk}/password/",
                                   {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.check_password(NEW_PASSWORD)
    record = target.history.latest()
    assert (record.audit_path, record.history_user) == ("web", admin)
    assert not hasattr(record, "password")  # the hash stays out of the history


def test_weak_or_mismatched_password_is_refused(world: Any, as_user: Any) -> None:
    target = world.users["field_worker"]
    client = as_user(world.users["administrator"])
    for data in ({"new_password1": "12345", "new_password2": "12345"},
                 {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD + "!"}):
        response = client.post(f"/accounts/users/{target.pk}/password/", data)
        assert response.status_code == 200 and "new_password2" in response.context["form"].errors
    target.refresh_from_db()
    assert not target.check_password(NEW_PASSWORD) and target.history.count() == 1


def test_administrator_setting_own_password_stays_logged_in(world: Any, as_user: Any) -> None:
    admin = world.users["administrator"]
    client = as_user(admin)
    client.post(f"/accounts/users/{admin.pk}/password/", {"new_password1": NEW_PASSWORD,
                                                          "new_password2": NEW_PASSWORD})
    admin.refresh_from_db()
    assert admin.check_password(NEW_PASSWORD)
    assert client.get("/accounts/users/").status_code == 200


def test_the_users_link_is_shown_only_to_those_who_may_use_it(world: Any, as_user: Any) -> None:
    link = 'href="/accounts/users/"'
    for role in ("administrator", "superuser"):
        assert link in as_user(world.users[role]).get("/").content.decode(), role
    for role in ("coordinator", "field_worker", "tracing_officer", "analyst"):
        assert link not in as_user(world.users[role]).get("/").content.decode(), role
    assert link not in as_user(None).get("/").content.decode()
