"""The `corridor` console command: one entry point for operations and for the engines.

Engine commands (trace, reports, plan) need no database and never import Django; each engine
package contributes its sub-command through ``corridor.<engine>.cli.register(subparsers)``.
Operations on the application (serve, demo, migrate, ...) are Django management commands, run
through Django's own machinery so operators use the same code paths as the app.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

# Engine sub-commands: name -> module with register(subparsers).
ENGINE_COMMANDS = {
    "names": "corridor.names.cli",
    "trace": "corridor.linkage.cli",
    "reports": "corridor.reader.cli",
    "plan": "corridor.planner.cli",
}

# Application sub-commands: name -> (Django management command, help text).
APP_COMMANDS = {
    "serve": ("corridor_serve", "run the web application"),
    "demo": ("corridor_demo", "build the Mariupol demo scenario (SQLite) and serve it"),
    "migrate": ("migrate", "create or upgrade the database schema"),
    "createuser": ("corridor_createuser", "create a user in an organisation with a role"),
    "import": ("corridor_import", "import facilities or facility reports (CSV, HXL)"),
    "export": ("corridor_export", "export facilities or reports (CSV, HXL, GeoJSON)"),
    "backup": ("corridor_backup", "write a consistent backup of the database"),
    "restore": ("corridor_restore", "restore the database from a backup"),
    "manage": (None, "any Django management command (advanced)"),
}


def _run_django(command: str | None, argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "corridor.settings")
    from django.core.management import execute_from_command_line

    if command is None:
        execute_from_command_line(["corridor", *argv])
    else:
        execute_from_command_line(["corridor", command, *argv])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="corridor",
        description="Corridor: crisis information system (places, tracing, reports, evacuation).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in APP_COMMANDS.items():
        p = sub.add_parser(name, help=help_text, add_help=False)
        p.add_argument("args", nargs=argparse.REMAINDER)
    for name, module in ENGINE_COMMANDS.items():
        try:
            mod = importlib.import_module(module)
        except ImportError as exc:  # an engine not installed is reported, not hidden
            p = sub.add_parser(name, help=f"(unavailable: {exc})")
            p.set_defaults(func=lambda args, exc=exc: _unavailable(exc))
            continue
        mod.register(sub)
    return parser


def _unavailable(exc: Exception) -> int:
    print(f"corridor: this command is unavailable: {exc}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in APP_COMMANDS:
        if argv[0] == "demo":
            os.environ.setdefault("CORRIDOR_DEMO", "1")
        command, _ = APP_COMMANDS[argv[0]]
        return _run_django(command, argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0 if not argv else 2
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
