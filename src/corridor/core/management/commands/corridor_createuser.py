"""`corridor createuser`: a user in an organisation with one role; the password from a prompt or stdin."""

from __future__ import annotations

import getpass
import sys
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from corridor.accounts.models import Organisation, Role, User
from corridor.core.audit import audit_context


class Command(BaseCommand):
    help = "Create a user in an organisation with a role."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--organisation", help="organisation name (required unless --superuser)")
        parser.add_argument("--create-organisation", action="store_true",
                            help="create the organisation if it does not exist")
        parser.add_argument("--role", choices=[r.value for r in Role], default=Role.ANALYST.value)
        parser.add_argument("--email", default="")
        parser.add_argument("--superuser", action="store_true", help="a system operator with every permission")
        parser.add_argument("--password-stdin", action="store_true", help="read the password from standard input")

    def handle(self, *args: Any, **options: Any) -> None:
        username = options["username"]
        if User.objects.filter(username=username).exists():
            raise CommandError(f"username: {username!r} is taken")
        org = None
        if options["organisation"]:
            org = Organisation.objects.filter(name=options["organisation"]).first()
            if org is None and not options["create_organisation"]:
                raise CommandError(f"--organisation: no organisation called {options['organisation']!r} "
                                   "(add --create-organisation to create it)")
        elif not options["superuser"]:
            raise CommandError("--organisation: required for every user but a superuser")
        if options["password_stdin"]:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                raise CommandError("password: the two entries differ")
        candidate = User(username=username, email=options["email"])
        try:
            validate_password(password, candidate)
        except ValidationError as exc:
            raise CommandError("password: " + " ".join(exc.messages)) from exc
        with transaction.atomic(), audit_context("command"):
            if org is None and options["organisation"]:
                org = Organisation.objects.create(name=options["organisation"])
            if options["superuser"]:
                user = User.objects.create_superuser(username=username, password=password, email=options["email"],
                                                     organisation=org, role=options["role"])
            else:
                user = User.objects.create_user(username=username, password=password, email=options["email"],
                                                organisation=org, role=options["role"])
        self.stdout.write(self.style.SUCCESS(f"created {user.username} ({user.role}, {org or 'no organisation'})"))
