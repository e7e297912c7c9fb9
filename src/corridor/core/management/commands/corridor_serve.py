"""`corridor serve`: run the application under gunicorn, without query strings in the access log."""

from __future__ import annotations

import os
import sys
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

# Query strings can carry names people searched for: log method, path, status and time only.
ACCESS_LOG_FORMAT = '%(h)s %(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'


class Command(BaseCommand):
    help = "Serve Corridor with gunicorn (use a reverse proxy with TLS in deployment)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("CORRIDOR_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("CORRIDOR_PORT", "8000")))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("CORRIDOR_WORKERS", "3")))
        parser.add_argument("--threads", type=int, default=int(os.environ.get("CORRIDOR_THREADS", "4")))

    def handle(self, *args: Any, **options: Any) -> None:
        argv = [sys.executable, "-m", "gunicorn", "corridor.wsgi:application",
                "--bind", f"{options['host']}:{options['port']}",
                "--workers", str(options["workers"]), "--threads", str(options["threads"]),
                "--access-logfile", "-", "--access-logformat", ACCESS_LOG_FORMAT]
        os.environ["CORRIDOR_DATA_DIR"] = str(settings.DATA_DIR)
        # Collected and pre-compressed static files: the map library travels gzipped over a slow link.
        call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write(f"Serving on http://{options['host']}:{options['port']}/")
        sys.stdout.flush()
        os.execv(sys.executable, argv)
