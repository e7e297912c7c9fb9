"""`corridor backup`: a portable, consistent backup (all records and their history) as gzipped JSON.

Portable on purpose: a backup taken from SQLite restores into PostgreSQL and back, so moving a deployment
from a laptop to a server is a backup and a restore.
"""

from __future__ import annotations

import gzip
import io
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

# Rebuilt by migrate, or transient: not part of a backup.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "axes"]


class Command(BaseCommand):
    help = "Write a backup of the whole database to a .json.gz file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", help="file to write (default: DATA_DIR/backups/corridor-<time>.json.gz)")

    def handle(self, *args: Any, **options: Any) -> None:
        out = Path(options["out"]) if options["out"] else (
            Path(settings.DATA_DIR) / "backups" / f"corridor-{datetime.now():%Y%m%d-%H%M%S}.json.gz")
        if not out.name.endswith(".json.gz"):
            out = out.with_name(out.name + ".json.gz")
        out.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.StringIO()
        # One read transaction: every table is read at the same moment.
        with transaction.atomic():
            call_command("dumpdata", exclude=EXCLUDED, natural_foreign=True, natural_primary=False,
                         stdout=buffer, indent=None)
        tmp = out.with_name(out.name + ".partial")
        with gzip.open(tmp, "wt", encoding="utf-8") as fh:
            fh.write(buffer.getvalue())
        tmp.replace(out)  # never leave a half-written backup under the final name
        out.chmod(0o600)
        self.stdout.write(self.style.SUCCESS(f"backup written: {out}"))
