"""`corridor restore FILE`: load a backup into a migrated database, all or nothing."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.test.utils import override_settings

from corridor.core.audit import audit_context


def _domain_rows() -> int:
    return sum(apps.get_model(label).objects.count()
               for label in ("accounts.Organisation", "accounts.User", "places.Facility"))


class Command(BaseCommand):
    help = "Restore a backup written by `corridor backup` (the database must be empty, or use --replace)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file")
        parser.add_argument("--replace", action="store_true", help="delete the current data first")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if not path.exists():
            raise CommandError(f"{path}: no such file")
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                records = json.load(fh)
        except (OSError, EOFError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CommandError(f"{path}: not a Corridor backup ({exc})") from exc
        if not isinstance(records, list):
            raise CommandError(f"{path}: not a Corridor backup (expected a list of records)")
        call_command("migrate", interactive=False, verbosity=0)
        if _domain_rows() and not options["replace"]:
            raise CommandError("the database is not empty: pass --replace to overwrite it")
        with transaction.atomic(), audit_context("command"):
            if options["replace"]:
                call_command("flush", interactive=False, verbosity=0)
            # The backup carries the history tables: loading must not write history of its own.
            with override_settings(SIMPLE_HISTORY_ENABLED=False):
                call_command("loaddata", str(path), verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"restored {len(records)} records from {path}"))
