"""Report import: facility by id or name, needs and figures in one cell each, same forms as the web."""

from __future__ import annotations

import io
from typing import Any

import pytest

from corridor.places.io import export_reports_csv
from corridor.places.io_import import TableError, import_reports
from corridor.places.models import Facility, FacilityReport, Need
from corridor.places.services import NeedInput

HEADER = "facility_id,facility,observed_at,source_name,channel,reliability,status,people,children,needs,figures\n"


def _import(world: Any, text: str | bytes, who: str = "field_worker", **kwargs: Any) -> Any:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return import_reports(data, "reports.csv", world.users[who], **kwargs)


def test_reports_with_needs_and_figures_are_recorded(world: Any) -> None:
    text = HEADER + (
        f"{world.shelter.pk},,2022-03-16T10:00:00+02:00,Shelter warden,phone,B,open,1000,200,"
        "\"water:critical:2000:litres; food:high\",\"rescued:130; under_rubble:1300:about\"\n"
        f",{world.shelter.name_en},2022-03-17 09:30,Volunteer,messenger,C,damaged,900,,water:met,\n")
    result = _import(world, text)
    assert result.ok, [str(e) for e in result.errors]
    assert result.created == 2
    first = FacilityReport.objects.get(source_name="Shelter warden")
    assert {(n.item, n.urgency, n.quantity) for n in first.needs.all()} == {("water", 4, 2000), ("food", 3, None)}
    assert {(f.category, f.value, f.qualifier) for f in first.figures.all()} == {
        ("rescued", 130, "exact"), ("under_rubble", 1300, "about")}
    state = Facility.objects.get(pk=world.shelter.pk).state
    assert (state.status, state.people, state.top_urgency) == ("damaged", 900, 3)  # water met, food still open
    history = FacilityReport.history.get(id=first.pk)
    assert (history.audit_path, history.history_user_id) == ("import", world.users["field_worker"].pk)


def test_every_bad_row_is_reported_and_nothing_is_written(world: Any) -> None:
    text = HEADER + (
        f"{world.shelter.pk},,2022-03-16 10:00,Warden,phone,B,open,100,,,\n"            # line 2: good
        f"{world.shelter.pk},,16/03/2022 at noon,Warden,phone,B,open,100,,,\n"          # 3: bad date
        f"{world.shelter.pk},,2022-03-16 10:00,Warden,phone,B,open,about 100,,,\n"      # 4: bad number
        "999999,,2022-03-16 10:00,Warden,phone,B,open,100,,,\n"                         # 5: unknown facility
        f"{world.rc_point.pk},,2022-03-16 10:00,Warden,phone,B,open,100,,,\n"           # 6: not assigned
        f"{world.shelter.pk},,2022-03-16 10:00,Warden,phone,B,open,100,,water:desperate,rescued:x\n"  # 7
        f"{world.shelter.pk},,2022-03-16 10:00,,phone,B,open,10,20,,\n"                 # 8: no source, 20 > 10
        f"{world.shelter.pk},,2099-03-16 10:00,Warden,phone,B,open,10,,,\n"             # 9: in the future
    )
    result = _import(world, text)
    assert result.created == 0
    found = {(e.line, e.column) for e in result.errors}
    assert {(3, "observed_at"), (4, "people"), (5, "facility_id"), (6, "facility_id"), (7, "needs"),
            (7, "figures"), (8, "source_name"), (8, "children"), (9, "observed_at")} <= found
    assert 2 not in {e.line for e in result.errors}
    assert "needs[0].urgency" in next(e.message for e in result.errors if (e.line, e.column) == (7, "needs"))
    assert FacilityReport.objects.count() == 0 and Need.objects.count() == 0


def test_skip_bad_rows_records_the_good_ones(world: Any) -> None:
    text = HEADER + (f"{world.shelter.pk},,2022-03-16 10:00,Warden,phone,B,open,100,,,\n"
                     f"{world.shelter.pk},,not a date,Warden,phone,B,open,100,,,\n")
    result = _import(world, text, skip_bad_rows=True)
    assert result.created == 1
    assert [(e.line, e.column) for e in result.skipped] == [(3, "observed_at")]
    assert FacilityReport.objects.count() == 1


def test_unknown_and_invisible_facilities_look_the_same(world: Any) -> None:
    text = HEADER + f"{world.private_ward.pk},,2022-03-16 10:00,Warden,phone,B,open,1,,,\n"
    hidden = _import(world, text, who="other_coordinator").errors
    text = HEADER + "987654,,2022-03-16 10:00,Warden,phone,B,open,1,,,\n"
    missing = _import(world, text, who="other_coordinator").errors
    assert [e.message for e in hidden] == [e.message for e in missing] == ["No such facility."]


def test_missing_facility_column_and_missing_required_columns(world: Any) -> None:
    with pytest.raises(TableError, match="missing column facility_id"):
        _import(world, "observed_at,source_name\n2022-03-16 10:00,Warden\n")
    with pytest.raises(TableError, match=r"missing column\(s\) source_name"):
        _import(world, f"facility_id,observed_at\n{world.shelter.pk},2022-03-16 10:00\n")


def test_public_user_cannot_import(world: Any) -> None:
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionError):
        import_reports((HEADER + "1,,2022-03-16 10:00,W,phone,B,open,1,,,\n").encode(), "r.csv", AnonymousUser())


@pytest.mark.parametrize("hxl", [False, True])
def test_export_then_import_round_trip_keeps_every_value(world: Any, report_on: Any, hxl: bool) -> None:
    report_on(world.shelter, hours_ago=3, people=1000, children=200, status="under_fire", water="none",
              source_role="head of the regional administration", channel="telegram",
              needs=[NeedInput("water", 4, 2000, "litres", "for 3 days"), NeedInput("food", 3)])
    report_on(world.shelter, hours_ago=1, people=950, heating="partial", note="Пошкоджено дах")
    shelter = Facility.objects.filter(pk=world.shelter.pk)
    out = io.StringIO()
    export_reports_csv(shelter, out, hxl=hxl, include_internal=True)
    before = out.getvalue()
    result = _import(world, before, who="coordinator", hxl=hxl)
    assert result.ok and result.created == 2, [str(e) for e in result.errors]
    assert FacilityReport.objects.filter(facility=world.shelter).count() == 4
    # Export again: each report now appears twice, identical apart from nothing at all.
    again = io.StringIO()
    export_reports_csv(shelter, again, hxl=hxl, include_internal=True)
    lines = again.getvalue().splitlines()
    head = 2 if hxl else 1
    old_rows = before.splitlines()[head:]
    assert sorted(lines[head:]) == sorted(old_rows * 2)
