"""Reading the audit trail: history rows of every domain model, scoped to what an administrator may read."""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# label used in the filter -> model; the order is the order of the filter's choices.
AUDITED = {
    "facility": ("places", "Facility"),
    "facilityreport": ("places", "FacilityReport"),
    "need": ("places", "Need"),
    "figure": ("places", "Figure"),
    "settlement": ("places", "Settlement"),
    "organisation": ("accounts", "Organisation"),
    "user": ("accounts", "User"),
}
ACTIONS = {"+": _("created"), "~": _("changed"), "-": _("deleted")}


def model(name: str) -> type[Model]:
    app_label, model_name = AUDITED[name]
    return apps.get_model(app_label, model_name)


def scoped_history(name: str, organisation_id: int | None) -> QuerySet:
    """History rows of one model that an administrator of `organisation_id` may read (None: all)."""
    qs = model(name).history.all()
    if organisation_id is None:
        return qs
    Facility = model("facility")
    facility_ids = Facility.history.filter(organisation_id=organisation_id).values("id")
    report_ids = model("facilityreport").history.filter(
        facility_id__in=facility_ids).values("id")
    if name == "facility":
        return qs.filter(organisation_id=organisation_id)
    if name == "facilityreport":
        return qs.filter(facility_id__in=facility_ids)
    if name in ("need", "figure"):
        return qs.filter(report_id__in=report_ids)
    if name == "organisation":
        return qs.filter(id=organisation_id)
    if name == "user":
        return qs.filter(organisation_id=organisation_id)
    # Settlements are shared gazetteer records: an organisation sees the changes its own people made.
    return qs.filter(history_user__organisation_id=organisation_id)


@dataclass
class AuditFilter:
    models: list[str] = field(default_factory=lambda: list(AUDITED))
    user_id: int | None = None
    since: date | None = None
    until: date | None = None


def filtered(name: str, organisation_id: int | None, flt: AuditFilter) -> QuerySet:
    qs = scoped_history(name, organisation_id)
    if flt.user_id:
        qs = qs.filter(history_user_id=flt.user_id)
    tz = timezone.get_current_timezone()
    if flt.since:
        qs = qs.filter(history_date__gte=datetime.combine(flt.since, time.min, tzinfo=tz))
    if flt.until:
        qs = qs.filter(history_date__lte=datetime.combine(flt.until, time.max, tzinfo=tz))
    return qs.select_related("history_user").order_by("-history_date", "-history_id")


class MergedHistory:
    """History of several models as one list, newest first, that a Paginator can slice and count."""

    def __init__(self, querysets: dict[str, QuerySet]):
        self.querysets = querysets

    def count(self) -> int:
        return sum(qs.count() for qs in self.querysets.values())

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[tuple[str, Any]]:
        assert isinstance(index, slice)
        start, stop = index.start or 0, index.stop or 0
        # Each table contributes at most `stop` newest rows; merging them gives the first `stop` overall.
        streams = [[(name, row) for row in qs[:stop]] for name, qs in self.querysets.items()]
        merged = heapq.merge(*streams, key=lambda pair: (pair[1].history_date, pair[1].history_id), reverse=True)
        return list(merged)[start:stop]


@dataclass
class Change:
    field: str
    old: Any
    new: Any


def changes(row: Any) -> list[Change]:
    """What this history row changed compared with the row before it (nothing for a creation's first row)."""
    if row.history_type != "~":
        return []
    previous = row.prev_record
    if previous is None:
        return []
    delta = row.diff_against(previous)
    meta = row.instance_type._meta
    result = []
    for change in delta.changes:
        try:
            verbose = str(meta.get_field(change.field).verbose_name)
        except FieldDoesNotExist:
            verbose = change.field
        result.append(Change(verbose, change.old, change.new))
    return result
