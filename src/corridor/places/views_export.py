"""Download views: facilities the viewer may see as CSV, HXL-tagged CSV or GeoJSON (filters as in the API)."""

from __future__ import annotations

import json

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from corridor.core import permissions

from .filters import filter_facilities
from .io import export_facilities_csv, facilities_geojson


def _facilities(request: HttpRequest) -> tuple[QuerySet | None, HttpResponse | None]:
    if not permissions.can_export(request.user):
        return None, HttpResponse(status=403)
    queryset, errors = filter_facilities(permissions.visible_facilities(request.user), request.GET)
    if errors:
        return None, JsonResponse({"error": {"status": 400, "code": "invalid", "message": "Some filters are not valid.",
                                             "fields": errors}}, status=400)
    return queryset, None


def _filename(extension: str) -> str:
    return f"corridor-facilities-{timezone.now():%Y%m%d-%H%M}.{extension}"


def _csv(request: HttpRequest, hxl: bool) -> HttpResponse:
    queryset, error = _facilities(request)
    if error is not None:
        return error
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = _filename("hxl.csv" if hxl else "csv")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    # Spreadsheet programs take the BOM as the sign of UTF-8: Cyrillic names then open readable.
    response.write("\ufeff")
    export_facilities_csv(queryset, response, hxl=hxl, include_internal=permissions.is_member(request.user))
    return response


@require_GET
def facilities_csv(request: HttpRequest) -> HttpResponse:
    return _csv(request, hxl=False)


@require_GET
def facilities_hxl(request: HttpRequest) -> HttpResponse:
    return _csv(request, hxl=True)


@require_GET
def facilities_geojson_view(request: HttpRequest) -> HttpResponse:
    queryset, error = _facilities(request)
    if error is not None:
        return error
    data = facilities_geojson(queryset, include_internal=permissions.is_member(request.user))
    response = HttpResponse(json.dumps(data, ensure_ascii=False), content_type="application/geo+json")
    if request.GET.get("download"):
        response["Content-Disposition"] = f'attachment; filename="{_filename("geojson")}"'
    return response
