"""`corridor demo`: migrate, build the Mariupol scenario, create and print demo accounts, then serve."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from corridor.places.demo import ScenarioError, build_scenario, ensure_demo_accounts


class Command(BaseCommand):
    help = "Build the Mariupol demo scenario (demo accounts included) and serve it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-serve", action="store_true", help="build the scenario and stop")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEMO_MODE:
            raise CommandError("run it as `corridor demo` (sets CORRIDOR_DEMO=1): demo accounts exist only there")
        call_command("migrate", interactive=False, verbosity=0)
        try:
            facilities = build_scenario()
            accounts = ensure_demo_accounts(facilities)
        except ScenarioError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Mariupol scenario ready: {len(facilities)} facilities."))
        self.stdout.write(f"Data directory: {settings.DATA_DIR}")
        self.stdout.write("Demo accounts (demo mode only):")
        for username, password, role, org in accounts:
            self.stdout.write(f"  {username:<14} {password:<24} {role:<16} {org}")
        if not options["no_serve"]:
            call_command("corridor_serve", host=options["host"], port=options["port"])
