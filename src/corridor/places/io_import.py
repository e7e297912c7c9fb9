"""Import facilities and facility reports from CSV/HXL: every row through the web forms, all or nothing.

Every bad row is reported with its line, column and reason. Nothing is written when any row is bad, unless
the caller asks to skip bad rows, and then the skipped rows are listed. Changes are audited as path "import".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q

from corridor.core import permissions
from corridor.core.audit import audit_context

from .forms import FacilityForm, FacilityReportForm, FigureForm, NeedForm, report_input, validate_nested
from .io_columns import FACILITY_COLUMNS, REPORT_COLUMNS
from .io_read import Table, TableError, read_table
from .models import Facility
from .services import DomainError, find_settlement, record_report

__all__ = ["ImportResult", "RowError", "TableError", "import_facilities", "import_reports"]

TRUE = {"true", "yes", "y", "1", "так", "да", "x"}
FALSE = {"false", "no", "n", "0", "ні", "нет", ""}
URGENCY_WORDS = {"met": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
DECIMAL_COMMA = re.compile(r"^-?\d+,\d+$")


@dataclass
class RowError:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


@dataclass
class ImportResult:
    filename: str
    created: int = 0
    errors: list[RowError] = field(default_factory=list)   # bad rows, when nothing was written
    skipped: list[RowError] = field(default_factory=list)  # bad rows left out under skip_bad_rows
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class _RowErrors(Exception):
    def __init__(self, errors: list[RowError]):
        self.errors = errors


def _label(table: Table, name: str) -> str:
    return table.columns.get(name, name)


def _form_errors(table: Table, line: int, errors: dict[str, Any], rename: dict[str, str]) -> list[RowError]:
    out: list[RowError] = []
    for name, messages in errors.items():
        column = rename.get(name, name)
        column = "(row)" if column == "__all__" else _label(table, column)
        out.extend(RowError(line, column, str(m)) for m in messages)
    return out


def _number(value: str) -> str:
    return value.replace(",", ".") if DECIMAL_COMMA.match(value) else value


def _boolean(table: Table, line: int, name: str, value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in TRUE:
        return True
    if lowered in FALSE:
        return False
    raise _RowErrors([RowError(line, _label(table, name), f"“{value}” is not yes/no (true/false).")])


def _run(table: Table, result: ImportResult, skip_bad_rows: bool, handle_row: Any) -> ImportResult:
    """Validate and write every row in one transaction; roll everything back if any row is bad (unless skipping)."""
    bad: list[RowError] = []
    with transaction.atomic():
        for line, values in table.rows:
            if line in table.misshapen:
                bad.append(RowError(line, "(row)", table.misshapen[line]))
                continue
            try:
                with transaction.atomic():  # a row that fails while writing leaves nothing behind
                    handle_row(line, values)
                    result.created += 1
            except _RowErrors as exc:
                bad.extend(exc.errors)
        if bad and not skip_bad_rows:
            result.errors, result.created = bad, 0
            transaction.set_rollback(True)  # also undoes settlements materialised from the gazetteer
        else:
            result.skipped = bad
    return result


# --- Facilities ---------------------------------------------------------------------------------------------

FACILITY_REQUIRED = ("name_en", "kind", "settlement")


def import_facilities(data: bytes, filename: str, user: Any, organisation: Any, skip_bad_rows: bool = False,
                      hxl: bool = False) -> ImportResult:
    """Create one facility per row for `organisation`, acting as `user`. Raises TableError for unusable files
    and PermissionError when the user may not import for that organisation."""
    if not (permissions.can_import(user) and permissions.can_create_facility(user, organisation.pk)):
        raise PermissionError(f"{user} may not import facilities for {organisation}.")
    table = read_table(data, filename, tuple(c for c in FACILITY_COLUMNS if c.imported), FACILITY_REQUIRED,
                       hxl_required=hxl)
    result = ImportResult(filename=filename, ignored_columns=table.ignored)
    rename = {"settlement_name": "settlement"}

    def handle_row(line: int, values: dict[str, str]) -> None:
        row: dict[str, Any] = {k: v for k, v in values.items() if k not in ("settlement", "published")}
        settlement = values.get("settlement", "")
        row["settlement_name"] = settlement
        for name in ("lat", "lon"):
            if name in row:
                row[name] = _number(row[name])
        row["published"] = _boolean(table, line, "published", values.get("published", ""))
        row["visibility"] = values.get("visibility") or "partners"
        form = FacilityForm(data=row, instance=Facility(organisation=organisation))
        if not form.is_valid():
            raise _RowErrors(_form_errors(table, line, form.errors, rename))
        form.save()

    with audit_context("import", user=user):
        return _run(table, result, skip_bad_rows, handle_row)


# --- Reports ------------------------------------------------------------------------------------------------

REPORT_REQUIRED = ("observed_at", "source_name")


def parse_needs(text: str) -> list[dict[str, Any]]:
    """`water:critical:2000:litres:note; food:3` -> rows for NeedForm (urgency by word or 0-4)."""
    rows = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        item, urgency, quantity, unit, note = (part.split(":", 4) + ["", "", "", ""])[:5]
        urgency = urgency.strip().lower()
        rows.append({"item": item.strip(), "urgency": URGENCY_WORDS.get(urgency, urgency),
                     "quantity": quantity.strip(), "unit": unit.strip(), "note": note.strip()})
    return rows


def parse_figures(text: str) -> list[dict[str, Any]]:
    """`rescued:130; under_rubble:1300:about` -> rows for FigureForm."""
    rows = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        category, value, qualifier, counted = (part.split(":", 3) + ["", "", ""])[:4]
        rows.append({"category": category.strip(), "value": value.strip(),
                     "qualifier": qualifier.strip() or "exact", "counted": counted.strip() or "people"})
    return rows


def _facility_for_report(table: Table, line: int, values: dict[str, str], user: Any) -> Facility:
    visible = permissions.visible_facilities(user)
    ref = values.get("facility_id", "")
    if ref:
        if not ref.isdigit():
            raise _RowErrors([RowError(line, _label(table, "facility_id"), f"“{ref}” is not a facility id.")])
        matches = list(visible.filter(pk=int(ref)))
        column = "facility_id"
    else:
        name = values.get("facility", "")
        column = "facility"
        if not name:
            raise _RowErrors([RowError(line, _label(table, "facility"), "Give facility_id or the facility name.")])
        matches = list(visible.filter(Q(name_en__iexact=name) | Q(name_uk__iexact=name) | Q(name_ru__iexact=name)))
        if values.get("settlement") and len(matches) > 1:
            settlement = find_settlement(values["settlement"])
            matches = [f for f in matches if settlement is not None and f.settlement_id == settlement.pk]
    if not matches:
        # Same answer for missing and invisible: an import must not reveal what the user may not see.
        raise _RowErrors([RowError(line, _label(table, column), "No such facility.")])
    if len(matches) > 1:
        raise _RowErrors([RowError(line, _label(table, column),
                                   "Several facilities have this name: give facility_id.")])
    facility = matches[0]
    if not permissions.can_report_on(user, facility):
        raise _RowErrors([RowError(line, _label(table, column),
                                   f"You may not report on “{facility.name_en}”.")])
    return facility


def import_reports(data: bytes, filename: str, user: Any, skip_bad_rows: bool = False,
                   hxl: bool = False) -> ImportResult:
    """Record one report per row (with its needs and figures) on facilities the user may report on."""
    if not permissions.is_member(user):
        raise PermissionError(f"{user} may not import reports.")
    table = read_table(data, filename, REPORT_COLUMNS, REPORT_REQUIRED, hxl_required=hxl)
    if "facility_id" not in table.columns and "facility" not in table.columns:
        raise TableError(f"{filename}: missing column facility_id (or facility).")
    result = ImportResult(filename=filename, ignored_columns=table.ignored)

    def handle_row(line: int, values: dict[str, str]) -> None:
        errors: list[RowError] = []
        try:
            facility = _facility_for_report(table, line, values, user)
        except _RowErrors as exc:
            errors.extend(exc.errors)
            facility = None
        nested: dict[str, list[dict[str, Any]]] = {}
        for name, form_class, parse in (("needs", NeedForm, parse_needs), ("figures", FigureForm, parse_figures)):
            nested[name], nested_errors = validate_nested(form_class, parse(values.get(name, "")), name)
            errors.extend(RowError(line, _label(table, name), f"{key}: {', '.join(messages)}")
                          for key, messages in nested_errors.items())
        fields = {k: v for k, v in values.items() if k not in ("facility_id", "facility", "settlement", "needs",
                                                               "figures")}
        form = FacilityReportForm(data=fields)
        if not form.is_valid():
            errors.extend(_form_errors(table, line, form.errors, {}))
        if errors or facility is None:
            raise _RowErrors(errors)
        try:
            record_report(facility, report_input(form, nested["needs"], nested["figures"]), user=user)
        except DomainError as exc:
            raise _RowErrors(_form_errors(table, line, exc.errors, {})) from exc
        except ValidationError as exc:
            raise _RowErrors(_form_errors(table, line, exc.message_dict, {})) from exc

    with audit_context("import", user=user):
        return _run(table, result, skip_bad_rows, handle_row)
