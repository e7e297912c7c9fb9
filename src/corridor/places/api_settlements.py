"""API endpoints for settlements (found by id or any spelling), their dashboards, and open needs across places."""

from __future__ import annotations

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions
from rest_framework.request import Request
from rest_framework.response import Response

from corridor.core import permissions

from . import api_schema as schema
from .api_common import PlacesAPIView, ranked_need_data, settlement_data
from .filters import filter_facilities
from .models import Settlement
from .services import find_settlement, ranked_needs, settlement_dashboard

ERRORS = {400: schema.ErrorOut, 404: schema.ErrorOut}
KEY = OpenApiParameter("key", OpenApiTypes.STR, OpenApiParameter.PATH,
                       description="Settlement id, or its name in any spelling (Маріуполь, Мариуполь, Mariupol).")
NAME = OpenApiParameter("name", OpenApiTypes.STR, OpenApiParameter.QUERY,
                        description="Any spelling of the name: the list then holds the one settlement it names.")


def settlement_by_key(key: str) -> Settlement:
    settlement = (Settlement.objects.filter(pk=int(key)).first() if key.isdigit() else None) or find_settlement(key)
    if settlement is None:
        raise Http404("No such settlement.")
    return settlement


class SettlementList(PlacesAPIView):
    # Settlements come from a public gazetteer: the names and coordinates of towns are no secret.
    permission_classes = [permissions.PublicReadOnly]

    @extend_schema(parameters=[NAME], responses={200: schema.SettlementOut(many=True), **ERRORS},
                   summary="Settlements known to Corridor")
    def get(self, request: Request) -> Response:
        name = request.query_params.get("name", "").strip()
        if name:
            found = find_settlement(name)
            rows = [found] if found is not None else []
        else:
            rows = Settlement.objects.all()
        page = self.paginate_queryset(rows)
        return self.get_paginated_response([settlement_data(s) for s in page])


class SettlementDetail(PlacesAPIView):
    permission_classes = [permissions.PublicReadOnly]

    @extend_schema(parameters=[KEY], responses={200: schema.SettlementOut, **ERRORS}, summary="One settlement")
    def get(self, request: Request, key: str) -> Response:
        return Response(settlement_data(settlement_by_key(key)))


class SettlementDashboard(PlacesAPIView):
    permission_classes = [permissions.PublicReadOnly]

    @extend_schema(parameters=[KEY], responses={200: schema.DashboardOut, **ERRORS},
                   summary="Totals, needs by urgency and stale facilities over the facilities you may see")
    def get(self, request: Request, key: str) -> Response:
        if not permissions.can_view_dashboard(request.user):
            raise exceptions.PermissionDenied()
        settlement = settlement_by_key(key)
        summary = settlement_dashboard(settlement, permissions.visible_facilities(request.user))
        return Response({
            "settlement": settlement_data(settlement),
            "facilities": summary.facilities,
            "capacity": summary.capacity,
            "totals": summary.totals,
            "by_status": summary.by_status,
            "by_kind": summary.by_kind,
            "stale": [{"id": f.pk, "name_en": f.name_en} for f in summary.stale],
            "needs": [ranked_need_data(f, n) for f, n in summary.needs],
        })


class NeedList(PlacesAPIView):
    permission_classes = [permissions.PublicReadOnly]

    @extend_schema(parameters=[schema.FacilityFilters], responses={200: schema.RankedNeedOut(many=True), **ERRORS},
                   summary="Open needs across the facilities you may see, most urgent first")
    def get(self, request: Request) -> Response:
        queryset = permissions.visible_facilities(request.user).select_related("state")
        queryset, errors = filter_facilities(queryset, request.query_params)
        if errors:
            raise exceptions.ValidationError(errors)
        page = self.paginate_queryset(ranked_needs(list(queryset)))
        return self.get_paginated_response([ranked_need_data(f, n) for f, n in page])
