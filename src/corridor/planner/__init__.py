"""Convoy planner: who leaves a besieged city, on which bus, when — planned with PyVRP, checked independently.

Public API (plain Python, no Django):
    load_scenario(path) / scenario_from_dict(data)   -> Scenario   (raises ScenarioError naming JSON paths)
    plan(scenario, time_limit=10.0, seed=0)          -> plan dict  (status, explanations, vehicles, remaining, ...)
    check_plan(scenario, plan)                       -> list of violation strings (empty when sound)
    replan(scenario, plan, change, time_limit=4.0)   -> new plan dict keeping what is under way
    manifest_text / manifest_html(scenario, plan)    -> printable driver manifests
"""

from .change import Change, apply_change, change_from_dict
from .check import check_plan
from .manifest import manifest_html, manifest_text
from .replan import replan
from .scenario import CLASSES, Scenario, ScenarioError, load_scenario, read_json, scenario_from_dict
from .solve import plan

__all__ = [
    "CLASSES", "Change", "Scenario", "ScenarioError", "apply_change", "change_from_dict", "check_plan",
    "load_scenario", "manifest_html", "manifest_text", "plan", "read_json", "replan", "scenario_from_dict",
]
