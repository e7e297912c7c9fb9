#!/bin/sh
# Build the data sets and run the API load test on SQLite and PostgreSQL (results: benchmarks/RESULTS.md).
# Needs wrk (apt-get install wrk) and PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres).
set -eu
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
DURATION=${DURATION:-20}
WORKERS=${WORKERS:-4}
WORK=${WORK:-/tmp/corridor-bench}
PG=postgres://postgres@127.0.0.1:5432/corridor_bench

mkdir -p "$WORK/sqlite" "$WORK/pg"
rm -f "$WORK"/sqlite/corridor.sqlite3*
CORRIDOR_DATA_DIR="$WORK/sqlite" $PY benchmarks/api/make_data.py > "$WORK/sqlite/token"
dropdb -h 127.0.0.1 -U postgres --if-exists corridor_bench
createdb -h 127.0.0.1 -U postgres corridor_bench
CORRIDOR_DATA_DIR="$WORK/pg" DATABASE_URL=$PG $PY benchmarks/api/make_data.py > "$WORK/pg/token"

uptime
CORRIDOR_DATA_DIR="$WORK/sqlite" $PY benchmarks/api/cost_per_request.py --token "$(cat "$WORK/sqlite/token")"
CORRIDOR_DATA_DIR="$WORK/pg" DATABASE_URL=$PG $PY benchmarks/api/cost_per_request.py --token "$(cat "$WORK/pg/token")"
CORRIDOR_DATA_DIR="$WORK/sqlite" $PY benchmarks/api/run_load.py --token "$(cat "$WORK/sqlite/token")" \
    --workers "$WORKERS" --duration "$DURATION"
CORRIDOR_DATA_DIR="$WORK/pg" DATABASE_URL=$PG $PY benchmarks/api/run_load.py --token "$(cat "$WORK/pg/token")" \
    --workers "$WORKERS" --duration "$DURATION"
uptime
