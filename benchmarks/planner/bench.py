"""Planner benchmarks: priority-weighted evacuees, gap to an upper bound, solve and replan times.

For each generated city (generate.py) it runs the default planner ("auto": PyVRP and greedy, the
better kept), PyVRP alone, the greedy baseline, and PyVRP with 10× the time; then replans after
four kinds of change. Every plan goes through the independent checker. Prints a Markdown table.

    .venv/bin/python benchmarks/planner/bench.py                 # the RESULTS.md runs (~12 min)
    .venv/bin/python benchmarks/planner/bench.py --quick         # a smoke run (~1 min)
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate

from corridor.planner import check_plan, plan, replan, scenario_from_dict


def _run(label: str, fn: Any) -> tuple[dict[str, Any], float]:
    t = time.perf_counter()
    p = fn()
    return p, time.perf_counter() - t


def _row(name: str, method: str, limit: str, p: dict[str, Any], secs: float, sc: Any) -> str:
    s = p["summary"]
    ok = "yes" if not check_plan(sc, p) else "NO"
    gap = 1 - s["weighted_evacuated"] / s["upper_bound"] if s["upper_bound"] else 0.0
    return (f"| {name} | {method} | {limit} | {s['evacuated_total']} | {s['weighted_evacuated']} | "
            f"{s['upper_bound']} | {100 * gap:.2f} % | {secs:.1f} | {ok} |")


def _changes(sc: Any, p: dict[str, Any]) -> dict[str, dict[str, Any]]:
    start = sc.start
    at = (start + timedelta(hours=2)).isoformat()
    busy = [v for v in p["vehicles"] if v["role"] == "convoy" and len(v["stops"]) > 3]
    victim = None
    for v in busy:
        firsts = [s for s in v["stops"] if s["kind"] == "pickup"]
        if firsts:
            victim, at_break = v["id"], datetime.fromisoformat(firsts[0]["depart"]) + timedelta(minutes=1)
            break
    c0 = sc.corridors[0]
    w0 = c0.windows[0]
    out = {
        "60 more people at 3 shelters": {"at": at, "events": [
            {"type": "people_reported", "place": sc.pickups[i].id, "add": {"other": 50, "elderly_disabled": 10}}
            for i in (0, 1, 2)]},
        "window moved 2 h later": {"at": at, "events": [
            {"type": "window_moved", "corridor": c0.id, "window": 0,
             "start": (w0.start + timedelta(hours=2)).isoformat(), "end": (w0.end + timedelta(hours=2)).isoformat()}]},
        "corridor closed": {"at": at, "events": [{"type": "corridor_closed", "corridor": c0.id}]},
    }
    if victim:
        out["bus broken, people aboard"] = {"at": at_break.isoformat(), "events": [
            {"type": "vehicle_broken", "vehicle": victim}]}
    return out


def bench(shelters: int, vehicles: int, windows: int, limit: float, tenfold: bool, seed: int = 1) -> list[str]:
    name = f"{shelters} shelters, {vehicles} vehicles, {windows} window(s)"
    sc = scenario_from_dict(generate(shelters, vehicles, windows, seed))
    rows = []
    auto, t_auto = _run("auto", lambda: plan(sc, time_limit=limit, seed=seed))
    rows.append(_row(name, f"auto (chose {auto['solver'].get('chosen')})", f"{limit:g} s", auto, t_auto, sc))
    pv, t_pv = _run("pyvrp", lambda: plan(sc, time_limit=limit, seed=seed, method="pyvrp"))
    rows.append(_row(name, "PyVRP alone", f"{limit:g} s", pv, t_pv, sc))
    gr, t_gr = _run("greedy", lambda: plan(sc, method="greedy"))
    rows.append(_row(name, "greedy baseline", "—", gr, t_gr, sc))
    if tenfold:
        big, t_big = _run("pyvrp10", lambda: plan(sc, time_limit=10 * limit, seed=seed, method="pyvrp"))
        rows.append(_row(name, "PyVRP alone, 10× time", f"{10 * limit:g} s", big, t_big, sc))
        best10 = max(big["summary"]["weighted_evacuated"], gr["summary"]["weighted_evacuated"])
        d = (best10 - auto["summary"]["weighted_evacuated"]) / best10
        rows.append(f"| {name} | auto vs best of (10×-time PyVRP, greedy) | | | | | {100 * d:+.2f} % short | | |")
    for label, change in _changes(sc, auto).items():
        new, t_new = _run(label, lambda change=change: replan(sc, auto, change, time_limit=4.0, seed=seed))
        rows.append(_row(name, f"replan: {label}", "4 s", new, t_new, sc))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args()
    print("| scenario | method | time limit | evacuated | weighted | upper bound | gap to bound | wall s | checker ok |")
    print("|---|---|---|---|---|---|---|---|---|")
    runs = [(20, 10, 1, 3.0, False)] if a.quick else [
        (20, 10, 1, 5.0, True), (200, 50, 2, 30.0, True), (1000, 200, 3, 60.0, False)]
    for shelters, vehicles, windows, limit, tenfold in runs:
        for row in bench(shelters, vehicles, windows, limit, tenfold):
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
