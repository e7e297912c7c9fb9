"""API endpoints for facilities, their reports and their current needs.

Input goes through the web UI's forms (FacilityForm, FacilityReportForm, validate_nested); access through
corridor.core.permissions; an invisible facility is a 404 so its existence is not revealed.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.forms.models import model_to_dict
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, status
from rest_framework.request import Request
from rest_framework.response import Response

from corridor.accounts.models import Organisation
from corridor.core import permissions
from corridor.core.api_errors import Conflict, Unprocessable
from corridor.core.audit import audit_context

from . import api_schema as schema
from .api_common import (
    LIST_COLUMNS,
    PlacesAPIView,
    etag,
    expected_version,
    facility_data,
    facility_rows_data,
    form_errors,
    json_object,
    need_data,
    refuse_unknown,
    report_data,
)
from .filters import filter_facilities
from .forms import FacilityForm, FacilityReportForm, FigureForm, NeedForm, report_input, validate_nested
from .models import Facility
from .services import (
    DomainError,
    VersionConflict,
    current_needs,
    delete_facility,
    record_report,
    save_facility,
)

FACILITY_INPUT = {*FacilityForm.Meta.fields, "settlement_name"}
# Output fields a client may echo back in a PUT: ignored rather than refused.
FACILITY_READ_ONLY = {"id", "version", "updated_at", "state", "organisation"}
REPORT_INPUT = {*FacilityReportForm.Meta.fields, "needs", "figures"}
REPORT_READ_ONLY = {"id", "facility", "recorded_at"}

ERRORS = {400: schema.ErrorOut, 401: schema.ErrorOut, 403: schema.ErrorOut, 404: schema.ErrorOut}
WRITE_ERRORS = {**ERRORS, 409: schema.ErrorOut, 428: schema.ErrorOut}
IF_MATCH = OpenApiParameter("If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER, required=True,
                            description='The ETag read with the facility, e.g. "3". Missing: 428; stale: 409.')


def visible_facility(request: Request, pk: Any, view: PlacesAPIView) -> Facility:
    queryset = permissions.visible_facilities(request.user).select_related("settlement", "state")
    facility = get_object_or_404(queryset, pk=pk)
    view.check_object_permissions(request, facility)
    return facility


def _with_etag(response: Response, facility: Facility) -> Response:
    response["ETag"] = etag(facility)
    return response


class FacilityList(PlacesAPIView):
    permission_classes = [permissions.FacilityPermission]

    @extend_schema(parameters=[schema.FacilityFilters], responses={200: schema.FacilityOut(many=True), **ERRORS},
                   summary="Facilities you may see, filtered and paginated")
    def get(self, request: Request) -> Response:
        queryset, errors = filter_facilities(permissions.visible_facilities(request.user), request.query_params)
        if errors:
            raise exceptions.ValidationError(errors)
        page = self.paginate_queryset(queryset.values(*LIST_COLUMNS))
        return self.get_paginated_response(facility_rows_data(page, request.user, timezone.now()))

    @extend_schema(request=schema.FacilityInput, responses={201: schema.FacilityOut, **ERRORS},
                   summary="Create a facility in your organisation")
    def post(self, request: Request) -> Response:
        body = json_object(request)
        refuse_unknown(body, FACILITY_INPUT | {"organisation"})
        organisation = self._organisation(request, body.pop("organisation", None))
        facility = Facility(organisation=organisation)
        # Fields left out take the model's defaults (not published, visible to partners), as in the web form.
        data = {**model_to_dict(facility, fields=FacilityForm.Meta.fields), **body}
        form = FacilityForm(data=data, instance=facility)
        if not form.is_valid():
            raise exceptions.ValidationError(form_errors(form))
        with audit_context("api", user=request.user):
            facility = form.save()
        data = facility_data(facility, permissions.can_view_internal(request.user, facility), timezone.now())
        response = Response(data, status=status.HTTP_201_CREATED,
                            headers={"Location": reverse("api-facility-detail", args=[facility.pk])})
        return _with_etag(response, facility)

    @staticmethod
    def _organisation(request: Request, given: Any) -> Organisation:
        user = request.user
        if given in (None, ""):
            if user.organisation_id is None:
                raise exceptions.ValidationError({"organisation": ["Give the responsible organisation's id."]})
            return user.organisation
        organisation = Organisation.objects.filter(pk=given).first() if str(given).isdigit() else None
        if organisation is None:
            raise exceptions.ValidationError({"organisation": ["No such organisation."]})
        if not permissions.can_create_facility(user, organisation.pk):
            raise exceptions.PermissionDenied("You may create facilities only for your own organisation.")
        return organisation


class FacilityDetail(PlacesAPIView):
    permission_classes = [permissions.FacilityPermission]

    @extend_schema(responses={200: schema.FacilityOut, **ERRORS}, summary="One facility (ETag = its version)")
    def get(self, request: Request, pk: int) -> Response:
        facility = visible_facility(request, pk, self)
        internal = permissions.can_view_internal(request.user, facility)
        return _with_etag(Response(facility_data(facility, internal, timezone.now())), facility)

    @extend_schema(request=schema.FacilityInput, parameters=[IF_MATCH],
                   responses={200: schema.FacilityOut, **WRITE_ERRORS}, summary="Replace a facility's fields")
    def put(self, request: Request, pk: int) -> Response:
        return self._update(request, pk, partial=False)

    @extend_schema(request=schema.FacilityPatch, parameters=[IF_MATCH],
                   responses={200: schema.FacilityOut, **WRITE_ERRORS}, summary="Change some of a facility's fields")
    def patch(self, request: Request, pk: int) -> Response:
        return self._update(request, pk, partial=True)

    @extend_schema(parameters=[IF_MATCH], responses={204: None, **WRITE_ERRORS}, summary="Delete a facility")
    def delete(self, request: Request, pk: int) -> Response:
        facility = visible_facility(request, pk, self)
        version = expected_version(request, facility)
        try:
            with audit_context("api", user=request.user):
                delete_facility(facility, version)
        except VersionConflict as exc:
            raise Conflict(f"The facility is now at version {exc.current}.") from exc
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _update(self, request: Request, pk: int, partial: bool) -> Response:
        facility = visible_facility(request, pk, self)
        version = expected_version(request, facility)
        body = json_object(request)
        refuse_unknown(body, FACILITY_INPUT, ignored=FACILITY_READ_ONLY)
        data: dict[str, Any] = model_to_dict(facility, fields=FacilityForm.Meta.fields) if partial else {}
        data.update({k: v for k, v in body.items() if k in FACILITY_INPUT})
        if body.get("settlement_name") and "settlement" not in body:
            data["settlement"] = None  # a name alone replaces the stored settlement; an id, when sent, wins
        if not permissions.can_publish_facility(request.user, facility):
            # As in the web form: those who may edit but not publish keep who-sees-it exactly as it is.
            changed = [name for name in ("published", "visibility")
                       if name in body and body[name] != getattr(facility, name)]
            if changed:
                raise exceptions.PermissionDenied(
                    f"You may not change {' or '.join(changed)}: your organisation's coordinators decide that.")
            data.update(published=facility.published, visibility=facility.visibility)
        form = FacilityForm(data=data, instance=facility)
        if not form.is_valid():
            raise exceptions.ValidationError(form_errors(form))
        try:
            with audit_context("api", user=request.user):
                facility = save_facility(form.save(commit=False), version)
        except VersionConflict as exc:
            raise Conflict(f"The facility is now at version {exc.current}.") from exc
        internal = permissions.can_view_internal(request.user, facility)
        return _with_etag(Response(facility_data(facility, internal, timezone.now())), facility)


class FacilityReports(PlacesAPIView):
    permission_classes = [permissions.FacilityReportPermission]

    @extend_schema(responses={200: schema.ReportOut(many=True), **ERRORS},
                   summary="A facility's reports, newest first (sources for members only)")
    def get(self, request: Request, pk: int) -> Response:
        facility = visible_facility(request, pk, self)
        internal = permissions.can_view_internal(request.user, facility)
        page = self.paginate_queryset(facility.reports.prefetch_related("needs", "figures"))
        return self.get_paginated_response([report_data(r, internal) for r in page])

    @extend_schema(request=schema.ReportInput, responses={201: schema.ReportOut, 422: schema.ErrorOut, **ERRORS},
                   summary="Record a status/occupancy/needs report with its source")
    def post(self, request: Request, pk: int) -> Response:
        facility = visible_facility(request, pk, self)
        body = json_object(request)
        refuse_unknown(body, REPORT_INPUT, ignored=REPORT_READ_ONLY)
        errors: dict[str, list[str]] = {}
        nested: dict[str, list[dict[str, Any]]] = {}
        for name, form_class in (("needs", NeedForm), ("figures", FigureForm)):
            rows = body.pop(name, None) or []
            if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                errors[name] = ["Send a list of objects."]
                rows = []
            nested[name], row_errors = validate_nested(form_class, rows, name)
            errors.update(row_errors)
        form = FacilityReportForm(data=body)
        if not form.is_valid():
            errors.update(form_errors(form))
        if errors:
            raise exceptions.ValidationError(errors)
        try:
            with audit_context("api", user=request.user):
                report = record_report(facility, report_input(form, nested["needs"], nested["figures"]),
                                       user=request.user)
        except DomainError as exc:
            raise Unprocessable(exc.errors, "The report cannot be recorded.") from exc
        except DjangoValidationError as exc:
            raise exceptions.ValidationError(exc.message_dict) from exc
        internal = permissions.can_view_internal(request.user, facility)
        return Response(report_data(report, internal), status=status.HTTP_201_CREATED)


class FacilityNeeds(PlacesAPIView):
    permission_classes = [permissions.FacilityReportPermission]
    pagination_class = None

    @extend_schema(responses={200: schema.NeedOut(many=True), **ERRORS},
                   summary="A facility's open needs: latest statement per item, most urgent first")
    def get(self, request: Request, pk: int) -> Response:
        facility = visible_facility(request, pk, self)
        return Response([need_data(n) for n in current_needs(facility)])
