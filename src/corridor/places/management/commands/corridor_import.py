"""`corridor import facilities|reports FILE --as USERNAME [...]`: the import the web would do, from a shell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from corridor.accounts.models import Organisation, User
from corridor.places.io_import import ImportResult, TableError, import_facilities, import_reports


class Command(BaseCommand):
    help = "Import facilities or facility reports from CSV or HXL-tagged CSV (all rows, or none)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("what", choices=["facilities", "reports"])
        parser.add_argument("file", help="CSV file (UTF-8 or Windows-1251; comma or semicolon separated)")
        parser.add_argument("--as", dest="username", required=True, help="the user the import acts as")
        parser.add_argument("--organisation", help="organisation the facilities belong to (name or id); "
                                                   "default: the user's own")
        parser.add_argument("--skip-bad-rows", action="store_true",
                            help="import the good rows and list the bad ones (default: import nothing)")
        parser.add_argument("--hxl", action="store_true", help="require an HXL hashtag row and map by hashtags")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"{path}: cannot read the file: {exc.strerror}") from exc
        user = User.objects.filter(username=options["username"], is_active=True).first()
        if user is None:
            raise CommandError(f"no active user called {options['username']!r}")
        try:
            if options["what"] == "facilities":
                organisation = self._organisation(options.get("organisation"), user)
                result = import_facilities(data, str(path), user, organisation,
                                           skip_bad_rows=options["skip_bad_rows"], hxl=options["hxl"])
            else:
                if options.get("organisation"):
                    raise CommandError("--organisation applies to facilities only")
                result = import_reports(data, str(path), user, skip_bad_rows=options["skip_bad_rows"],
                                        hxl=options["hxl"])
        except (TableError, PermissionError) as exc:
            raise CommandError(str(exc)) from exc
        self._report(result, options["what"])

    @staticmethod
    def _organisation(given: str | None, user: User) -> Organisation:
        if not given:
            if user.organisation is None:
                raise CommandError("give --organisation: the user belongs to none")
            return user.organisation
        found = Organisation.objects.filter(pk=int(given)).first() if given.isdigit() else None
        found = found or Organisation.objects.filter(name__iexact=given).first()
        if found is None:
            raise CommandError(f"no organisation called {given!r}")
        return found

    def _report(self, result: ImportResult, what: str) -> None:
        if result.ignored_columns:
            self.stderr.write(f"{result.filename}: ignored columns: {', '.join(result.ignored_columns)}")
        if result.errors:
            for error in result.errors:
                self.stderr.write(f"{result.filename}: {error}")
            raise CommandError(f"nothing imported: {len({e.line for e in result.errors})} bad row(s); fix them, "
                               "or pass --skip-bad-rows to import the others")
        for error in result.skipped:
            self.stderr.write(f"{result.filename}: skipped {error}")
        skipped = len({e.line for e in result.skipped})
        self.stdout.write(f"imported {result.created} {what}" + (f", skipped {skipped} bad row(s)" if skipped else ""))
