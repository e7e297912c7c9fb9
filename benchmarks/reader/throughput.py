"""Throughput of the reader on one core: reports per second over the annotated reports, and for the two
long seed reports alone (news articles of ~800 words), measured in process CPU time.

Usage: .venv/bin/python benchmarks/reader/throughput.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from corridor.reader import extract_report, read_file

HERE = Path(__file__).resolve().parent


def rate(paths: list[Path], repeat: int) -> tuple[float, float]:
    reports = [r for p in paths for r in read_file(p)]
    chars = sum(len(r.text) for r in reports)
    extract_report(reports[0])  # load the gazetteer outside the timing
    t0 = time.process_time()
    for _ in range(repeat):
        for r in reports:
            extract_report(r)
    spent = time.process_time() - t0
    return len(reports) * repeat / spent, chars * repeat / spent / 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args(argv)
    every = sorted(HERE.glob("*/*.txt"))
    seeds = [p for p in every if p.name.startswith(("000_", "003_"))]
    for label, paths in (("all annotated reports", every), ("the two seed articles", seeds)):
        reports_s, kchars_s = rate(paths, args.repeat)
        print(
            f"{label:24s} ({len(paths)} files): {reports_s:7.0f} reports/s, {kchars_s:6.0f} k chars/s (one core)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
