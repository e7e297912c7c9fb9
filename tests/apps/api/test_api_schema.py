"""The OpenAPI 3 schema is served, valid, and describes exactly what the endpoints return."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.utils import timezone

from corridor.places import api_schema
from corridor.places.api_common import facility_data, report_data


def test_schema_endpoint_serves_openapi_3_with_every_endpoint(db: Any, client: Any) -> None:
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    for path in ("/api/facilities/", "/api/facilities/{id}/", "/api/facilities/{id}/reports/",
                 "/api/settlements/{key}/dashboard/", "/api/tokens/", "/api/needs/"):
        assert path in schema["paths"], path
    assert "bearerToken" in schema["components"]["securitySchemes"]


def test_schema_validates_without_warnings(db: Any, tmp_path: Any) -> None:
    # --fail-on-warn turns any drf-spectacular warning into an error; --validate checks against OpenAPI 3.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))
    assert (tmp_path / "schema.yaml").read_text().startswith("openapi: 3")


def test_documented_fields_match_the_data_returned(world: Any, report_on: Any) -> None:
    report = report_on(world.shelter, people=1)
    facility = world.shelter
    assert set(facility_data(facility, True, timezone.now())) == set(api_schema.FacilityOut().fields)
    assert set(facility_data(facility, True, timezone.now())["state"]) == set(api_schema.FacilityStateOut().fields)
    assert set(report_data(report, True)) == set(api_schema.ReportOut().fields)


def test_request_body_schema_follows_the_forms(db: Any) -> None:
    from corridor.places.forms import FacilityForm, FacilityReportForm

    assert set(FacilityForm().fields) <= set(api_schema.FacilityInput().fields)
    assert set(FacilityReportForm().fields) | {"needs", "figures"} == set(api_schema.ReportInput().fields)


def test_options_and_head_answer_on_every_endpoint(world: Any, api_as: Any) -> None:
    api = api_as(world.users["coordinator"])
    for url in ("/api/facilities/", f"/api/facilities/{world.shelter.pk}/",
                f"/api/facilities/{world.shelter.pk}/reports/", f"/api/facilities/{world.shelter.pk}/needs/",
                "/api/needs/", "/api/settlements/", f"/api/settlements/{world.mariupol.pk}/",
                f"/api/settlements/{world.mariupol.pk}/dashboard/", "/api/tokens/"):
        response = api.options(url)
        assert response.status_code == 200, url
        assert response.json()["schema"] == "/api/schema/"
        if not url.endswith("/tokens/"):
            assert api_as(None).head(url).status_code in (200, 404), url
