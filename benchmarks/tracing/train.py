"""Train the tracing model by EM on a generated training set and save it (the shipped default model).

Usage: python train.py TRAIN.csv MODEL.json   (copy MODEL.json to src/corridor/linkage/data/default_model.json)
"""

from __future__ import annotations

import json
import sys
import time

from corridor.linkage import LinkageModel, read_records
from corridor.linkage.features import feature_table


def main(argv: list[str]) -> int:
    t0 = time.perf_counter()
    records, _ = read_records(argv[0])
    model = LinkageModel.train(feature_table(records))
    model.save(argv[1])
    weights = {k: {str(g): round(w, 2) for g, w in v.items()} for k, v in model.level_weights().items()}
    print(json.dumps({"records": len(records), "train_s": round(time.perf_counter() - t0, 1),
                      **model.settings["corridor"], "weights": weights}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
