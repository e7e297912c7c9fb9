"""Score the reader on the annotated development set: P/R/F1 (number+category, strict) and throughput.

Usage: .venv/bin/python benchmarks/reader/evaluate.py [--set dev|heldout|heldout2…heldout8|all] [--details]
       [--repeat N]

Gold: <set>/gold.jsonl (one figure a line), <set>/meta.json (publication date and language per report).
dev/ is the development set the rules were tuned on; heldout/ … heldout8/ were each written and
annotated after the rules of the time, and scored once blind before any change (RESULTS.md).
(a) number+category: a system figure matches a gold figure of the same report when the value (or, for a
    range, low and high) and the category are equal. (b) strict: also the place (compared by geonameid,
    gold names resolved through the gazetteer) and the source (case-insensitive, leading article dropped;
    gold lists accepted spellings separated by "|"; gold null = the report's own voice, must be null).
Matching is one-to-one, greedy in text order. Denials without a number are left out (gold has no such items).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from corridor.reader import extract_report, read_file
from corridor.reader.places import default_gazetteer

HERE = Path(__file__).resolve().parent


def _norm(s: str | None) -> str | None:
    if s is None:
        return None
    s = re.sub(r"^(?:the|a|an)\s+", "", s.strip(), flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", s).lower()


def _place_key(name: str | None, cache: dict[str, object]) -> object:
    if name is None:
        return None
    if name not in cache:
        gz = default_gazetteer()
        place = gz.resolve(name) if gz else None
        cache[name] = place.geonameid if place else name.lower()
    return cache[name]


def _value_key(d: dict) -> tuple:
    if d["value"] is None:
        return ("range", d["low"], d["high"])
    return ("value", float(d["value"]))


SETS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")


def load_gold(names: tuple[str, ...]) -> tuple[dict[str, list[dict]], dict[str, dict]]:
    """Gold figures and report metadata of the named sets, keyed "set/file"."""
    gold: dict[str, list[dict]] = {}
    meta: dict[str, dict] = {}
    for name in names:
        folder = HERE / name
        for line in (folder / "gold.jsonl").read_text("utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                gold.setdefault(f"{name}/{g['doc']}", []).append(g)
        for doc, m in json.loads((folder / "meta.json").read_text("utf-8")).items():
            meta[f"{name}/{doc}"] = m
    return gold, meta


def _reports(key: str, m: dict) -> list:
    import datetime as dt

    reports = read_file(HERE / key)
    for r in reports:
        r.published = dt.date.fromisoformat(m["published"])
        r.lang = m["lang"]
    return reports


def run_system(meta: dict[str, dict]) -> dict[str, list[dict]]:
    out = {}
    for key, m in meta.items():
        items = [f.to_dict() for r in _reports(key, m) for f in extract_report(r)]
        out[key] = [
            i for i in items if not (i["stance"] == "denial" and i["value"] is None and i["low"] is None)
        ]
    return out


def _match(
    gold: list[dict], sys_items: list[dict], strict: bool, cache: dict, pairs: list | None = None
) -> tuple[int, list, list]:
    used = set()
    tp = 0
    missed = []
    for g in gold:
        hit = None
        for j, s in enumerate(sys_items):
            if j in used or _value_key(s) != _value_key(g) or s["category"] != g["category"]:
                continue
            if strict:
                sp = s["place"]["geonameid"] if s["place"] else None
                if sp != _place_key(g["place"], cache) and not (
                    s["place"] and g["place"] and s["place"]["name"].lower() == g["place"].lower()
                ):
                    continue
                sname = _norm(
                    (s["source"] or {}).get("name")
                    or (s["source"] or {}).get("organisation")
                    or (s["source"] or {}).get("role")
                )
                gnames = None if g["source"] is None else {_norm(x) for x in g["source"].split("|")}
                if (gnames is None) != (sname is None) or (gnames and sname not in gnames):
                    continue
            hit = j
            break
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
            tp += 1
            if pairs is not None:
                pairs.append((g, sys_items[hit]))
    spurious = [s for j, s in enumerate(sys_items) if j not in used]
    return tp, missed, spurious


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def throughput(meta: dict[str, dict], repeat: int) -> float:
    reports = [r for key, m in meta.items() for r in _reports(key, m)]
    extract_report(reports[0])  # load the gazetteer outside the timing
    t0 = time.process_time()
    n = 0
    for _ in range(repeat):
        for r in reports:
            extract_report(r)
            n += 1
    return n / (time.process_time() - t0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--set", default="dev", choices=[*SETS, "all"], help="which annotated set to score (all: pooled)"
    )
    ap.add_argument("--details", action="store_true", help="list misses and spurious figures")
    ap.add_argument("--repeat", type=int, default=20, help="passes over the set for the throughput figure")
    args = ap.parse_args(argv)
    gold, meta = load_gold(SETS if args.set == "all" else (args.set,))
    system = run_system(meta)
    cache: dict[str, object] = {}
    n_gold = sum(len(v) for v in gold.values())
    n_sys = sum(len(v) for v in system.values())
    by_lang: Counter[str] = Counter()
    by_lang_gold: Counter[str] = Counter()
    pairs: list = []
    for level, strict in (("number+category", False), ("strict (value+category+place+source)", True)):
        tp = 0
        for doc in meta:
            t, missed, spurious = _match(
                gold.get(doc, []), system.get(doc, []), strict, cache, None if strict else pairs
            )
            tp += t
            if strict:
                by_lang[meta[doc]["lang"]] += t
                by_lang_gold[meta[doc]["lang"]] += len(gold.get(doc, []))
            if args.details and (missed or spurious):
                print(f"--- {doc} [{level}]")
                for g in missed:
                    print(f"  MISS  {g['value']} {g['category']} @ {g['place']} by {g['source']}")
                for s in spurious:
                    src = (s["source"] or {}).get("name")
                    pl = (s["place"] or {}).get("name")
                    print(f"  EXTRA {s['surface']!r} {s['value']} {s['category']} @ {pl} by {src}")
        p, r, f = prf(tp, n_sys, n_gold)
        print(f"{level:40s} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp}, system={n_sys}, gold={n_gold})")
    if pairs:
        n = len(pairs)
        agree = {k: sum(1 for g, s in pairs if g[k] == s[k]) / n for k in ("counted", "stance", "qualifier")}
        bounds = sum(1 for g, s in pairs if (g["low"], g["high"]) == (s["low"], s["high"])) / n
        print(
            f"on the {n} number+category matches, agreeing with gold: counted {agree['counted']:.2f}, "
            f"stance {agree['stance']:.2f}, qualifier {agree['qualifier']:.2f}, low/high {bounds:.2f}"
        )
    print(
        "strict recall by language: "
        + ", ".join(f"{lang} {by_lang[lang]}/{by_lang_gold[lang]}" for lang in sorted(by_lang_gold))
    )
    rate = throughput(meta, args.repeat)
    print(
        f"throughput: {rate:.0f} reports/s on one core (process CPU time, {len(meta)} reports x {args.repeat})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
