"""The `corridor names` command: what the names engine makes of a name (for caseworkers and debugging)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from . import (
    ALL_SCHEMES,
    family_name_variants,
    full_names_for,
    gender_hint,
    given_name_variants,
    nominative,
    parse_full_name,
    patronymic_variants,
    phonetic_keys,
    to_latin,
    transliterate,
)

_VARIANTS = {"given": given_name_variants, "family": family_name_variants, "patronymic": patronymic_variants}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("names", help="transliterate, parse and expand names (names engine)")
    sub = p.add_subparsers(dest="names_command", metavar="ACTION", required=True)

    t = sub.add_parser("translit", help="a name in every transliteration scheme (or one)")
    t.add_argument("text")
    t.add_argument("--scheme", choices=ALL_SCHEMES, help="only this scheme")
    t.set_defaults(func=_translit)

    v = sub.add_parser("variants", help="the comparable keys of a name")
    v.add_argument("text")
    v.add_argument("--role", choices=tuple(_VARIANTS), default="given")
    v.set_defaults(func=_variants)

    a = sub.add_parser("parse", help="split a full name; keys and sex hint for each part")
    a.add_argument("text")
    a.set_defaults(func=_parse)


def _print(obj: object) -> int:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _translit(args: argparse.Namespace) -> int:
    schemes = [args.scheme] if args.scheme else list(ALL_SCHEMES)
    return _print({s: transliterate(args.text, s) for s in schemes} | {"to_latin": to_latin(args.text)})


def _variants(args: argparse.Namespace) -> int:
    return _print({
        "input": args.text,
        "role": args.role,
        "nominative": nominative(args.text, args.role),
        "full_names": sorted(full_names_for(args.text)) if args.role == "given" else [],
        "variants": sorted(_VARIANTS[args.role](args.text)),
        "phonetic_keys": sorted(phonetic_keys(args.text)),
    })


def _parse(args: argparse.Namespace) -> int:
    parsed = parse_full_name(args.text)
    nom = parsed.nominative()
    parts = {"given": nom.given, "family": nom.family, "patronymic": nom.patronymic}
    return _print({
        "parsed": asdict(parsed),
        "nominative": asdict(nom),
        "sex_hint": gender_hint(nom.given, nom.family, nom.patronymic),
        "variants": {role: sorted(_VARIANTS[role](text)) for role, text in parts.items() if text},
    })
