"""The precomputed tables: they equal a fresh build, are used only when they fit, and load only when needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from corridor.names import tables


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True,
                          timeout=600, env={**os.environ, **env})


def test_shipped_tables_equal_a_fresh_build():
    # in a fresh process: the build must not see tables this test session already loaded
    done = _run("from corridor.names import tables; raise SystemExit(tables.main(['check']))")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_shipped_tables_fit_the_installed_names_translator():
    assert tables.shipped_usable()


def test_they_are_not_used_with_a_user_supplied_dictionary_path(monkeypatch):
    monkeypatch.setenv("NAMES_TRANSLATOR_DICTS_PATH", "/somewhere/else")
    tables.shipped_usable.cache_clear()
    try:
        assert not tables.shipped_usable()
    finally:
        monkeypatch.delenv("NAMES_TRANSLATOR_DICTS_PATH")
        tables.shipped_usable.cache_clear()


def test_they_are_not_used_when_names_translator_data_differs(monkeypatch):
    other = json.loads((tables.DERIVED_DIR / tables.MANIFEST).read_text(encoding="utf-8"))["source"]
    other["pools"]["last"]["dawg_sha256"] = "0" * 64
    monkeypatch.setattr(tables, "source_fingerprint", lambda: other)
    tables.shipped_usable.cache_clear()
    try:
        assert not tables.shipped_usable()
    finally:
        monkeypatch.undo()
        tables.shipped_usable.cache_clear()


def test_a_cyrillic_surname_loads_only_its_own_tables():
    done = _run(
        "import sys; import corridor.names as n; from corridor.names import lexicon, variants\n"
        "assert n.family_name_variants('Коваленко') >= {'kovalenko'}\n"
        "assert n.family_name_variants('Захаровой') >= {'zagarova'}\n"
        "print(sorted(lexicon._LOADED), sorted(variants._LATIN_INDEX), 'names_translator' in sys.modules)"
    )
    assert done.stdout.split("\n")[0] == "['family', 'languages'] [] False", done.stdout + done.stderr


def test_a_latin_surname_adds_only_the_surname_index():
    done = _run(
        "import sys; import corridor.names as n; from corridor.names import lexicon, variants\n"
        "assert n.family_name_variants('Kowalenko') & n.family_name_variants('Коваленка')\n"
        "print(sorted(variants._LATIN_INDEX), 'given' in lexicon._LOADED, 'names_translator' in sys.modules)"
    )
    assert done.stdout.split("\n")[0] == "['family'] False False", done.stdout + done.stderr


def test_without_the_shipped_tables_results_are_the_same():
    code = (
        "import corridor.names as n\n"
        "for s in ['Kowalenko', 'Коваленка', 'Sasha', 'Олексійович', 'Chomenko', 'Ковальская']:\n"
        "    print(s, sorted(n.family_name_variants(s)), sorted(n.given_name_variants(s)),"
        " sorted(n.patronymic_variants(s)), n.parse_full_name(s + ' Петренко'))\n"
        "from corridor.names import tables; print(tables.shipped_usable())"
    )
    shipped = _run(code)
    derived = _run(code, NAMES_TRANSLATOR_DICTS_PATH=tables.source_dir())
    assert shipped.returncode == 0 and derived.returncode == 0, shipped.stderr + derived.stderr
    assert shipped.stdout.rsplit("\n", 2)[-2] == "True" and derived.stdout.rsplit("\n", 2)[-2] == "False"
    assert shipped.stdout.rsplit("\n", 2)[0] == derived.stdout.rsplit("\n", 2)[0]


@pytest.mark.parametrize("table", [
    {},
    {"коваленко": ("коваленко",), "олександр": ("александр", "олександр"), "х": ()},
])
def test_table_format_round_trips(table):
    decoded = tables.decode(tables.encode(table))
    assert dict(decoded) == table and list(decoded) == list(table)
    assert decoded.get("нема", ()) == () and ("коваленко" in decoded) == ("коваленко" in table)


def test_table_format_refuses_what_it_cannot_hold():
    with pytest.raises(ValueError):
        tables.encode({"a|b": ("c",)})
