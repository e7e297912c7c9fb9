"""The `corridor names` sub-command, driven through its own argparse registration."""

from __future__ import annotations

import argparse
import json

import pytest

from corridor.names.cli import register


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    parser = argparse.ArgumentParser(prog="corridor")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    code = args.func(args)
    return code, json.loads(capsys.readouterr().out)


def test_translit_prints_every_scheme(capsys):
    code, out = _run(["names", "translit", "Шевченко"], capsys)
    assert code == 0
    assert out["kmu2010"] == "Shevchenko" and out["german"] == "Schewtschenko"
    assert out["polish"] == "Szewczenko"
    assert out["to_latin"] == "shevchenko"


def test_variants_of_a_nickname(capsys):
    code, out = _run(["names", "variants", "Sasha", "--role", "given"], capsys)
    assert code == 0 and "oleksandr" in out["variants"] and "Олександр" in out["full_names"]


def test_parse_gives_parts_keys_and_sex(capsys):
    code, out = _run(["names", "parse", "Коваленко Олександр Миколайович"], capsys)
    assert code == 0
    assert out["parsed"]["family"] == "Коваленко" and out["sex_hint"] == "M"
    assert "kovalenko" in out["variants"]["family"]


def test_unknown_scheme_is_an_argparse_error(capsys):
    with pytest.raises(SystemExit) as exc:
        _run(["names", "translit", "Шевченко", "--scheme", "klingon"], capsys)
    assert exc.value.code == 2


def test_parse_undoes_oblique_cases(capsys):
    code, out = _run(["names", "parse", "Коваленка Олександра"], capsys)
    assert code == 0
    assert out["parsed"]["given"] == "Олександра" and out["nominative"]["given"] == "Олександр"
    assert out["sex_hint"] == "M"
