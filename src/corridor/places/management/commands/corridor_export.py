"""`corridor export facilities|reports --format ...`: what the given user (default: the public) may see."""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.core.management.base import BaseCommand, CommandError, CommandParser

from corridor.accounts.models import User
from corridor.core import permissions
from corridor.places.filters import filter_facilities
from corridor.places.io import export_facilities_csv, export_reports_csv, facilities_geojson


class _Raw:
    """Write through a command's stdout exactly as given (OutputWrapper would add a newline to every chunk)."""

    def __init__(self, wrapper: Any) -> None:
        self.wrapper = wrapper

    def write(self, text: str) -> None:
        self.wrapper.write(text, ending="")


class Command(BaseCommand):
    help = "Export facilities (CSV, HXL, GeoJSON) or facility reports (CSV, HXL)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("what", choices=["facilities", "reports"])
        parser.add_argument("--format", choices=["csv", "hxl", "geojson"], default="csv")
        parser.add_argument("--out", help="file to write (default: standard output)")
        parser.add_argument("--as", dest="username",
                            help="export what this user may see, internal fields included; "
                                 "default: only what the public sees")
        parser.add_argument("--settlement", help="only facilities in this settlement (id or any spelling)")
        parser.add_argument("--kind", help="only facilities of this kind")

    def handle(self, *args: Any, **options: Any) -> None:
        user: Any = AnonymousUser()
        if options.get("username"):
            user = User.objects.filter(username=options["username"], is_active=True).first()
            if user is None:
                raise CommandError(f"no active user called {options['username']!r}")
        if not permissions.can_export(user):
            raise CommandError(f"{user} may not export")
        params = {k: options[k] for k in ("settlement", "kind") if options.get(k)}
        facilities, errors = filter_facilities(permissions.visible_facilities(user), params)
        if errors:
            raise CommandError("; ".join(f"--{k}: {' '.join(v)}" for k, v in errors.items()))
        internal = permissions.is_member(user)
        fmt = options["format"]
        if options["what"] == "reports" and fmt == "geojson":
            raise CommandError("reports export as csv or hxl")
        target = options.get("out")
        if target:
            with open(target, "w", encoding="utf-8", newline="") as out:
                count = self._write(out, options["what"], fmt, facilities, internal)
            self.stderr.write(f"wrote {target}" + (f" ({count} rows)" if count is not None else ""))
        else:
            self._write(_Raw(self.stdout), options["what"], fmt, facilities, internal)

    @staticmethod
    def _write(out: Any, what: str, fmt: str, facilities: Any, internal: bool) -> int | None:
        if fmt == "geojson":
            json.dump(facilities_geojson(facilities, include_internal=internal), out, ensure_ascii=False)
            return None
        if what == "facilities":
            return export_facilities_csv(facilities, out, hxl=fmt == "hxl", include_internal=internal)
        return export_reports_csv(facilities, out, hxl=fmt == "hxl", include_internal=internal)
