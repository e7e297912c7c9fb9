"""Facility exports (CSV, HXL, GeoJSON) and their download views follow what the reader may see."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from django.urls import include, path, reverse

from corridor.places.io import export_facilities_csv, export_reports_csv, facilities_geojson
from corridor.places.models import Facility
from corridor.places.services import NeedInput

# The project mounts export_urls at /export/; this test module mounts it itself so it does not depend on that.
urlpatterns = [path("export/", include("corridor.places.export_urls")), path("", include("corridor.urls"))]
pytestmark = pytest.mark.urls(__name__)


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def _export(queryset: Any, **kwargs: Any) -> list[list[str]]:
    out = io.StringIO()
    export_facilities_csv(queryset, out, **kwargs)
    return _rows(out.getvalue())


def test_csv_has_state_and_internal_fields_only_when_asked(world: Any, report_on: Any) -> None:
    report_on(world.public_point, people=120, water="none", status="open")
    public = _export(Facility.objects.filter(published=True))
    header = public[0]
    assert "notes" not in header and "organisation" not in header and "visibility" not in header
    row = dict(zip(header, public[1]))
    assert (row["name_en"], row["people"], row["water"], row["settlement"]) == (
        world.public_point.name_en, "120", "none", "Mariupol")
    internal = _export(Facility.objects.filter(published=True), include_internal=True)
    assert dict(zip(internal[0], internal[1]))["notes"] == "internal: gate code 1234"


def test_hxl_export_has_a_hashtag_row_libhxl_reads(world: Any) -> None:
    import hxl

    out = io.StringIO()
    export_facilities_csv(Facility.objects.all(), out, hxl=True)
    rows = _rows(out.getvalue())
    assert rows[1][rows[0].index("name_en")] == "#loc+name+i_en"
    source = hxl.data(hxl.input.make_input(io.BytesIO(out.getvalue().encode())))
    names = {r.get("#loc+name+i_en") for r in source}
    assert names == {f.name_en for f in Facility.objects.all()}


def test_reports_export_hides_sources_from_the_public(world: Any, report_on: Any) -> None:
    report_on(world.public_point, people=40, source_role="warden", needs=[NeedInput("water", 4, 500, "litres")])
    out = io.StringIO()
    export_reports_csv(Facility.objects.filter(published=True), out)
    rows = _rows(out.getvalue())
    assert "source_name" not in rows[0]
    assert dict(zip(rows[0], rows[1]))["needs"] == "water:critical:500:litres"
    out = io.StringIO()
    export_reports_csv(Facility.objects.filter(published=True), out, include_internal=True)
    assert dict(zip(*_rows(out.getvalue())[:2]))["source_name"] == "Shelter warden"


def test_geojson_places_facilities_without_coordinates_at_their_settlement(world: Any) -> None:
    data = facilities_geojson(Facility.objects.all(), include_internal=False)
    assert data["type"] == "FeatureCollection"
    by_name = {f["properties"]["name_en"]: f for f in data["features"]}
    ward = by_name[world.private_ward.name_en]
    assert ward["geometry"]["coordinates"] == [world.mariupol.lon, world.mariupol.lat]
    assert ward["properties"]["approximate"] is True
    point = by_name[world.public_point.name_en]
    assert point["geometry"]["coordinates"] == [37.6, 47.11] and point["properties"]["approximate"] is False
    assert "notes" not in point["properties"]
    assert facilities_geojson(Facility.objects.filter(published=True), include_internal=True)[
        "features"][0]["properties"]["notes"] == "internal: gate code 1234"
    json.dumps(data)  # serialisable as it stands


@pytest.mark.parametrize("name", ["export-facilities-csv", "export-facilities-hxl", "export-facilities-geojson"])
def test_download_views_give_the_public_only_published_facilities(world: Any, client: Any, name: str) -> None:
    response = client.get(reverse(name))
    assert response.status_code == 200
    text = response.content.decode()
    assert world.public_point.name_en in text
    assert world.shelter.name_en not in text and "gate code" not in text


def test_download_views_follow_member_visibility(world: Any, as_user: Any) -> None:
    text = as_user(world.users["other_coordinator"]).get(reverse("export-facilities-csv")).content.decode()
    assert world.shelter.name_en in text and world.private_ward.name_en not in text
    own = as_user(world.users["analyst"]).get(reverse("export-facilities-geojson")).json()
    assert len(own["features"]) == 4
    assert "notes" in own["features"][0]["properties"]


def test_download_views_filter_and_refuse_bad_filters(world: Any, as_user: Any) -> None:
    client = as_user(world.users["analyst"])
    response = client.get(reverse("export-facilities-csv"), {"settlement": "Запоріжжя"})
    assert response["Content-Disposition"].startswith("attachment;")
    assert [r[1] for r in _rows(response.content.decode())[1:]] == [world.rc_point.name_en]
    bad = client.get(reverse("export-facilities-hxl"), {"kind": "castle"})
    assert bad.status_code == 400 and "kind" in bad.json()["error"]["fields"]
    assert client.post(reverse("export-facilities-csv")).status_code == 405
