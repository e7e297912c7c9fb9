"""The ceiling of pairwise linkage on a test file: the best F1 any rule over the model's comparison levels
could reach, found with the ground truth (so a bound, not a model).

Every pair the model scores at p >= --floor is grouped by its field-weight signature (the level each
comparison takes, surname frequency included); signatures are taken in order of their share of true pairs,
and the best F1 along that order is the oracle. Usage: python oracle.py RECORDS.csv [--floor 1e-5]
Prints one JSON line; compare ``oracle_f1`` with ``model_f1`` (the same scores at 0.5, before clustering).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from evaluate import truth_pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("records")
    ap.add_argument("--floor", type=float, default=1e-5, help="lowest match probability retrieved")
    ap.add_argument("--model")
    a = ap.parse_args(argv)
    from corridor.linkage import LinkageModel, read_records
    from corridor.linkage.comparisons import COMPARISONS
    from corridor.linkage.features import feature_table
    from corridor.linkage.link import predict

    t0 = time.perf_counter()
    truth, person = truth_pairs(a.records)
    records, _ = read_records(a.records)
    pid = [person[r.record_id] for r in records]
    model = LinkageModel.load(a.model) if a.model else LinkageModel.default()
    scored = predict(feature_table(records), model, threshold=a.floor)
    cols = [f"mw_{c.name}" for c in COMPARISONS]
    sig = scored[cols].round(1)
    sig["t"] = [pid[i] == pid[j] for i, j in zip(scored.unique_id_l.tolist(), scored.unique_id_r.tolist())]
    sig["p"] = scored.match_probability
    groups = sig.groupby(cols).agg(t=("t", "sum"), n=("t", "size")).reset_index()
    groups["share"] = groups.t / groups.n
    groups = groups.sort_values("share", ascending=False)
    n_true = len(truth)
    f1 = 2 * groups.t.cumsum() / (n_true + groups.n.cumsum())
    best = int(f1.values.argmax())
    above = sig[sig.p >= 0.5]
    print(json.dumps({
        "records": len(records), "floor": a.floor, "pairs_scored": len(sig), "signatures": len(groups),
        "true_pairs": n_true, "true_pairs_scored": int(sig.t.sum()),
        "oracle_f1": round(float(f1.values[best]), 4), "oracle_cut_share": round(float(groups.share.values[best]), 3),
        "model_f1": round(2 * int(above.t.sum()) / (n_true + len(above)), 4),
        "seconds": round(time.perf_counter() - t0, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
