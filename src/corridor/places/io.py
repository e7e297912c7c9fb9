"""Facilities and their reports out to CSV, HXL-tagged CSV and GeoJSON, and in from CSV/HXL (see io_import).

Callers pass a queryset already narrowed by `permissions.visible_facilities` and say whether the reader may
see internal fields; nothing here decides access.
"""

from __future__ import annotations

import csv
from datetime import datetime
from typing import IO, Any

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from .io_columns import FACILITY_COLUMNS, REPORT_COLUMNS, Column, visible_columns
from .models import OCCUPANCY_FIELDS, UTILITY_FIELDS, Facility, FacilityReport, FacilityState, Urgency
from .services import is_stale

URGENCY_NAMES = {value: label for value, label in zip(Urgency.values, ("met", "low", "medium", "high", "critical"))}


def cell(value: Any) -> str:
    """One value as CSV text: empty for unknown, ISO 8601 for times, true/false for flags."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def facilities_for_export(queryset: QuerySet) -> QuerySet:
    return queryset.select_related("settlement", "organisation", "state")


def _state(facility: Facility) -> FacilityState | None:
    try:
        return facility.state
    except FacilityState.DoesNotExist:
        return None


def facility_row(facility: Facility) -> dict[str, Any]:
    """All exportable values of a facility, by column name (callers drop internal ones)."""
    state = _state(facility)
    row: dict[str, Any] = {
        "id": facility.pk, "name_en": facility.name_en, "name_uk": facility.name_uk, "name_ru": facility.name_ru,
        "kind": facility.kind, "settlement": facility.settlement.name_en, "settlement_id": facility.settlement_id,
        "country": facility.settlement.country_code, "address": facility.address, "lat": facility.lat,
        "lon": facility.lon, "capacity": facility.capacity, "published": facility.published,
        "visibility": facility.visibility, "organisation": facility.organisation.name, "notes": facility.notes,
        "version": facility.version, "updated_at": facility.updated_at,
        "last_report_at": state.last_report_at if state else None,
        "status": state.status if state else "",
        "people_qualifier": state.people_qualifier if state else "",
        "top_urgency": state.top_urgency if state else 0,
    }
    for name in (*OCCUPANCY_FIELDS, *UTILITY_FIELDS):
        row[name] = getattr(state, name) if state else None
    return row


def _write_table(stream: IO[str], columns: list[Column], rows: Any, hxl: bool) -> int:
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    if hxl:
        writer.writerow([c.hxl for c in columns])
    count = 0
    for row in rows:
        writer.writerow([cell(row.get(c.name)) for c in columns])
        count += 1
    return count


def export_facilities_csv(queryset: QuerySet, stream: IO[str], hxl: bool = False,
                          include_internal: bool = False) -> int:
    """Write facilities with their current state as CSV (with a hashtag row when `hxl`); returns the row count."""
    columns = visible_columns(FACILITY_COLUMNS, include_internal)
    rows = (facility_row(f) for f in facilities_for_export(queryset).iterator(chunk_size=500))
    return _write_table(stream, columns, rows, hxl)


# --- Reports ------------------------------------------------------------------------------------------------


def format_needs(report: FacilityReport) -> str:
    """`item:urgency:quantity:unit:note` per need, joined by `; ` (the import reads the same syntax)."""
    parts = []
    for need in report.needs.all():
        fields = [need.item, URGENCY_NAMES.get(need.urgency, str(need.urgency)),
                  "" if need.quantity is None else str(need.quantity), need.unit, need.note.replace(";", ",")]
        while fields and fields[-1] == "":
            fields.pop()
        parts.append(":".join(fields))
    return "; ".join(parts)


def format_figures(report: FacilityReport) -> str:
    """`category:value:qualifier:counted` per figure, joined by `; `."""
    return "; ".join(f"{f.category}:{f.value}:{f.qualifier}:{f.counted}" for f in report.figures.all())


def report_row(report: FacilityReport) -> dict[str, Any]:
    row = {name: getattr(report, name) for name in (
        "observed_at", "source_name", "source_role", "source_organisation", "channel", "reliability",
        "source_url", "status", "people", "people_qualifier", *OCCUPANCY_FIELDS[1:], *UTILITY_FIELDS, "note")}
    row.update(facility_id=report.facility_id, facility=report.facility.name_en,
               settlement=report.facility.settlement.name_en, needs=format_needs(report),
               figures=format_figures(report))
    return row


def reports_for_export(facilities: QuerySet) -> QuerySet:
    return (FacilityReport.objects.filter(facility__in=facilities)
            .select_related("facility", "facility__settlement")
            .prefetch_related("needs", Prefetch("figures"))
            .order_by("facility_id", "observed_at", "id"))


def export_reports_csv(facilities: QuerySet, stream: IO[str], hxl: bool = False,
                       include_internal: bool = False) -> int:
    """Write every report on the given facilities, oldest first per facility; sources only when internal."""
    columns = visible_columns(REPORT_COLUMNS, include_internal)
    rows = (report_row(r) for r in reports_for_export(facilities).iterator(chunk_size=500))
    return _write_table(stream, columns, rows, hxl)


# --- GeoJSON ------------------------------------------------------------------------------------------------


def facilities_geojson(queryset: QuerySet, include_internal: bool, now: datetime | None = None) -> dict:
    """A GeoJSON FeatureCollection of facilities with their current state.

    A facility without its own coordinates is placed at its settlement and marked `approximate`, so the map
    still shows it; internal fields (notes, visibility, organisation) only when `include_internal`.
    """
    now = now or timezone.now()
    hidden = {c.name for c in FACILITY_COLUMNS if c.internal and not include_internal}
    features = []
    for facility in facilities_for_export(queryset).iterator(chunk_size=500):
        props = {k: v for k, v in facility_row(facility).items() if k not in hidden and k not in ("lat", "lon")}
        state = _state(facility)
        props["stale"] = state is None or is_stale(state, now=now)
        for key in ("updated_at", "last_report_at"):
            props[key] = cell(props[key]) or None
        approximate = facility.lat is None or facility.lon is None
        lon = facility.settlement.lon if approximate else facility.lon
        lat = facility.settlement.lat if approximate else facility.lat
        props["approximate"] = approximate
        features.append({"type": "Feature", "id": facility.pk,
                         "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props})
    return {"type": "FeatureCollection", "features": features}
