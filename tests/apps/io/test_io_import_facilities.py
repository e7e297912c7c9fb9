"""Facility import: every row through FacilityForm, all or nothing, every bad row named, audited as "import"."""

from __future__ import annotations

from typing import Any

import pytest

from corridor.places.io_import import TableError, import_facilities
from corridor.places.models import Facility

HEADER = "name_en,name_uk,kind,settlement,address,lat,lon,capacity,published\n"
GOOD = ("\"Basement, 5 Myru Ave\",\"Підвал, просп. Миру 5\",shelter_basement,Маріуполь,5 Myru Ave,47.1,37.55,80,no\n"
        "Drama theatre,Драматичний театр,shelter_theatre,Mariupol',Teatralna Sq,47.0958,37.5493,1200,yes\n")


def _import(world: Any, text: str | bytes, who: str = "coordinator", **kwargs: Any) -> Any:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return import_facilities(data, "shelters.csv", world.users[who], world.council, **kwargs)


def _new() -> set[str]:
    return set(Facility.objects.filter(name_en__in=["Basement, 5 Myru Ave", "Drama theatre", "Bunker"])
               .values_list("name_en", flat=True))


def test_good_file_creates_every_row_with_settlement_by_any_spelling(world: Any) -> None:
    result = _import(world, HEADER + GOOD)
    assert result.ok and result.created == 2
    theatre = Facility.objects.get(name_en="Drama theatre")
    assert (theatre.settlement, theatre.organisation, theatre.published, theatre.capacity) == (
        world.mariupol, world.council, True, 1200)
    assert Facility.objects.get(name_en="Basement, 5 Myru Ave").name_uk == "Підвал, просп. Миру 5"


def test_import_is_audited_with_user_and_import_path(world: Any) -> None:
    _import(world, HEADER + GOOD)
    rows = Facility.history.filter(name_en="Drama theatre")
    assert {(r.history_type, r.audit_path, r.history_user_id) for r in rows} == {
        ("+", "import", world.users["coordinator"].pk)}


def test_every_bad_row_is_reported_with_line_column_reason_and_nothing_is_written(world: Any) -> None:
    text = HEADER + GOOD + (
        "Bunker,,spaceport,Mariupol,,47.1,37.5,10,no\n"          # line 4: unknown kind
        "Bunker,,shelter_basement,Atlantis,,47.1,37.5,10,no\n"    # line 5: unknown settlement
        "Bunker,,shelter_basement,Mariupol,,north,37.5,lots,no\n"  # line 6: bad numbers
        "Bunker,,shelter_basement,Mariupol,,47.1,37.5,10,maybe\n"  # line 7: bad yes/no
        ",,shelter_basement,Mariupol,,,,,no\n"                     # line 8: missing name
    )
    result = _import(world, text)
    assert not result.ok and result.created == 0
    found = {(e.line, e.column) for e in result.errors}
    assert {(4, "kind"), (5, "settlement"), (6, "lat"), (6, "capacity"), (7, "published"), (8, "name_en")} <= found
    assert all(e.message for e in result.errors)
    assert "Atlantis" in next(e.message for e in result.errors if e.line == 5)
    assert _new() == set()


def test_skip_bad_rows_imports_the_good_ones_and_lists_the_rest(world: Any) -> None:
    text = HEADER + GOOD + "Bunker,,spaceport,Mariupol,,47.1,37.5,10,no\n"
    result = _import(world, text, skip_bad_rows=True)
    assert result.created == 2 and result.ok
    assert [(e.line, e.column) for e in result.skipped] == [(4, "kind")]
    assert _new() == {"Basement, 5 Myru Ave", "Drama theatre"}


def test_row_with_more_cells_than_the_header_is_a_bad_row(world: Any) -> None:
    result = _import(world, HEADER + "Basement, 5 Myru Ave,,shelter_basement,Mariupol,,47.1,37.5,10,no\n")
    assert [(e.line, e.column) for e in result.errors] == [(2, "(row)")]
    assert "10 cells but 9 columns" in result.errors[0].message


def test_missing_column_is_refused_before_any_row(world: Any) -> None:
    with pytest.raises(TableError, match=r"shelters.csv:1: missing column\(s\) kind"):
        _import(world, "name_en,settlement\nBunker,Mariupol\n")


@pytest.mark.parametrize("data", [b"", b"  \n", b"name_en,kind,settlement\n"])
def test_empty_file_is_refused_with_a_clear_message(world: Any, data: bytes) -> None:
    with pytest.raises(TableError, match="shelters.csv: (the file is empty|there are no data rows)"):
        _import(world, data)


def test_utf8_with_bom_and_windows_1251_with_semicolons_are_read(world: Any) -> None:
    assert _import(world, "\ufeff" + HEADER + GOOD).created == 2
    Facility.objects.filter(name_en__in=["Basement, 5 Myru Ave", "Drama theatre"]).delete()
    excel = ("name_en;name_uk;kind;settlement;lat;lon\n"
             "Bunker;Бомбосховище на Миру;shelter_basement;Маріуполь;47,1;37,55\n").encode("cp1251")
    result = _import(world, excel)
    assert result.ok, [str(e) for e in result.errors]
    bunker = Facility.objects.get(name_en="Bunker")
    assert (bunker.name_uk, bunker.lat, bunker.settlement) == ("Бомбосховище на Миру", 47.1, world.mariupol)


def test_undecodable_file_is_named_in_a_clear_error(world: Any) -> None:
    data = (HEADER + "Bunker,,shelter_basement,Mariupol\n").encode("utf-8") + bytes([0x81, 0x98, 0xFF, 0x00])
    with pytest.raises(TableError, match=r"shelters.csv: cannot tell the encoding.*UTF-8"):
        _import(world, data)


def test_latin1_file_is_not_mistaken_for_cyrillic(world: Any) -> None:
    data = (HEADER + "Café Müller basement,,shelter_basement,Mariupol,,,,10,no\n").encode("latin-1")
    with pytest.raises(TableError, match="cannot tell the encoding"):
        _import(world, data)


def test_hxl_file_is_mapped_by_hashtags_whatever_the_headers(world: Any) -> None:
    text = ("Назва,Тип,Місто,Місткість,Something else\n"
            "#loc+name+i_en,#loc+type,#adm3+name,#capacity,#meta+comment\n"
            "Bunker,shelter_basement,Мариуполь,40,x\n")
    result = _import(world, text, hxl=True)
    assert result.ok and result.created == 1
    assert result.ignored_columns == ["#meta+comment"]
    assert Facility.objects.get(name_en="Bunker").capacity == 40


def test_hxl_required_but_absent_or_invalid_hashtags_are_refused(world: Any) -> None:
    with pytest.raises(TableError, match="no HXL hashtag row"):
        _import(world, HEADER + GOOD, hxl=True)
    with pytest.raises(TableError, match=r"not valid HXL hashtags: '#loc name'"):
        _import(world, "a,b,c\n#loc name,#loc+type,#adm3+name\nx,shelter_basement,Mariupol\n", hxl=True)


@pytest.mark.parametrize("who", ["analyst", "field_worker", "tracing_officer", "other_coordinator"])
def test_import_is_refused_without_the_right(world: Any, who: str) -> None:
    with pytest.raises(PermissionError):
        _import(world, HEADER + GOOD, who=who)
    assert _new() == set()
