"""The ``corridor trace`` command: batch linkage, search and pair explanations from CSV files."""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from .csvio import REQUIRED_COLUMNS, InputError, RejectedRow, read_records, write_rejected
from .records import Record

MIN_TRAINING_RECORDS = 1000


def register(subparsers: Any) -> None:
    trace = subparsers.add_parser("trace", help="match people across tracing records (link, search, explain)")
    sub = trace.add_subparsers(dest="trace_command", metavar="ACTION")
    trace.set_defaults(func=lambda args: _usage(trace))

    p = sub.add_parser("link", help="find pairs of records that are the same person")
    p.add_argument("records", metavar="RECORDS.csv")
    p.add_argument("--out", required=True, metavar="PAIRS.csv")
    p.add_argument("--threshold", type=_probability, default=0.5, metavar="P",
                   help="lowest match probability written (default 0.5)")
    p.add_argument("--backend", choices=("duckdb", "spark"), default="duckdb")
    _common(p)
    p.add_argument("--train", action="store_true",
                   help="re-estimate the model on these records (EM) instead of using the shipped model")
    p.add_argument("--save-model", metavar="MODEL.json", help="write the model used to this file")
    p.set_defaults(func=_link)

    p = sub.add_parser("search", help="rank records for each query record")
    p.add_argument("records", metavar="RECORDS.csv")
    p.add_argument("--query-file", required=True, metavar="QUERIES.csv")
    p.add_argument("--out", required=True, metavar="RESULTS.csv")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--index", metavar="INDEX.sqlite", help="keep the search index in this SQLite file")
    _common(p)
    p.set_defaults(func=_search)

    p = sub.add_parser("explain", help="show the per-field match weights of one pair")
    p.add_argument("records", metavar="RECORDS.csv")
    p.add_argument("id1")
    p.add_argument("id2")
    _common(p)
    p.set_defaults(func=_explain)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", metavar="MODEL.json", help="a trained model (default: the shipped model)")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="write rejected rows with reasons to a side file instead of stopping")
    p.add_argument("--rejected-file", metavar="PATH",
                   help="side file for --skip-bad-rows (default: next to the input, *.rejected.csv)")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _probability(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= v <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a probability between 0 and 1")
    return v


def _fail(action: str, message: str) -> int:
    print(f"corridor trace {action}: error: {message}", file=sys.stderr)
    return 2


def _load(args: argparse.Namespace, path: str, action: str, queries: bool = False) -> list[Record]:
    records, rejected = read_records(path, skip_bad_rows=args.skip_bad_rows)
    if rejected:
        side = args.rejected_file or str(Path(path).with_suffix("")) + ".rejected.csv"
        if args.rejected_file and queries:  # one side file per input, never overwriting the records' one
            side = str(Path(side).with_suffix("")) + ".queries.csv"
        write_rejected(side, rejected, _header(path))
        print(f"corridor trace {action}: {len(rejected)} bad row(s) of {path} skipped, with reasons, in {side}",
              file=sys.stderr)
    return records


def _header(path: str) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh), list(REQUIRED_COLUMNS))


def _model(args: argparse.Namespace) -> Any:
    from .model import LinkageModel

    if not args.model:
        return LinkageModel.default()
    try:
        return LinkageModel.load(args.model)
    except (OSError, ValueError) as exc:
        raise InputError(args.model, None, None, f"cannot read model: {exc}") from None


def _progress(args: argparse.Namespace) -> Any:
    if args.quiet:
        return None
    return lambda msg: print(f"corridor trace: {msg}", file=sys.stderr, flush=True)


def _link(args: argparse.Namespace) -> int:
    from .features import feature_table
    from .link import link
    from .model import LinkageModel

    try:
        records = _load(args, args.records, "link")
        model = _model(args)
        if args.train:
            if len(records) < MIN_TRAINING_RECORDS:
                return _fail("link", f"--train needs at least {MIN_TRAINING_RECORDS:,} records to estimate a "
                             f"model; {args.records} has {len(records):,} (use the shipped model instead)")
            model = LinkageModel.train(feature_table(records))
        if args.save_model:
            model.save(args.save_model)
        if args.backend == "spark":
            try:
                import pyspark  # noqa: F401
            except ImportError:
                return _fail("link", "the spark backend needs pyspark: pip install 'corridor[spark]'")
        result = link(records, model, threshold=args.threshold, backend=args.backend, progress=_progress(args))
        with open(args.out, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["record_id_l", "record_id_r", "match_probability"])
            for p in sorted(result.pairs, key=lambda p: (p.record_id_l, p.record_id_r)):
                w.writerow([p.record_id_l, p.record_id_r, f"{p.match_probability:.6f}"])
    except InputError as exc:
        return _fail("link", str(exc))
    except OSError as exc:
        return _fail("link", f"{exc.filename}: {exc.strerror}")
    if not args.quiet:
        print(f"corridor trace: {len(result.pairs):,} pairs at or above {args.threshold} written to {args.out}",
              file=sys.stderr)
    return 0


def _search(args: argparse.Namespace) -> int:
    from .search import SearchIndex

    if args.top < 1:
        return _fail("search", "--top must be at least 1")
    try:
        records = _load(args, args.records, "search")
        queries = _load(args, args.query_file, "search", queries=True)
        model = _model(args)
        with tempfile.TemporaryDirectory() as tmp:
            index = SearchIndex(args.index or str(Path(tmp) / "index.sqlite"), model)
            say = _progress(args)
            if say:
                say(f"indexing {len(records):,} records")
            index.add_many(records)
            with open(args.out, "w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(["query_record_id", "rank", "record_id", "match_probability"])
                for n, q in enumerate(queries, 1):
                    if say and n % 1000 == 0:
                        say(f"{n:,} of {len(queries):,} queries")
                    for rank, hit in enumerate(index.query(q, top=args.top), 1):
                        w.writerow([q.record_id, rank, hit.record.record_id, f"{hit.match_probability:.6f}"])
            index.close()
    except InputError as exc:
        return _fail("search", str(exc))
    except OSError as exc:
        return _fail("search", f"{exc.filename}: {exc.strerror}")
    return 0


def _explain(args: argparse.Namespace) -> int:
    from .explain import explain, format_explanation
    from .features import family_features

    try:
        records = _load(args, args.records, "explain")
        model = _model(args)
    except InputError as exc:
        return _fail("explain", str(exc))
    by_id = {r.record_id: r for r in records}
    for rid in (args.id1, args.id2):
        if rid not in by_id:
            return _fail("explain", f"{args.records}: no record with record_id {rid!r}")
    a, b = by_id[args.id1], by_id[args.id2]
    counts = Counter(latin for r in records if (latin := family_features(r.family_name).latin))
    print(format_explanation(a, b, explain(a, b, model, n_records=len(records), family_counts=counts)))
    return 0


__all__ = ["RejectedRow", "register"]
