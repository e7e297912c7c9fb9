"""Measure the gazetteer: cold load time, resolve() lookups/s, find_in_text() throughput, near() queries/s.

Run: .venv/bin/python benchmarks/gazetteer/bench_gazetteer.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

COLD_LOAD = (
    "import time; t = time.perf_counter(); c = time.process_time(); "
    "from corridor.gazetteer import default_gazetteer; g = default_gazetteer(); "
    "t1 = time.perf_counter(); c1 = time.process_time(); g.find_in_text('Mariupol'); t2 = time.perf_counter(); "
    "print(t1 - t, c1 - c, t2 - t1)"
)

QUERIES = [
    # exact official names, variants, old names, other scripts
    "Mariupol", "Маріуполь", "Мариуполь", "Mariupol'", "Zhdanov", "Berdiansk", "Бердянск", "Zaporozhye",
    "Запоріжжя", "Lwów", "Lvov", "Kiev", "Київ", "Kharkov", "Odessa", "Dnepropetrovsk", "Kryvyi Rih",
    "Novoselivka", "Sartana", "Manhush", "Przemyśl", "Medyka", "Chisinau", "Rostov-on-Don", "Taganrog",
    "Donetsk region", "Донецька область", "Crimea", "Poland", "Польща", "Україна",
    # inflected, fuzzy, unknown
    "Маріуполі", "Києва", "Mariupil", "Berdyansck", "Geneva", "Xyzzy", "China",
]  # fmt: skip

SEEDS = Path("/work/shared/seeds")
TEXT_UK = (
    "Люди виїхали з Маріуполя до Запоріжжя через Бердянськ, а потім до Львова і в Польщу. "
    "У Донецькій області тривають обстріли; в Мариуполе нет воды, колонна из Бердянска стоит в Васильевке. "
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="cold-load runs (fresh interpreter each)")
    args = parser.parse_args()

    loads, cpus, finders = [], [], []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, "-c", COLD_LOAD], capture_output=True, text=True, check=True)
        load, cpu, finder = map(float, out.stdout.split())
        loads.append(load)
        cpus.append(cpu)
        finders.append(finder)
    print(f"cold load (import + default_gazetteer), median of {args.repeat}: {statistics.median(loads):.3f} s wall "
          f"(min {min(loads):.3f}, max {max(loads):.3f}), {statistics.median(cpus):.3f} s CPU")  # fmt: skip
    print(f"text index, built on first find_in_text, median: {statistics.median(finders):.3f} s")

    from corridor.gazetteer import default_gazetteer

    g = default_gazetteer()
    g.find_in_text("warm up")
    places = list(g.settlements())
    print(f"places: {len(places)} settlements, {len(g.oblasts())} oblasts, {len(g.countries())} countries")

    n = 0
    t = time.perf_counter()
    while time.perf_counter() - t < 2.0:
        for q in QUERIES:
            g.resolve(q)
        n += len(QUERIES)
    elapsed = time.perf_counter() - t
    print(f"resolve(): {n / elapsed:,.0f} lookups/s over {len(QUERIES)} mixed queries")

    n = 0
    t = time.perf_counter()
    while time.perf_counter() - t < 2.0:
        for name in ("Mariupol", "Kyiv", "Маріуполь"):
            g.resolve(name)
        n += 3
    elapsed = time.perf_counter() - t
    print(f"resolve() exact hits only: {n / elapsed:,.0f} lookups/s")

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] if SEEDS.exists() else []
    texts.append(TEXT_UK * 10)
    chars = sum(len(x) for x in texts)
    runs = 0
    t = time.perf_counter()
    while time.perf_counter() - t < 2.0:
        for x in texts:
            g.find_in_text(x)
        runs += 1
    elapsed = time.perf_counter() - t
    print(
        f"find_in_text(): {runs * chars / elapsed / 1000:,.0f} k chars/s ({len(texts)} texts, {chars} chars)"
    )

    sample = places[:: max(1, len(places) // 500)]
    t = time.perf_counter()
    for p in sample:
        g.near(p.lat, p.lon, 25.0)
    elapsed = time.perf_counter() - t
    print(f"near(radius 25 km): {len(sample) / elapsed:,.0f} queries/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
