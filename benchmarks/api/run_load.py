"""Load the facilities list, one facility and a settlement dashboard with 50 concurrent clients (wrk).

Starts gunicorn on 127.0.0.1 against the database in the environment (SQLite under CORRIDOR_DATA_DIR, or
DATABASE_URL), runs `wrk` against each endpoint with a bearer token, prints requests/s and p50/p99, and stops
the gunicorn it started. Loopback only; every run is bounded by --duration.

    python benchmarks/api/run_load.py --token "$(cat token.txt)" [--workers 4] [--duration 20]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def wait_ready(url: str, headers: dict[str, str], timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=5) as response:
                return json.load(response)
        except urllib.error.HTTPError:
            raise  # a server answered: if it refuses, waiting will not help
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def run_wrk(url: str, token: str, connections: int, duration: int, threads: int) -> dict[str, float]:
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "10s",
                          "-H", f"Authorization: Bearer {token}", url],
                         capture_output=True, text=True, check=True, timeout=duration + 60).stdout
    figures = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
               "p50": ms(re.search(r"\s50%\s+(\S+)", out).group(1)),
               "p99": ms(re.search(r"\s99%\s+(\S+)", out).group(1)),
               "requests": int(re.search(r"(\d+) requests in", out).group(1))}
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    figures["non_2xx"] = int(bad.group(1)) if bad else 0
    figures["socket_errors"] = errors.group(1) if errors else ""
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--token", required=True)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker (gthread if > 1)")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--port", type=int, default=0, help="default: a free port (others may serve on 8000…)")
    args = parser.parse_args()
    if not args.port:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{args.port}"
    headers = {"Authorization": f"Bearer {args.token}"}
    command = [sys.executable, "-m", "gunicorn", "corridor.wsgi:application", "--bind", f"127.0.0.1:{args.port}",
               "--workers", str(args.workers), "--threads", str(args.threads), "--log-level", "warning",
               "--backlog", "256"]
    server = subprocess.Popen(command, env=os.environ.copy(), start_new_session=True)
    try:
        page = wait_ready(f"{base}/api/facilities/", headers)
        facility = page["results"][0]["id"]
        settlement = page["results"][0]["settlement"]
        targets = {"facilities list (50 per page)": f"{base}/api/facilities/",
                   "facility detail": f"{base}/api/facilities/{facility}/",
                   "settlement dashboard": f"{base}/api/settlements/{settlement}/dashboard/"}
        database = "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
        print(f"| {database} | endpoint | req/s | p50 ms | p99 ms | requests | non-2xx |")
        print("|---|---|---|---|---|---|---|")
        for name, url in targets.items():
            wait_ready(url, headers)  # warm every worker's caches alike
            f = run_wrk(url, args.token, args.connections, args.duration, threads=2)
            print(f"| {database} | {name} | {f['rps']:.0f} | {f['p50']:.1f} | {f['p99']:.1f} | {f['requests']} | "
                  f"{f['non_2xx']}{' ' + f['socket_errors'] if f['socket_errors'] else ''} |", flush=True)
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the process group of the gunicorn started above, nothing else
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
