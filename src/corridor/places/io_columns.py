"""The columns of Corridor's facility and report tables: CSV header, HXL hashtag, and who may see each.

One list per table serves export and import, so a file Corridor writes is a file Corridor reads back.
Hashtags follow the HXL 1.1 core schema where it has a fitting tag; `+i_uk`/`+i_ru` mark languages.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str            # CSV header
    hxl: str             # HXL hashtag with attributes
    internal: bool = False   # only for members who may see the facility's internal data
    imported: bool = True    # read on import (False: derived or read-only, ignored on import)


# What a report observes, and the current state repeats: one hashtag each, in facility and report tables alike.
OBSERVED_HXL = {
    "status": "#status+operational",
    "people": "#population+total",
    "children": "#population+children",
    "infants": "#population+infants",
    "patients": "#population+patients",
    "disabled": "#population+disabled",
    "staff": "#population+staff",
    "electricity": "#status+electricity",
    "water": "#status+water",
    "heating": "#status+heating",
    "communications": "#status+communications",
}

FACILITY_COLUMNS: tuple[Column, ...] = (
    Column("id", "#loc+code", imported=False),
    Column("name_en", "#loc+name+i_en"),
    Column("name_uk", "#loc+name+i_uk"),
    Column("name_ru", "#loc+name+i_ru"),
    Column("kind", "#loc+type"),
    Column("settlement", "#adm3+name"),
    Column("settlement_id", "#adm3+code+v_corridor", imported=False),
    Column("country", "#country+code", imported=False),
    Column("address", "#loc+address"),
    Column("lat", "#geo+lat"),
    Column("lon", "#geo+lon"),
    Column("capacity", "#capacity"),
    Column("published", "#meta+published"),
    Column("visibility", "#meta+visibility", internal=True),
    Column("organisation", "#org+name", internal=True, imported=False),
    Column("notes", "#description+internal", internal=True),
    Column("version", "#meta+version", imported=False),
    Column("updated_at", "#date+updated", imported=False),
    # Current state, derived from reports: exported, never imported (reports are imported as reports).
    Column("last_report_at", "#date+reported", imported=False),
    *(Column(name, tag, imported=False) for name, tag in OBSERVED_HXL.items()),
    Column("people_qualifier", "#population+total+qualifier", imported=False),
    Column("top_urgency", "#severity+needs", imported=False),
)

REPORT_COLUMNS: tuple[Column, ...] = (
    Column("facility_id", "#loc+code"),
    Column("facility", "#loc+name+i_en"),
    Column("settlement", "#adm3+name"),
    Column("observed_at", "#date+observed"),
    Column("source_name", "#meta+source", internal=True),
    Column("source_role", "#meta+source+role", internal=True),
    Column("source_organisation", "#meta+source+org", internal=True),
    Column("channel", "#meta+channel", internal=True),
    Column("reliability", "#meta+reliability", internal=True),
    Column("source_url", "#meta+url", internal=True),
    *(Column(name, tag) for name, tag in OBSERVED_HXL.items()),
    Column("people_qualifier", "#population+total+qualifier"),
    Column("needs", "#need+list"),
    Column("figures", "#affected+list"),
    Column("note", "#description+internal", internal=True),
)


def visible_columns(columns: tuple[Column, ...], include_internal: bool) -> list[Column]:
    return [c for c in columns if include_internal or not c.internal]
