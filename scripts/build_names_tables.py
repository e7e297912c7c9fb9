"""Rebuild (or check) the names engine's precomputed tables in src/corridor/names/data/derived/.

    .venv/bin/python scripts/build_names_tables.py          # rebuild
    .venv/bin/python scripts/build_names_tables.py --check  # exit 1 if the shipped files are stale
"""

import sys

from corridor.names import tables

if __name__ == "__main__":
    raise SystemExit(tables.main(["check" if "--check" in sys.argv[1:] else "build"]))
