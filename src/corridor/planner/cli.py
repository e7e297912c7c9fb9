"""The `corridor plan` command: plan, check, replan and print manifests from JSON files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .scenario import ScenarioError

USAGE = """usage:
  corridor plan SCENARIO.json --out PLAN.json [--time-limit SECONDS] [--seed N]
  corridor plan check SCENARIO.json PLAN.json
  corridor plan replan SCENARIO.json PLAN.json CHANGE.json --out NEW.json [--time-limit SECONDS] [--seed N]
  corridor plan manifest SCENARIO.json PLAN.json [--html] [--vehicle ID] [--out FILE]
  corridor plan greedy SCENARIO.json --out PLAN.json     (the baseline, for comparison)

Exit codes: 0 done (an infeasible scenario still gets a plan with its explanation), 1 the plan has
violations, 2 bad input (nothing is written)."""


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("plan", help="plan bus evacuations through humanitarian corridors", add_help=False,
                              description=USAGE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-h", "--help", action="store_true", dest="plan_help")
    # The first word is a scenario path or check/replan/manifest/greedy: handle() dispatches.
    p.add_argument("argv", nargs=argparse.REMAINDER)
    p.set_defaults(func=handle)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _Usage(f"corridor plan: {message}\n{USAGE}")


class _Usage(Exception):
    pass


def _parser(name: str, *positionals: str, out: bool = False, solve: bool = False) -> _Parser:
    p = _Parser(prog=f"corridor plan {name}".strip(), add_help=False)
    for pos in positionals:
        p.add_argument(pos)
    if out:
        p.add_argument("--out", required=True)
    if solve:
        p.add_argument("--time-limit", type=float, default=None)
        p.add_argument("--seed", type=int, default=0)
    return p


def handle(args: argparse.Namespace) -> int:
    argv = list(args.argv)
    if getattr(args, "plan_help", False) or (argv and argv[0] in ("-h", "--help", "help")):
        print(USAGE)
        return 0
    if not argv:
        print(USAGE, file=sys.stderr)
        return 2
    try:
        if argv[0] == "check":
            return _check(_parser("check", "scenario", "plan").parse_args(argv[1:]))
        if argv[0] == "replan":
            return _replan(_parser("replan", "scenario", "plan", "change", out=True, solve=True).parse_args(argv[1:]))
        if argv[0] == "manifest":
            p = _parser("manifest", "scenario", "plan")
            p.add_argument("--html", action="store_true")
            p.add_argument("--vehicle")
            p.add_argument("--out")
            return _manifest(p.parse_args(argv[1:]))
        if argv[0] == "greedy":
            return _plan(_parser("greedy", "scenario", out=True, solve=True).parse_args(argv[1:]), "greedy")
        return _plan(_parser("", "scenario", out=True, solve=True).parse_args(argv), "auto")
    except _Usage as exc:
        print(exc, file=sys.stderr)
        return 2
    except ScenarioError as exc:
        print(f"corridor plan: bad input, nothing written:\n{exc}", file=sys.stderr)
        return 2


def _read_plan(path: str) -> dict[str, Any]:
    from .scenario import read_json

    data = read_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("vehicles"), list):
        raise ScenarioError([("vehicles", "a plan needs a 'vehicles' list")], path)
    return data


def _write(path: str, data: dict[str, Any]) -> None:
    p = Path(path)
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(p)  # a reader never sees half a plan


def _summary(plan: dict[str, Any], out: str) -> int:
    s = plan["summary"]
    people = ", ".join(f"{n} {k}" for k, n in s["evacuated"].items()) or "nobody"
    used = sum(1 for v in plan["vehicles"] if v["stops"])
    print(f"{plan['status']}: {s['evacuated_total']} evacuated ({people}); {s['remaining_total']} remain; "
          f"{used} vehicles used; plan written to {out}")
    for e in plan["explanations"]:
        print(f"  note: {e}")
    if not plan["check"]["ok"]:
        print("the plan checker found violations (please report this as a bug):", file=sys.stderr)
        for v in plan["check"]["violations"]:
            print(f"  {v}", file=sys.stderr)
        return 1
    return 0


def _plan(a: argparse.Namespace, method: str) -> int:
    from .scenario import load_scenario
    from .solve import plan

    sc = load_scenario(a.scenario)
    if a.time_limit is not None and a.time_limit <= 0:
        raise _Usage("corridor plan: --time-limit must be > 0")
    result = plan(sc, time_limit=a.time_limit or 10.0, seed=a.seed, method=method)
    _write(a.out, result)
    return _summary(result, a.out)


def _check(a: argparse.Namespace) -> int:
    from .check import check_plan
    from .scenario import load_scenario

    sc = load_scenario(a.scenario)
    violations = check_plan(sc, _read_plan(a.plan))
    if violations:
        print(f"{a.plan}: {len(violations)} violation(s) of {a.scenario}:")
        for v in violations:
            print(f"  {v}")
        return 1
    print(f"{a.plan}: no violations")
    return 0


def _replan(a: argparse.Namespace) -> int:
    from .change import change_from_dict
    from .replan import replan
    from .scenario import load_scenario, read_json

    sc = load_scenario(a.scenario)
    old = _read_plan(a.plan)
    change = change_from_dict(read_json(a.change), sc, a.change)
    result = replan(sc, old, change, time_limit=a.time_limit or 4.0, seed=a.seed)
    _write(a.out, result)
    return _summary(result, a.out)


def _manifest(a: argparse.Namespace) -> int:
    from .manifest import manifest_html, manifest_text
    from .scenario import load_scenario

    sc = load_scenario(a.scenario)
    plan = _read_plan(a.plan)
    if a.vehicle and a.vehicle not in {v.get("id") for v in plan["vehicles"]}:
        raise ScenarioError([("vehicles", f"no vehicle {a.vehicle!r} in the plan")], a.plan)
    text = manifest_html(sc, plan, a.vehicle) if a.html else manifest_text(sc, plan, a.vehicle)
    if a.out:
        Path(a.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
