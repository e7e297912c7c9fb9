"""Copies the browser libraries Corridor serves itself from node_modules/ into src/corridor/static/vendor/.

Run after `npm ci`: `python3 scripts/vendor_static.py`. The copies are git-ignored; package.json pins versions.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
VENDOR = ROOT / "src" / "corridor" / "static" / "vendor"

# package -> files to copy (relative to the package folder). MapLibre 6 ships ES modules only; its worker is a
# separate same-origin file, which is what a strict CSP (script-src 'self', worker-src 'self') needs.
FILES = {
    "maplibre-gl": ["dist/maplibre-gl.mjs", "dist/maplibre-gl-worker.mjs", "dist/maplibre-gl.css", "LICENSE.txt"],
}


def main() -> int:
    missing = [f"{pkg}/{name}" for pkg, names in FILES.items() for name in names
               if not (NODE_MODULES / pkg / name).is_file()]
    if missing:
        print(f"vendor_static: missing in {NODE_MODULES}: {', '.join(missing)} (run `npm ci` first)",
              file=sys.stderr)
        return 1
    for pkg, names in FILES.items():
        target = VENDOR / pkg
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for name in names:
            shutil.copy2(NODE_MODULES / pkg / name, target / Path(name).name)
    print(f"vendor_static: copied {sum(len(v) for v in FILES.values())} files into {VENDOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
