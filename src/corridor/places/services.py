"""Places domain operations: record a report, derive current state, dashboards. Views, API and imports call these."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from .models import (
    OCCUPANCY_FIELDS,
    UTILITY_FIELDS,
    Facility,
    FacilityReport,
    FacilityState,
    Figure,
    Need,
    Settlement,
)

STATE_FIELDS = ("status", *OCCUPANCY_FIELDS, *UTILITY_FIELDS)


class DomainError(Exception):
    """A request the data cannot honour (not a permission problem): shown to the user, field by field."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("; ".join(f"{k}: {', '.join(v)}" for k, v in errors.items()))
        self.errors = errors


# --- Settlements --------------------------------------------------------------------------------------------


def settlement_from_place(place: Any) -> Settlement:
    """The stored settlement for a gazetteer place, created on first use."""
    settlement, _ = Settlement.objects.get_or_create(
        geonameid=place.geonameid,
        defaults={
            "name_en": place.name,
            "name_uk": place.name_uk or "",
            "name_ru": place.name_ru or "",
            "country_code": place.country_code,
            "admin1_name": place.admin1_name or "",
            "lat": place.lat,
            "lon": place.lon,
            "population": place.population or None,
        },
    )
    return settlement


def find_settlement(name: str, country: str | None = None) -> Settlement | None:
    """A settlement by any spelling (Маріуполь, Мариуполь, Mariupol'), stored ones first, then the gazetteer."""
    name = (name or "").strip()
    if not name:
        return None
    if name.isdigit():
        stored = Settlement.objects.filter(pk=int(name)).first()
        if stored:
            return stored
    from corridor.gazetteer import default_gazetteer

    place = default_gazetteer().resolve(name, country=country)
    if place is not None and place.kind == "settlement":
        return settlement_from_place(place)
    for candidate in Settlement.objects.filter(geonameid__isnull=True):
        if name.casefold() in {candidate.name_en.casefold(), candidate.name_uk.casefold(),
                               candidate.name_ru.casefold()}:
            return candidate
    return None


# --- Facilities ---------------------------------------------------------------------------------------------


class VersionConflict(Exception):
    """Someone saved the facility after the editor read it: their change would be lost."""

    def __init__(self, current: int):
        super().__init__(f"the facility is now at version {current}")
        self.current = current


@transaction.atomic
def save_facility(facility: Facility, expected_version: int) -> Facility:
    """Save edits made on `facility` only if it is still at `expected_version`, and bump its version.

    The row is locked (on SQLite the IMMEDIATE transaction serialises writers), so two editors who read the
    same version cannot both win: the second gets VersionConflict (HTTP 409, or the form's version error).
    """
    current = Facility.objects.select_for_update().filter(pk=facility.pk).values_list("version", flat=True).first()
    if current is None:
        raise Facility.DoesNotExist(f"facility {facility.pk} no longer exists")
    if current != expected_version:
        raise VersionConflict(current)
    facility.version = current + 1
    facility.save()
    return facility


@transaction.atomic
def delete_facility(facility: Facility, expected_version: int) -> None:
    """Delete `facility` only if nobody changed it since `expected_version` was read."""
    current = Facility.objects.select_for_update().filter(pk=facility.pk).values_list("version", flat=True).first()
    if current is None:
        raise Facility.DoesNotExist(f"facility {facility.pk} no longer exists")
    if current != expected_version:
        raise VersionConflict(current)
    facility.delete()


# --- Reports and derived state ------------------------------------------------------------------------------


@dataclass
class NeedInput:
    item: str
    urgency: int
    quantity: int | None = None
    unit: str = ""
    note: str = ""


@dataclass
class FigureInput:
    category: str
    value: int
    qualifier: str = "exact"
    counted: str = "people"


@dataclass
class ReportInput:
    """A validated report (from a form, the API or an import row) before it is stored."""

    values: dict[str, Any]
    needs: list[NeedInput] = field(default_factory=list)
    figures: list[FigureInput] = field(default_factory=list)


@transaction.atomic
def record_report(facility: Facility, data: ReportInput, user: Any = None) -> FacilityReport:
    report = FacilityReport(facility=facility, recorded_by=user if getattr(user, "pk", None) else None,
                            **data.values)
    if report.observed_at is None:
        report.observed_at = timezone.now()
    if report.observed_at > timezone.now() + timedelta(minutes=10):
        raise DomainError({"observed_at": [gettext("This time is in the future.")]})
    report.full_clean()
    report.save()
    for need in data.needs:
        Need.objects.create(report=report, item=need.item, urgency=need.urgency, quantity=need.quantity,
                            unit=need.unit, note=need.note)
    for fig in data.figures:
        Figure.objects.create(report=report, category=fig.category, value=fig.value, qualifier=fig.qualifier,
                              counted=fig.counted)
    rebuild_state(facility)
    return report


def rebuild_state(facility: Facility) -> FacilityState:
    """Replay a facility's reports: each field takes its latest reported value (blank means not reported)."""
    state = FacilityState(facility=facility)
    found: set[str] = set()
    reports = list(facility.reports.order_by("-observed_at", "-id"))
    if reports:
        state.last_report_at = reports[0].observed_at
    for report in reports:
        for name in STATE_FIELDS:
            if name in found:
                continue
            value = getattr(report, name)
            if value not in (None, ""):
                setattr(state, name, value)
                state.as_of[name] = report.observed_at.isoformat()
                found.add(name)
                if name == "people":  # the qualifier belongs to the count it came with
                    state.people_qualifier = report.people_qualifier
        if len(found) == len(STATE_FIELDS):
            break
    state.top_urgency = max((n.urgency for n in current_needs(facility)), default=0)
    state.save()
    return state


def current_needs(facility: Facility) -> list[Need]:
    """Latest statement per item, still open (urgency above 'met'), most urgent first."""
    latest: dict[str, Need] = {}
    for need in Need.objects.filter(report__facility=facility).select_related("report").order_by(
        "-report__observed_at", "-report_id"
    ):
        latest.setdefault(need.item, need)
    return sorted((n for n in latest.values() if n.urgency > 0), key=lambda n: (-n.urgency, n.item))


def state_of(facility: Facility) -> FacilityState:
    try:
        return facility.state
    except FacilityState.DoesNotExist:
        return rebuild_state(facility)


def is_stale(state: FacilityState, now: datetime | None = None, hours: int | None = None) -> bool:
    hours = settings.STALE_AFTER_HOURS if hours is None else hours
    now = now or timezone.now()
    return state.last_report_at is None or state.last_report_at < now - timedelta(hours=hours)


# --- Dashboards ---------------------------------------------------------------------------------------------


@dataclass
class SettlementSummary:
    settlement: Settlement
    facilities: int = 0
    capacity: int = 0
    # None where no visible facility reported the figure: unknown is not zero.
    totals: dict[str, int | None] = field(default_factory=lambda: dict.fromkeys(OCCUPANCY_FIELDS))
    by_status: dict[str, int] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)
    stale: list[Facility] = field(default_factory=list)
    needs: list[tuple[Facility, Need]] = field(default_factory=list)
    members: list[Facility] = field(default_factory=list)  # the facilities counted, their state loaded


def settlement_dashboard(settlement: Settlement, facilities: QuerySet, stale_hours: int | None = None,
                         now: datetime | None = None) -> SettlementSummary:
    """Totals, needs ranked by urgency and stale facilities over the facilities the viewer may see."""
    summary = SettlementSummary(settlement=settlement)
    rows = list(facilities.filter(settlement=settlement).select_related("state"))
    summary.members = rows
    now = now or timezone.now()
    for facility in rows:
        state = state_of(facility)
        summary.facilities += 1
        summary.capacity += facility.capacity or 0
        for name in OCCUPANCY_FIELDS:
            value = getattr(state, name)
            if value is not None:
                summary.totals[name] = (summary.totals[name] or 0) + value
        status = state.status or "unknown"
        summary.by_status[status] = summary.by_status.get(status, 0) + 1
        summary.by_kind[facility.kind] = summary.by_kind.get(facility.kind, 0) + 1
        if is_stale(state, now=now, hours=stale_hours):
            summary.stale.append(facility)
    summary.needs = ranked_needs(rows)
    return summary


def ranked_needs(facilities: list[Facility]) -> list[tuple[Facility, Need]]:
    """Open needs across facilities, most urgent first, then by people affected."""
    by_facility: dict[int, dict[str, Need]] = defaultdict(dict)
    ids = [f.pk for f in facilities]
    for need in Need.objects.filter(report__facility_id__in=ids).select_related("report").order_by(
        "-report__observed_at", "-report_id"
    ):
        by_facility[need.report.facility_id].setdefault(need.item, need)
    index = {f.pk: f for f in facilities}
    ranked = [
        (index[fid], need) for fid, items in by_facility.items() for need in items.values() if need.urgency > 0
    ]

    def people(f: Facility) -> int:
        try:
            return f.state.people or 0
        except FacilityState.DoesNotExist:
            return 0

    ranked.sort(key=lambda pair: (-pair[1].urgency, -people(pair[0]), pair[0].name_en, pair[1].item))
    return ranked
