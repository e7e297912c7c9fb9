"""Builds the Mariupol demo scenario into the database (idempotent) and its demo accounts (demo mode only)."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from corridor.accounts.models import Organisation, User
from corridor.core.audit import audit_context

from . import demo_scenario as scenario
from .models import Facility
from .services import FigureInput, NeedInput, ReportInput, find_settlement, record_report


class ScenarioError(Exception):
    pass


@transaction.atomic
def build_scenario() -> dict[str, Facility]:
    """Create the scenario's organisations, settlements, facilities and sourced reports; skip what exists."""
    with audit_context("command"):
        orgs = {name: Organisation.objects.get_or_create(name=name, defaults={"kind": kind})[0]
                for name, kind in scenario.ORGANISATIONS}
        settlements = {}
        for name in scenario.SETTLEMENTS:
            found = find_settlement(name, country="UA")
            if found is None:
                raise ScenarioError(f"settlement {name!r} is not in the gazetteer")
            settlements[name] = found
        facilities: dict[str, Facility] = {}
        for spec in scenario.FACILITIES:
            facility, created = Facility.objects.get_or_create(
                organisation=orgs[spec["organisation"]], name_en=spec["name_en"],
                defaults={
                    "settlement": settlements[spec["settlement"]], "kind": spec["kind"],
                    "name_uk": spec["name_uk"], "name_ru": spec["name_ru"], "lat": spec["lat"],
                    "lon": spec["lon"], "capacity": spec["capacity"], "published": spec["published"],
                },
            )
            facilities[spec["key"]] = facility
            if created:
                for report in spec["reports"]:
                    record_report(facility, _report_input(report))
    return facilities


def _report_input(report: dict[str, Any]) -> ReportInput:
    values = {k: v for k, v in report.items() if k not in ("needs", "figures")}
    needs = [NeedInput(item=i, urgency=u, quantity=q, unit=unit, note=note)
             for i, u, q, unit, note in report.get("needs", [])]
    figures = [FigureInput(category=c, value=v, qualifier=q, counted=counted)
               for c, v, q, counted in report.get("figures", [])]
    return ReportInput(values=values, needs=needs, figures=figures)


def ensure_demo_accounts(facilities: dict[str, Facility]) -> list[tuple[str, str, str, str]]:
    """Demo accounts with passwords generated once per data directory; refuses outside demo mode."""
    if not settings.DEMO_MODE:
        raise ScenarioError("demo accounts are created only in demo mode (corridor demo)")
    store = Path(settings.DATA_DIR) / "demo_accounts.txt"
    known: dict[str, str] = {}
    if store.exists():
        for line in store.read_text().splitlines():
            if "\t" in line:
                user, password = line.split("\t", 1)
                known[user] = password
    rows = []
    with audit_context("command"):
        for username, org_name, role, assigned in scenario.DEMO_ACCOUNTS:
            password = known.get(username) or f"{username}-{secrets.token_urlsafe(6)}"
            known[username] = password
            org = Organisation.objects.get(name=org_name)
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(username=username, password=password, organisation=org, role=role)
            for key in assigned:
                facilities[key].field_workers.add(user)
            rows.append((username, password, role, org_name))
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_text("".join(f"{u}\t{p}\n" for u, p in known.items()))
    store.chmod(0o600)
    return rows
