"""What every places view shares: finding a facility the viewer may see, refusing politely, export links."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from corridor.core import permissions

from .models import Facility

EXPORTS = [
    ("export-facilities-csv", _("CSV")),
    ("export-facilities-hxl", _("HXL CSV")),
    ("export-facilities-geojson", _("GeoJSON")),
]


def visible_facility(request: HttpRequest, pk: int) -> Facility:
    """The facility if the viewer may see it; 404 otherwise, so hidden facilities do not reveal they exist."""
    facility = get_object_or_404(Facility.objects.select_related("settlement", "organisation"), pk=pk)
    if not permissions.can_view_facility(request.user, facility):
        raise Http404
    return facility


def refuse(request: HttpRequest) -> HttpResponse:
    """Anonymous visitors are sent to log in; a logged-in user without the right is told so (403)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied


def export_links(query: str = "") -> list[dict[str, Any]]:
    """Links to the export views that exist (the API/import-export part defines them)."""
    links = []
    for name, label in EXPORTS:
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        links.append({"url": f"{url}?{query}" if query else url, "label": label})
    return links


def int_param(value: str | None, default: int, low: int, high: int) -> int:
    """A bounded integer from the query string; anything else gives the default."""
    try:
        number = int(value or "")
    except ValueError:
        return default
    return number if low <= number <= high else default
