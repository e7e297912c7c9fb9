"""The map page and the GeoJSON of the facilities the viewer may see, which the map draws."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language

from corridor.core import permissions

from .models import FacilityKind, Status
from .templatetags.corridor import label

MARIUPOL = (37.54, 47.10)


def map_page(request: HttpRequest) -> HttpResponse:
    visible = permissions.visible_facilities(request.user).select_related("settlement", "state")
    facilities = list(visible.filter(lat__isnull=False, lon__isnull=False).order_by("settlement__name_en",
                                                                                    "name_en"))
    config = {
        "facilities": reverse("map-facilities-geojson"),
        "outlines": static("corridor/outlines.geojson"),
        "tiles": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        "center": list(MARIUPOL),
    }
    return render(request, "places/map.html", {"config": config, "facilities": facilities})


def map_facilities_geojson(request: HttpRequest) -> JsonResponse:
    language = (get_language() or "en")[:2]
    visible = permissions.visible_facilities(request.user).select_related("settlement", "state")
    features = []
    kinds, statuses = dict(FacilityKind.choices), dict(Status.choices)
    for facility in visible.filter(lat__isnull=False, lon__isnull=False):
        state = getattr(facility, "state", None)  # no state row yet: nothing reported
        status = state.status if state is not None else ""
        features.append({
            "type": "Feature",
            "id": facility.pk,
            "geometry": {"type": "Point", "coordinates": [facility.lon, facility.lat]},
            "properties": {
                "name": facility.display_name(language),
                "settlement": facility.settlement.display_name(language),
                "kind": facility.kind,
                "kind_label": str(kinds.get(facility.kind, facility.kind)),
                "status": status,
                "status_label": label(status, "status") if status in statuses else "—",
                "people": getattr(state, "people", None),
                "urgency": getattr(state, "top_urgency", 0) or 0,
                "url": reverse("facility-detail", args=[facility.pk]),
            },
        })
    response = JsonResponse({"type": "FeatureCollection", "features": features})
    response["Cache-Control"] = "private, no-store"
    return response
