"""CPU time and SQL queries per request for the load-tested endpoints, measured in-process (no HTTP server).

On a machine shared with other work, wall-clock load figures swing with the neighbours; the CPU time this
process spends per request does not, so it bounds what gunicorn can serve: about cores / cpu-per-request.
(With PostgreSQL the database server's own CPU is not included.)

    CORRIDOR_DATA_DIR=/tmp/bench python benchmarks/api/cost_per_request.py --token "$(cat token.txt)"
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "corridor.settings")
django.setup()

from django.db import connection
from django.test import Client


def count_queries(client: Client, url: str) -> list[str]:
    queries: list[str] = []

    def record(execute: Any, sql: str, *rest: Any) -> Any:
        queries.append(sql)
        return execute(sql, *rest)

    with connection.execute_wrapper(record):
        client.get(url)
    return queries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--token", required=True)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    client = Client(HTTP_AUTHORIZATION=f"Bearer {args.token}")
    first = client.get("/api/facilities/").json()["results"][0]
    targets = {"facilities list (50 per page)": "/api/facilities/",
               "facility detail": f"/api/facilities/{first['id']}/",
               "settlement dashboard": f"/api/settlements/{first['settlement']}/dashboard/"}
    database = connection.vendor
    print(f"| {database} | endpoint | CPU ms/request | wall ms/request | SQL queries | bound req/s on 2 cores |")
    print("|---|---|---|---|---|---|")
    for name, url in targets.items():
        assert client.get(url).status_code == 200
        queries = count_queries(client, url)
        n = args.requests if "dashboard" not in name else max(20, args.requests // 10)
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(n):
            client.get(url)
        cpu_ms = (time.process_time() - cpu) / n * 1000
        wall_ms = (time.perf_counter() - wall) / n * 1000
        print(f"| {database} | {name} | {cpu_ms:.2f} | {wall_ms:.2f} | {len(queries)} | "
              f"{2000 / cpu_ms:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
