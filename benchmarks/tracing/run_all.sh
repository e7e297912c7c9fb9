#!/bin/sh
# Every tracing benchmark, in the order RESULTS.md reports them. Run from the repository root:
#   sh benchmarks/tracing/run_all.sh [OUTDIR]      (OUTDIR default /tmp/tracing-bench)
# Data is generated (seeded) into OUTDIR; each step prints one JSON line into OUTDIR/*.json.
set -e
OUT=${1:-/tmp/tracing-bench}
PY=.venv/bin/python
B=benchmarks/tracing
mkdir -p "$OUT"
for n in 20000 100000 1000000; do
  [ -f "$OUT/test-$n.csv" ] || $PY $B/generate.py $n "$OUT/test-$n.csv" --seed 7
done
[ -f "$OUT/train-20000.csv" ] || $PY $B/generate.py 20000 "$OUT/train-20000.csv" --seed 1
# The shipped model: EM on the training set (seed 1), never on the test sets (seed 7).
$PY $B/train.py "$OUT/train-20000.csv" "$OUT/model.json" > "$OUT/train.json"
for n in 20000 100000 1000000; do
  $PY $B/evaluate.py "$OUT/test-$n.csv" --model "$OUT/model.json" > "$OUT/link-$n.json"
done
$PY $B/baseline.py "$OUT/test-20000.csv" --fold raw > "$OUT/baseline-raw-20000.json"
$PY $B/baseline.py "$OUT/test-20000.csv" --fold ascii > "$OUT/baseline-ascii-20000.json"
$PY $B/search_bench.py "$OUT/test-20000.csv" --index "$OUT/search-20000.sqlite" > "$OUT/search-20000.json"
$PY $B/search_bench.py "$OUT/test-1000000.csv" --index "$OUT/search-1000000.sqlite" > "$OUT/search-1000000.json"
# The same index queried by a fresh process with cold name caches, as a restarted web server would.
$PY $B/search_bench.py "$OUT/test-1000000.csv" --index "$OUT/search-1000000.sqlite" --reuse > "$OUT/search-1000000-fresh.json"
$PY $B/febrl4.py > "$OUT/febrl4.json"
# The ceiling of any pairwise rule on the same comparison levels (uses the ground truth).
for n in 20000 100000 1000000; do
  $PY $B/oracle.py "$OUT/test-$n.csv" --model "$OUT/model.json" > "$OUT/oracle-$n.json"
done
