"""The Ukrainian catalogue is complete: no message left untranslated or fuzzy, and the compiled file is current."""

from __future__ import annotations

import re
from pathlib import Path

import corridor

LOCALE = Path(corridor.__file__).parent / "locale" / "uk" / "LC_MESSAGES"


def _entries(text: str) -> list[dict[str, str]]:
    entries, current, key = [], {"flags": ""}, None
    for line in text.splitlines() + [""]:
        if not line.strip():
            if "msgid" in current:
                entries.append(current)
            current, key = {"flags": ""}, None
        elif line.startswith("#,"):
            current["flags"] += line
        elif line.startswith("#"):
            continue
        else:
            match = re.match(r'^(msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
            if match:
                key = match.group(1)
                current[key] = match.group(2)
            elif line.startswith('"') and key:
                current[key] += line[1:-1]
    return entries


def test_every_message_is_translated_and_none_is_fuzzy() -> None:
    entries = [e for e in _entries((LOCALE / "django.po").read_text(encoding="utf-8")) if e["msgid"]]
    assert len(entries) > 200
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    untranslated = [e["msgid"] for e in entries
                    if not any(v for k, v in e.items() if k.startswith("msgstr"))
                    or any(k.startswith("msgstr") and not v for k, v in e.items())]
    assert fuzzy == []
    assert untranslated == []


def test_compiled_catalogue_is_not_older_than_the_source() -> None:
    assert (LOCALE / "django.mo").stat().st_size > 1000
    po, mo = LOCALE / "django.po", LOCALE / "django.mo"
    assert mo.stat().st_mtime >= po.stat().st_mtime - 1
