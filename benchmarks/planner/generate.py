"""Generator of Mariupol-like evacuation scenarios for the planner benchmarks.

A 20 × 15 km city on the Azov coast, shelters scattered over it with people of every priority
class, 2 collection points with a corridor each to a destination ~210 km away, 1–3 corridor windows
(one per day), a few destroyed bridges (blocked segments), an industrial danger zone and detour
points, and a fleet of convoy buses and in-city shuttles. Deterministic for a given seed.

    python benchmarks/planner/generate.py --shelters 200 --vehicles 50 --seed 1 > scenario.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from typing import Any

LAT0, LAT1 = 47.050, 47.185  # ~15 km north-south
LON0, LON1 = 37.450, 37.715  # ~20 km east-west at this latitude


def _day(d: int, hm: str) -> str:
    return f"2022-03-{5 + d:02d}T{hm}:00+02:00"


def generate(shelters: int = 200, vehicles: int = 50, windows: int = 1, seed: int = 1) -> dict[str, Any]:
    rnd = random.Random(seed)

    def pt() -> tuple[float, float]:
        return round(rnd.uniform(LAT0, LAT1), 5), round(rnd.uniform(LON0, LON1), 5)

    zone = [[47.090, 37.600], [47.115, 37.600], [47.115, 37.640], [47.090, 37.640]]
    pickups = []
    for i in range(shelters):
        lat, lon = pt()
        hospital = rnd.random() < 0.08
        waiting = {
            "stretcher": rnd.randint(1, 6) if hospital else int(rnd.random() < 0.1),
            "seated_patient": rnd.randint(3, 15) if hospital else rnd.randint(0, 2),
            "infant_with_carer": rnd.randint(0, 16),
            "elderly_disabled": rnd.randint(0, 30),
            "other": rnd.randint(5, 110),
        }
        pickups.append({"id": f"p{i:04d}", "kind": "hospital" if hospital else "shelter", "lat": lat, "lon": lon,
                        "waiting": waiting})
    cps = [{"id": "cp-west", "lat": 47.096, "lon": 37.549, "waiting": {"other": 40, "elderly_disabled": 10}},
           {"id": "cp-north", "lat": 47.150, "lon": 37.560, "waiting": {"other": 30}}]
    detours = [{"id": f"d{i}", "lat": lat, "lon": lon} for i, (lat, lon) in enumerate(
        [(47.160, 37.600), (47.080, 37.600), (47.125, 37.650), (47.140, 37.520), (47.070, 37.500), (47.175, 37.680)])]
    blocked = [
        {"id": "kalmius-south", "points": [[47.085, 37.590], [47.085, 37.612]]},
        {"id": "kalmius-mid", "points": [[47.125, 37.585], [47.125, 37.610]]},
        {"id": "railway-bridge", "points": [[47.140, 37.470], [47.132, 37.490]]},
    ]
    corridors = []
    for k, (cid, cp, run) in enumerate([("via-berdiansk", "cp-west", 330), ("via-tokmak", "cp-north", 300)]):
        wins = [{"start": _day(d, "10:00"), "end": _day(d, "21:00" if k == 0 else "20:00")} for d in range(windows)]
        corridors.append({"id": cid, "collection_point": cp, "destination": "zaporizhzhia", "run_minutes": run,
                          "checkpoints": [{"name": "checkpoint", "delay_minutes": 60 + 30 * k}], "windows": wins})
    fleet = []
    for i in range(vehicles):
        shuttle = i % 5 == 4
        d = i % windows
        fleet.append({
            "id": f"{'van' if shuttle else 'bus'}-{i:03d}", "role": "shuttle" if shuttle else "convoy",
            "kind": "minibus" if shuttle else "bus", "seats": rnd.choice([12, 16, 18]) if shuttle else rnd.choice([45, 50]),
            "stretchers": (2 if i % 4 == 0 else 0) if not shuttle else int(i % 10 == 9) * 2,
            "start": rnd.choice(["depot-a", "depot-b"]),
            "available_from": _day(d, "07:00"), "available_until": _day(d, "23:30") if not shuttle else _day(d, "13:30"),
        })
    return {
        "name": f"generated city: {shelters} shelters, {vehicles} vehicles, {windows} window(s), seed {seed}",
        "start": _day(0, "07:00"),
        "stop_minutes": 3,
        "pickups": pickups,
        "collection_points": cps,
        "destinations": [{"id": "zaporizhzhia", "lat": 47.8388, "lon": 35.1396}],
        "depots": [{"id": "depot-a", "lat": 47.105, "lon": 37.530}, {"id": "depot-b", "lat": 47.160, "lon": 37.620}],
        "detour_points": detours,
        "corridors": corridors,
        "vehicles": fleet,
        "travel": {"mode": "great_circle", "road_factor": 1.4, "speed_kmh": 20},
        "blocked_segments": blocked,
        "danger_zones": [{"id": "industrial", "polygon": zone}],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shelters", type=int, default=200)
    ap.add_argument("--vehicles", type=int, default=50)
    ap.add_argument("--windows", type=int, default=1, choices=(1, 2, 3))
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    json.dump(generate(a.shelters, a.vehicles, a.windows, a.seed), sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
