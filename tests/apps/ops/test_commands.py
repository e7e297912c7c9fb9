"""Operations commands: createuser validates its input and creates nothing on error; the CLI dispatches."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from corridor.accounts.models import Organisation, User


def _create(monkeypatch: Any, password: str, *args: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    call_command("corridor_createuser", *args, "--password-stdin", stdout=io.StringIO())


@pytest.mark.real_hasher
def test_createuser_creates_user_in_organisation_with_role(db: Any, monkeypatch: Any) -> None:
    Organisation.objects.create(name="Mariupol City Council")
    _create(monkeypatch, "a long enough passphrase", "olena", "--organisation", "Mariupol City Council",
            "--role", "coordinator")
    user = User.objects.get(username="olena")
    assert user.role == "coordinator" and user.organisation.name == "Mariupol City Council"
    assert user.password.startswith("argon2")
    row = User.history.get(id=user.pk)
    assert row.audit_path == "command"


@pytest.mark.parametrize("args, message", [
    (["bob", "--organisation", "Nowhere"], "--organisation: no organisation called 'Nowhere'"),
    (["bob"], "--organisation: required"),
])
def test_createuser_refuses_bad_input(db: Any, monkeypatch: Any, args: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        _create(monkeypatch, "a long enough passphrase", *args)
    assert not User.objects.filter(username="bob").exists()


def test_createuser_refuses_weak_password(db: Any, monkeypatch: Any) -> None:
    with pytest.raises(CommandError, match="password:"):
        _create(monkeypatch, "12345", "bob", "--organisation", "X", "--create-organisation")
    assert not User.objects.filter(username="bob").exists()
    assert not Organisation.objects.filter(name="X").exists()


def test_demo_refuses_outside_demo_mode(db: Any, settings: Any) -> None:
    settings.DEMO_MODE = False
    with pytest.raises(CommandError, match="demo"):
        call_command("corridor_demo", "--no-serve")


def test_cli_help_lists_commands(capsys: Any) -> None:
    from corridor.cli import main

    assert main([]) == 0
    out = capsys.readouterr().out
    for command in ("serve", "demo", "migrate", "createuser", "import", "export", "backup", "restore"):
        assert command in out
