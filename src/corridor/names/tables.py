"""The derived name tables, precomputed at build time into data/derived/ so a process does not rebuild them.

Deriving them from names-translator's dictionaries takes ~10 CPU seconds and ~300 MiB (reading the DAWGs,
inverting the pools, folding 190,000 names in ten schemes). The shipped files hold the result, one gzipped
text file per table, each read only when a call first needs it. They are used only while the installed
names-translator data is the one they were built from (checked against its manifest's hashes) and
NAMES_TRANSLATOR_DICTS_PATH is unset; otherwise the engine derives the tables itself, as before.

Rebuild after changing names-translator, the transliteration schemes, the fold, the variant key rules or
diminutives.tsv: `python scripts/build_names_tables.py` (`--check` only compares). A test runs the check,
so a stale file fails the suite.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import sys
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

FORMAT_VERSION = 1
DERIVED_DIR = Path(__file__).parent / "data" / "derived"
MANIFEST = "manifest.json"
ROLES = ("given", "family", "patronymic")
# file stems; a table file holds its keys one a line, NUL, then their values (a|b) one a line
TABLES = (
    *(f"ua2ru_{r}" for r in ROLES),
    *(f"ru2ua_{r}" for r in ROLES),
    "ua2ru_legacy",
    "ru2ua_legacy",
    "words_uk",  # lines: word (Cyrillic words only on the Ukrainian side of names-translator's pairs)
    "words_ru",
    *(f"latin_{r}" for r in ROLES),
)
_POOLS = ("first", "last", "patronymic", "legacy")

# --- reading ---------------------------------------------------------------------------------------------
def source_dir() -> str:
    """The directory of the dictionaries bundled with names-translator, found without importing it (which
    would load its transliterator); "" when it is not installed."""
    spec = importlib.util.find_spec("names_translator")
    if spec is None or not spec.submodule_search_locations:
        return ""
    return str(Path(next(iter(spec.submodule_search_locations))) / "data")


def source_fingerprint() -> dict[str, object] | None:
    """What identifies the names-translator data in use: its version and each pool's file hashes, from its
    manifest.json. None when the data cannot be found or a user-supplied dictionary path is in force."""
    if os.environ.get("NAMES_TRANSLATOR_DICTS_PATH") or not source_dir():
        return None
    try:
        data = json.loads((Path(source_dir()) / "manifest.json").read_text(encoding="utf-8"))
        cats = data["categories"]
        return {
            "names_translator_version": data.get("names_translator_version"),
            "format_version": data.get("format_version"),
            "pools": {
                p: {"dawg_sha256": cats[p]["dawg_sha256"], "rules_sha256": cats[p]["rules_sha256"]}
                for p in _POOLS
            },
        }
    except (OSError, ValueError, KeyError, TypeError):
        return None


@cache
def shipped_usable() -> bool:
    """True when data/derived/ was built from the names-translator data this process would read."""
    try:
        shipped = json.loads((DERIVED_DIR / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    fingerprint = source_fingerprint()
    return (
        fingerprint is not None
        and shipped.get("format_version") == FORMAT_VERSION
        and shipped.get("source") == fingerprint
        and all((DERIVED_DIR / f"{t}.txt.gz").is_file() for t in TABLES)
    )


def read_text(name: str) -> str:
    return gzip.decompress((DERIVED_DIR / f"{name}.txt.gz").read_bytes()).decode("utf-8")


class PackedTable(Mapping[str, tuple[str, ...]]):
    """A read-only name -> names table whose values stay packed ("a|b") until asked for.

    Built from the file's two blocks with one C-level dict(zip(...)) instead of a Python loop per line:
    about half the load time and 70-80% of the memory of a dict of tuples.
    """

    __slots__ = ("_raw",)

    def __init__(self, raw: dict[str, str]) -> None:
        self._raw = raw

    def __getitem__(self, key: str) -> tuple[str, ...]:
        v = self._raw[key]
        return tuple(v.split("|")) if v else ()

    def get(self, key: str, default: Any = None) -> Any:
        v = self._raw.get(key)
        if v is None:
            return default
        return tuple(v.split("|")) if v else ()

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def decode(text: str) -> PackedTable:
    """The table from its file text: the keys one a line, NUL, then their values one a line."""
    keys, _, values = text.partition("\0")
    if not keys:
        return PackedTable({})
    return PackedTable(dict(zip(keys.split("\n"), values.split("\n"), strict=True)))


def read_table(name: str) -> PackedTable:
    return decode(read_text(name))


def read_words(name: str) -> frozenset[str]:
    return frozenset(read_text(name).splitlines())


# --- building ----------------------------------------------------------------------------------------------
def encode(table: Mapping[str, tuple[str, ...]]) -> str:
    """Keys one a line in the table's own order (kept, so iteration order is as derived), NUL, then each
    key's values joined by | on the line of the same number."""
    for key, values in table.items():
        if not key or any(ch in key for ch in "\t|\n\0") or any(not v or any(ch in v for ch in "|\n\0") for v in values):
            raise ValueError(f"a name the table format cannot hold: {key!r} -> {values!r}")
    return "\n".join(table) + "\0" + "\n".join("|".join(v) for v in table.values())


def build() -> dict[str, str]:
    """Every table's text, derived from the installed names-translator (never from the shipped files).

    Run it in a fresh process (as `main` does): the derivation goes through the engine's caches, which
    must not hold anything computed from other tables.
    """
    from . import lexicon, variants

    lexicon.load_from_source()
    texts: dict[str, str] = {}
    for role in ROLES:
        texts[f"ua2ru_{role}"] = encode(lexicon._UA2RU[role])
        texts[f"ru2ua_{role}"] = encode(lexicon._RU2UA[role])
    texts["ua2ru_legacy"] = encode(lexicon._LEGACY_UA2RU)
    texts["ru2ua_legacy"] = encode(lexicon._LEGACY_RU2UA)
    texts["words_uk"] = "".join(w + "\n" for w in sorted(lexicon._UK_WORDS))
    texts["words_ru"] = "".join(w + "\n" for w in sorted(lexicon._RU_WORDS))
    for role in ROLES:
        texts[f"latin_{role}"] = encode(variants.build_latin_index(role))
    return texts


def _manifest() -> str:
    fingerprint = source_fingerprint()
    if fingerprint is None:
        raise SystemExit("names-translator's bundled data not found (or NAMES_TRANSLATOR_DICTS_PATH is set)")
    doc = {"format_version": FORMAT_VERSION, "source": fingerprint, "tables": list(TABLES)}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write(directory: Path = DERIVED_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in build().items():
        # mtime=0 and no file name: the same tables give the same bytes (with the same zlib)
        data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
        (directory / f"{name}.txt.gz").write_bytes(data)
    (directory / MANIFEST).write_text(_manifest(), encoding="utf-8")


def stale(directory: Path = DERIVED_DIR) -> list[str]:
    """The shipped files that differ from a fresh build (compared decompressed; empty when all agree)."""
    out = []
    try:
        if (directory / MANIFEST).read_text(encoding="utf-8") != _manifest():
            out.append(MANIFEST)
    except OSError:
        out.append(MANIFEST)
    for name, text in build().items():
        path = directory / f"{name}.txt.gz"
        if not path.is_file() or gzip.decompress(path.read_bytes()).decode("utf-8") != text:
            out.append(path.name)
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["build"]:
        write()
        print(f"wrote {DERIVED_DIR}")
        return 0
    if args == ["check"]:
        bad = stale()
        if bad:
            print("stale: " + ", ".join(bad) + " — run: python -m corridor.names.tables build")
            return 1
        print("data/derived/ matches a fresh build")
        return 0
    print("usage: python -m corridor.names.tables build|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
