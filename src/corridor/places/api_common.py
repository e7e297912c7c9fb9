"""What every places API view shares: JSON bodies checked through the web forms, errors, ETags, and output data.

Output is built by plain functions rather than DRF serializers: a list page of 50 facilities is the hot path
of the API, and the schema serializers in api_schema are tested to describe exactly these keys.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from django import forms
from django.http import HttpRequest
from rest_framework import exceptions
from rest_framework.generics import GenericAPIView
from rest_framework.metadata import SimpleMetadata
from rest_framework.parsers import JSONParser
from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import AnonRateThrottle

from corridor.core.api_errors import Conflict, PreconditionRequired

from .models import (
    OCCUPANCY_FIELDS,
    UTILITY_FIELDS,
    Facility,
    FacilityReport,
    FacilityState,
    Need,
    Settlement,
)
from .services import is_stale


class PointToSchema(SimpleMetadata):
    """OPTIONS answers with the endpoint's name and where its full description lives (the OpenAPI schema);
    DRF's default would describe bodies through serializers, which these views validate with forms instead."""

    def determine_metadata(self, request: Any, view: Any) -> dict[str, Any]:
        return {"name": view.get_view_name(), "description": view.get_view_description(),
                "schema": "/api/schema/"}


class PlacesAPIView(GenericAPIView):
    """Base of the places endpoints: JSON in, JSON out (no browsable API: it would pull templates and assets
    into every page), and the anonymous public throttled (settings: DEFAULT_THROTTLE_RATES["anon"])."""

    renderer_classes = [JSONRenderer]
    parser_classes = [JSONParser]
    throttle_classes = [AnonRateThrottle]
    metadata_class = PointToSchema


def json_object(request: Any) -> dict[str, Any]:
    """The request body as a JSON object, or 400 with a message saying what was wrong with it."""
    try:
        data = request.data
    except exceptions.ParseError as exc:
        raise exceptions.ParseError(f"The body is not valid JSON: {exc.detail}") from exc
    if not isinstance(data, dict):
        raise exceptions.ValidationError({"non_field_errors": ["Send a JSON object."]})
    return dict(data)


def refuse_unknown(data: dict[str, Any], allowed: set[str], ignored: frozenset[str] | set[str] = frozenset()) -> None:
    """A misspelt field must not be dropped silently; read-only fields echoed back from a GET are ignored."""
    unknown = sorted(set(data) - allowed - ignored)
    if unknown:
        raise exceptions.ValidationError({name: ["Unknown field."] for name in unknown})
    nested = sorted(name for name in allowed - ignored - LIST_FIELDS
                    if isinstance(data.get(name), (dict, list)))
    if nested:
        raise exceptions.ValidationError({name: ["Expected a single value."] for name in nested})


LIST_FIELDS = {"needs", "figures"}  # the only inputs that are lists (of objects)


def form_errors(form: forms.BaseForm, rename: dict[str, str] | None = None) -> dict[str, list[str]]:
    rename = rename or {}
    out: dict[str, list[str]] = {}
    for name, messages in form.errors.items():
        key = "non_field_errors" if name == "__all__" else rename.get(name, name)
        out.setdefault(key, []).extend(str(m) for m in messages)
    return out


# --- ETag / If-Match ----------------------------------------------------------------------------------------

_ETAG = re.compile(r'^\s*(?:W/)?"?(\d+)"?\s*$')


def etag(facility: Facility) -> str:
    return f'"{facility.version}"'


def expected_version(request: HttpRequest | Any, facility: Facility) -> int:
    """The version the client last read, from If-Match: 428 when absent, 409 when it is not the current one."""
    header = request.headers.get("If-Match")
    if not header:
        raise PreconditionRequired()
    match = _ETAG.match(header)
    if match is None:
        # "*" or a list of tags would let a stale client overwrite: ask for the one tag it read.
        raise PreconditionRequired("If-Match must carry the single ETag you read, e.g. If-Match: \"3\".")
    version = int(match.group(1))
    if version != facility.version:
        raise Conflict(f"The facility is at version {facility.version}; you sent {version}. "
                       "Read it again and reapply your change.")
    return version


# --- Output data --------------------------------------------------------------------------------------------


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def state_data(state: FacilityState | None, now: datetime) -> dict[str, Any]:
    data: dict[str, Any] = {"last_report_at": iso(state.last_report_at) if state else None,
                            "stale": state is None or is_stale(state, now=now),
                            "status": state.status if state else "",
                            "top_urgency": state.top_urgency if state else 0,
                            "people_qualifier": state.people_qualifier if state else "",
                            "as_of": dict(state.as_of or {}) if state else {}}
    for name in (*OCCUPANCY_FIELDS, *UTILITY_FIELDS):
        data[name] = getattr(state, name) if state else (None if name in OCCUPANCY_FIELDS else "")
    return data


def facility_data(facility: Facility, internal: bool, now: datetime) -> dict[str, Any]:
    """A facility as the API shows it; `internal` adds what only members who may see it read."""
    try:
        state: FacilityState | None = facility.state
    except FacilityState.DoesNotExist:
        state = None
    data: dict[str, Any] = {
        "id": facility.pk, "settlement": facility.settlement_id, "settlement_name": facility.settlement.name_en,
        "kind": facility.kind, "name_en": facility.name_en, "name_uk": facility.name_uk,
        "name_ru": facility.name_ru, "address": facility.address, "lat": facility.lat, "lon": facility.lon,
        "capacity": facility.capacity, "published": facility.published, "version": facility.version,
        "updated_at": iso(facility.updated_at), "state": state_data(state, now),
    }
    if internal:
        data.update(organisation=facility.organisation_id, visibility=facility.visibility, notes=facility.notes)
    return data


# The list endpoint reads plain rows (no model instances): building 150 model objects per page was most of
# its cost. The keys and values are the same as facility_data's; a test holds the two together.
_STATE_NAMES = ("last_report_at", "status", "top_urgency", "people_qualifier", "as_of", *OCCUPANCY_FIELDS,
                *UTILITY_FIELDS)
LIST_COLUMNS = ("id", "settlement_id", "settlement__name_en", "kind", "name_en", "name_uk", "name_ru", "address",
                "lat", "lon", "capacity", "published", "version", "updated_at", "organisation_id", "visibility",
                "notes", *(f"state__{name}" for name in _STATE_NAMES))


class _Row:
    """Attribute access over a values() row, for the permission and staleness rules that take objects."""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)


def facility_rows_data(rows: Any, user: Any, now: datetime) -> list[dict[str, Any]]:
    """facility_data for each row of `queryset.values(*LIST_COLUMNS)`, internal fields where `user` may."""
    from corridor.core import permissions

    out = []
    for row in rows:
        has_state = row["state__top_urgency"] is not None  # NOT NULL in the table: None means no state row
        state = {"last_report_at": iso(row["state__last_report_at"]),
                 "stale": not has_state or is_stale(
                     _Row(last_report_at=row["state__last_report_at"]), now=now),  # type: ignore[arg-type]
                 "status": row["state__status"] or "", "top_urgency": row["state__top_urgency"] or 0,
                 "people_qualifier": row["state__people_qualifier"] or "", "as_of": row["state__as_of"] or {}}
        for name in OCCUPANCY_FIELDS:
            state[name] = row[f"state__{name}"]
        for name in UTILITY_FIELDS:
            state[name] = row[f"state__{name}"] or ""
        data = {"id": row["id"], "settlement": row["settlement_id"], "settlement_name": row["settlement__name_en"],
                "kind": row["kind"], "name_en": row["name_en"], "name_uk": row["name_uk"], "name_ru": row["name_ru"],
                "address": row["address"], "lat": row["lat"], "lon": row["lon"], "capacity": row["capacity"],
                "published": row["published"], "version": row["version"], "updated_at": iso(row["updated_at"]),
                "state": state}
        facility = _Row(published=row["published"], visibility=row["visibility"],
                        organisation_id=row["organisation_id"])
        if permissions.can_view_internal(user, facility):
            data.update(organisation=row["organisation_id"], visibility=row["visibility"], notes=row["notes"])
        out.append(data)
    return out


def need_data(need: Need) -> dict[str, Any]:
    return {"item": need.item, "urgency": need.urgency, "quantity": need.quantity, "unit": need.unit,
            "note": need.note}


REPORT_PUBLIC = ("observed_at", "status", "people", "people_qualifier", *OCCUPANCY_FIELDS[1:], *UTILITY_FIELDS)
REPORT_INTERNAL = ("source_name", "source_role", "source_organisation", "channel", "reliability", "source_url",
                   "note")


def report_data(report: FacilityReport, internal: bool) -> dict[str, Any]:
    """A report; its source and note only for members (the public sees what was observed, not who said it)."""
    data: dict[str, Any] = {"id": report.pk, "facility": report.facility_id}
    for name in REPORT_PUBLIC:
        data[name] = getattr(report, name)
    data["observed_at"] = iso(report.observed_at)
    data["recorded_at"] = iso(report.recorded_at)
    data["needs"] = [need_data(n) for n in report.needs.all()]
    data["figures"] = [{"category": f.category, "value": f.value, "qualifier": f.qualifier, "counted": f.counted}
                       for f in report.figures.all()]
    if internal:
        for name in REPORT_INTERNAL:
            data[name] = getattr(report, name)
    return data


def settlement_data(settlement: Settlement) -> dict[str, Any]:
    return {"id": settlement.pk, "geonameid": settlement.geonameid, "name_en": settlement.name_en,
            "name_uk": settlement.name_uk, "name_ru": settlement.name_ru, "country_code": settlement.country_code,
            "admin1_name": settlement.admin1_name, "lat": settlement.lat, "lon": settlement.lon,
            "population": settlement.population}


def ranked_need_data(facility: Facility, need: Need) -> dict[str, Any]:
    return {"facility": facility.pk, "facility_name": facility.name_en, "settlement": facility.settlement_id,
            "observed_at": iso(need.report.observed_at), **need_data(need)}
