"""`corridor reports extract|picture`: figures from report files, and the grouped picture across them."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from .figures import extract_report
from .inputs import ReaderError, read_file
from .model import Figure
from .picture import picture


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "reports", help="read crisis reports: sourced figures and where sources disagree"
    )
    sub = p.add_subparsers(dest="reports_command", metavar="SUBCOMMAND")
    commands = (
        ("extract", "figures with place, time, source and stance from each file", _extract),
        ("picture", "figures grouped by category, place and time; conflicts flagged", _picture),
    )
    for name, help_text, handler in commands:
        c = sub.add_parser(name, help=help_text)
        c.add_argument("files", nargs="+", metavar="FILE")
        c.add_argument("--published", help="publication date YYYY-MM-DD for reports that carry none")
        c.add_argument("--lang", choices=["en", "uk", "ru"], help="language (default: detected)")
        c.add_argument("--json", action="store_true", help="JSON output")
        c.set_defaults(func=handler)
    p.set_defaults(func=lambda args: _usage(p))


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help(sys.stderr)
    return 2


def _published(args: argparse.Namespace) -> dt.date | None | str:
    if not args.published:
        return None
    try:
        return dt.date.fromisoformat(args.published)
    except ValueError:
        return f"corridor reports: --published must be YYYY-MM-DD, got {args.published!r}"


def _read(args: argparse.Namespace) -> tuple[list[tuple[str, list[Figure], dt.date | None]], int]:
    published = _published(args)
    if isinstance(published, str):
        print(published, file=sys.stderr)
        return [], 2
    out = []
    status = 0
    for path in args.files:
        try:
            reports = read_file(path)
        except ReaderError as exc:
            print(f"corridor reports: {exc}", file=sys.stderr)
            status = 2
            continue
        figures: list[Figure] = []
        first_date = None
        for r in reports:
            if published and r.published is None:
                r.published = published
            if args.lang:
                r.lang = args.lang
            first_date = first_date or r.published
            figures.extend(extract_report(r))
        out.append((path, figures, published or first_date))
    return out, status


def _extract(args: argparse.Namespace) -> int:
    docs, status = _read(args)
    for path, figures, published in docs:
        doc = {
            "file": path,
            "published": published.isoformat() if published else None,
            "items": [f.to_dict() for f in figures],
        }
        if args.json:
            print(json.dumps(doc, ensure_ascii=False))
        else:
            print(f"{path} ({len(figures)} figures)")
            for f in figures:
                print("  " + _line(f))
    return status


def _picture(args: argparse.Namespace) -> int:
    docs, status = _read(args)
    if status and not docs:
        return status
    figures = [f for _, figs, _ in docs for f in figs]
    groups = picture(figures)
    if args.json:
        print(
            json.dumps(
                {"files": [d[0] for d in docs], "groups": [g.to_dict() for g in groups]}, ensure_ascii=False
            )
        )
    else:
        for g in groups:
            lo, hi = g.range
            place = g.place.name if g.place else "?"
            flag = "  CONFLICT" if g.conflicts else ""
            print(f"{g.category} @ {place} [{g.unit}] range {lo}-{hi}{flag}")
            for i, f in enumerate(g.items):
                sup = f"  (superseded by #{g.superseded[i]})" if i in g.superseded else ""
                print(f"  #{i} {_line(f)}{sup}")
    return status


def _line(f: Figure) -> str:
    src = f.source.label if f.source else "unattributed"
    place = f.place.name if f.place else "?"
    return f"{f.surface!r} {f.category} {f.counted or ''} @ {place} — {src} [{f.stance}]"
