"""Printable manifests for drivers: plain text and a self-contained HTML page (no network needed)."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from .scenario import Scenario

CLASS_LABELS = {
    "stretcher": "stretcher patients", "seated_patient": "seated patients", "infant_with_carer": "infants & carers",
    "elderly_disabled": "elderly/disabled", "other": "others",
}
KIND_LABELS = {"start": "Start", "pickup": "Pick up", "collection_point": "Collection point",
               "destination": "Destination", "drop": "Passengers get off"}


def _hm(s: str) -> str:
    return datetime.fromisoformat(s).strftime("%d %b %H:%M")


def _people(c: dict[str, int] | None) -> str:
    return ", ".join(f"{n} {CLASS_LABELS.get(k, k)}" for k, n in (c or {}).items() if n) or "—"


def _rows(sc: Scenario, vehicle: dict[str, Any]) -> list[tuple[str, str, str, str, str, str]]:
    sites = sc.sites()
    rows = []
    for st in vehicle.get("stops", []):
        site = sites.get(st["place"])
        name = f"{site.name or site.id} ({site.lat:.4f}, {site.lon:.4f})" if site else st["place"]
        via = st.get("via")
        if via:
            name += " — via " + ", ".join(sites[p].name or p if p in sites else p for p in via)
        note = ""
        if st["kind"] == "destination" and st.get("corridor"):
            corridor = next((c for c in sc.corridors if c.id == st["corridor"]), None)
            if corridor:
                note = f"corridor {corridor.name or corridor.id}; checkpoints: " + (
                    ", ".join(f"{c.name} (~{c.delay_minutes:.0f} min)" for c in corridor.checkpoints) or "none")
        rows.append((KIND_LABELS.get(st["kind"], st["kind"]), name, _hm(st["arrive"]), _hm(st["depart"]),
                     _people(st.get("board")) if st.get("board") else "", _people(st.get("unload")) + (
                         f" | {note}" if note else "") if st.get("unload") or note else ""))
    return rows


def manifest_text(sc: Scenario, plan: dict[str, Any], vehicle_id: str | None = None) -> str:
    out = []
    for v in plan.get("vehicles", []):
        if vehicle_id and v["id"] != vehicle_id or not v.get("stops"):
            continue
        src = next((x for x in sc.vehicles if x.id == v["id"]), None)
        out.append(f"MANIFEST — {v['id']} ({v.get('kind', '')}, {v['seats']} seats, {v['stretchers']} stretcher places)")
        if src and (src.driver or src.plate):
            out.append(f"Driver: {src.driver or '—'}   Plate: {src.plate or '—'}")
        out.append(f"Plan: {plan.get('scenario', '')}")
        for i, (kind, name, arr, dep, board, unload) in enumerate(_rows(sc, v), 1):
            out.append(f"{i:>2}. {kind}: {name}")
            out.append(f"    arrive {arr}   leave {dep}")
            if board:
                out.append(f"    board: {board}")
            if unload:
                out.append(f"    get off: {unload}")
        out.append("")
    return "\n".join(out) if out else "No vehicle in this plan has stops.\n"


_CSS = """body{font-family:sans-serif;margin:1.5em;color:#111}h1{font-size:1.3em}h2{font-size:1.1em;margin-top:2em;
page-break-before:always}h2:first-of-type{page-break-before:avoid}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #555;padding:.3em .5em;vertical-align:top;text-align:left}th{background:#eee}
.meta{margin:.3em 0}@media print{body{margin:0}}"""


def manifest_html(sc: Scenario, plan: dict[str, Any], vehicle_id: str | None = None) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>Manifests — {e(str(plan.get('scenario', '')))}</title>", f"<style>{_CSS}</style></head><body>",
             f"<h1>Driver manifests — {e(str(plan.get('scenario', '')))}</h1>"]
    for v in plan.get("vehicles", []):
        if vehicle_id and v["id"] != vehicle_id or not v.get("stops"):
            continue
        src = next((x for x in sc.vehicles if x.id == v["id"]), None)
        parts.append(f"<h2>{e(v['id'])} — {e(str(v.get('kind', '')))}, {v['seats']} seats, "
                     f"{v['stretchers']} stretcher places</h2>")
        if src and (src.driver or src.plate):
            parts.append(f'<p class="meta">Driver: {e(src.driver or "—")} · Plate: {e(src.plate or "—")}</p>')
        parts.append("<table><tr><th>#</th><th>Stop</th><th>Place</th><th>Arrive</th><th>Leave</th>"
                     "<th>Board</th><th>Get off</th></tr>")
        for i, row in enumerate(_rows(sc, v), 1):
            parts.append(f"<tr><td>{i}</td>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
