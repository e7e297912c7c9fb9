"""OpenAPI descriptions of the places API: request bodies derived from the web forms, responses as serializers.

Request serializers are generated from the same Django forms that validate the input, so the published schema
cannot drift from what the API accepts; they are never used to validate.
"""

from __future__ import annotations

from typing import Any

from django import forms
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.plumbing import list_hash
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from .filters import FacilityFilterForm
from .forms import FacilityForm, FacilityReportForm, FigureForm, NeedForm


def _choices(field: forms.ChoiceField) -> list[tuple[Any, str]]:
    return [(key, str(label)) for key, label in field.choices if key not in ("", None)]


def _choice_field(name: str, choices: list[tuple[Any, str]], blank: bool, **kwargs: Any) -> serializers.Field:
    """A choice field whose enum is named after the field: the same choice set (utilities, qualifiers) recurs
    under several field names, and drf-spectacular would otherwise warn that one set has many names."""
    values = [key for key, _ in choices] + ([""] if blank else [])
    kind = "integer" if all(isinstance(v, int) for v in values) else "string"
    schema = {"type": kind, "enum": values, "x-spec-enum-id": list_hash([(name, key) for key, _ in choices])}
    field_class = extend_schema_field(schema)(type("ChoiceField", (serializers.ChoiceField,), {}))
    return field_class(choices=choices, allow_blank=blank, **kwargs)


def _serializer_field(name: str, field: forms.Field, required: bool | None = None) -> serializers.Field:
    required = field.required if required is None else required
    common: dict[str, Any] = {"required": required, "help_text": str(field.help_text or field.label or "") or None}
    if isinstance(field, forms.ModelChoiceField):
        return serializers.IntegerField(allow_null=not required, **common)
    if isinstance(field, forms.ChoiceField):
        return _choice_field(name, _choices(field), blank=not required, **common)
    if isinstance(field, (forms.NullBooleanField, forms.BooleanField)):
        return serializers.BooleanField(**common)
    if isinstance(field, forms.IntegerField):
        return serializers.IntegerField(allow_null=not required, min_value=field.min_value,
                                        max_value=field.max_value, **common)
    if isinstance(field, forms.FloatField):
        return serializers.FloatField(allow_null=not required, min_value=field.min_value,
                                      max_value=field.max_value, **common)
    if isinstance(field, forms.DateTimeField):
        return serializers.DateTimeField(allow_null=not required, **common)
    if isinstance(field, forms.URLField):
        return serializers.URLField(allow_blank=not required, **common)
    max_length = getattr(field, "max_length", None)
    return serializers.CharField(allow_blank=not required, max_length=max_length, **common)


def form_serializer(name: str, form: forms.BaseForm, extra: dict[str, serializers.Field] | None = None,
                    optional: bool = False) -> type[serializers.Serializer]:
    """A serializer class with one field per form field (all optional when `optional`, e.g. for PATCH)."""
    fields = {fname: _serializer_field(fname, f, required=False if optional else None) for fname, f in form.fields.items()}
    fields.update(extra or {})
    return type(name, (serializers.Serializer,), fields)


NeedInput = form_serializer("NeedInput", NeedForm())
FigureInput = form_serializer("FigureInput", FigureForm())
FacilityInput = form_serializer("FacilityInput", FacilityForm(), extra={
    "organisation": serializers.IntegerField(required=False, help_text="Only for system operators without one."),
})
FacilityPatch = form_serializer("FacilityPatch", FacilityForm(), optional=True)
ReportInput = form_serializer("ReportInput", FacilityReportForm(), extra={
    "needs": NeedInput(many=True, required=False),
    "figures": FigureInput(many=True, required=False),
})
FacilityFilters = form_serializer("FacilityFilters", FacilityFilterForm())


# --- Responses ----------------------------------------------------------------------------------------------


class ObservedOut(serializers.Serializer):
    """What a report observes and the current state repeats: status, counts of people, utilities."""

    status = serializers.CharField()
    people = serializers.IntegerField(allow_null=True)
    children = serializers.IntegerField(allow_null=True)
    infants = serializers.IntegerField(allow_null=True)
    patients = serializers.IntegerField(allow_null=True)
    disabled = serializers.IntegerField(allow_null=True)
    staff = serializers.IntegerField(allow_null=True)
    electricity = serializers.CharField()
    water = serializers.CharField()
    heating = serializers.CharField()
    communications = serializers.CharField()


class FacilityStateOut(ObservedOut):
    last_report_at = serializers.DateTimeField(allow_null=True)
    stale = serializers.BooleanField()
    top_urgency = serializers.IntegerField()
    people_qualifier = serializers.CharField(help_text="exact, about, at_least, more_than, up_to, or empty")
    as_of = serializers.DictField(child=serializers.DateTimeField(),
                                  help_text="When each value was observed, by field name.")


class FacilityOut(serializers.Serializer):
    id = serializers.IntegerField()
    settlement = serializers.IntegerField()
    settlement_name = serializers.CharField()
    kind = serializers.CharField()
    name_en = serializers.CharField()
    name_uk = serializers.CharField()
    name_ru = serializers.CharField()
    address = serializers.CharField()
    lat = serializers.FloatField(allow_null=True)
    lon = serializers.FloatField(allow_null=True)
    capacity = serializers.IntegerField(allow_null=True)
    published = serializers.BooleanField()
    version = serializers.IntegerField(help_text="Also sent as the ETag; send it back in If-Match to write.")
    updated_at = serializers.DateTimeField()
    state = FacilityStateOut()
    organisation = serializers.IntegerField(required=False, help_text="Members only.")
    visibility = serializers.CharField(required=False, help_text="Members only.")
    notes = serializers.CharField(required=False, help_text="Members only.")


class NeedOut(serializers.Serializer):
    item = serializers.CharField()
    urgency = serializers.IntegerField(help_text="0 met, 1 low, 2 medium, 3 high, 4 critical")
    quantity = serializers.IntegerField(allow_null=True)
    unit = serializers.CharField()
    note = serializers.CharField()


class FigureOut(serializers.Serializer):
    category = serializers.CharField()
    value = serializers.IntegerField()
    qualifier = serializers.CharField()
    counted = serializers.CharField()


class ReportOut(ObservedOut):
    id = serializers.IntegerField()
    facility = serializers.IntegerField()
    observed_at = serializers.DateTimeField()
    recorded_at = serializers.DateTimeField()
    people_qualifier = serializers.CharField()
    needs = NeedOut(many=True)
    figures = FigureOut(many=True)
    source_name = serializers.CharField(required=False, help_text="Members only.")
    source_role = serializers.CharField(required=False, help_text="Members only.")
    source_organisation = serializers.CharField(required=False, help_text="Members only.")
    channel = serializers.CharField(required=False, help_text="Members only.")
    reliability = serializers.CharField(required=False, help_text="Members only.")
    source_url = serializers.CharField(required=False, help_text="Members only.")
    note = serializers.CharField(required=False, help_text="Members only.")


class RankedNeedOut(NeedOut):
    facility = serializers.IntegerField()
    facility_name = serializers.CharField()
    settlement = serializers.IntegerField()
    observed_at = serializers.DateTimeField()


class SettlementOut(serializers.Serializer):
    id = serializers.IntegerField()
    geonameid = serializers.IntegerField(allow_null=True)
    name_en = serializers.CharField()
    name_uk = serializers.CharField()
    name_ru = serializers.CharField()
    country_code = serializers.CharField()
    admin1_name = serializers.CharField()
    lat = serializers.FloatField()
    lon = serializers.FloatField()
    population = serializers.IntegerField(allow_null=True)


class FacilityRef(serializers.Serializer):
    id = serializers.IntegerField()
    name_en = serializers.CharField()


class DashboardOut(serializers.Serializer):
    settlement = SettlementOut()
    facilities = serializers.IntegerField()
    capacity = serializers.IntegerField()
    totals = serializers.DictField(child=serializers.IntegerField())
    by_status = serializers.DictField(child=serializers.IntegerField())
    by_kind = serializers.DictField(child=serializers.IntegerField())
    stale = FacilityRef(many=True)
    needs = RankedNeedOut(many=True)


class TokenOut(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    prefix = serializers.CharField()
    created_at = serializers.DateTimeField()
    last_used_at = serializers.DateTimeField(allow_null=True)
    revoked_at = serializers.DateTimeField(allow_null=True)
    active = serializers.BooleanField()


class TokenCreatedOut(TokenOut):
    key = serializers.CharField(help_text="Shown once: store it now, it cannot be read again.")


class TokenInput(serializers.Serializer):
    name = serializers.CharField(max_length=100)


class ErrorBody(serializers.Serializer):
    status = serializers.IntegerField()
    code = serializers.CharField()
    message = serializers.CharField()
    fields = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))


class ErrorOut(serializers.Serializer):
    error = ErrorBody()


class TokenScheme(OpenApiAuthenticationExtension):
    """Documents corridor.accounts.tokens.TokenAuthentication as HTTP bearer auth."""

    target_class = "corridor.accounts.tokens.TokenAuthentication"
    name = "bearerToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {"type": "http", "scheme": "bearer",
                "description": "A token from POST /api/tokens/, sent as `Authorization: Bearer cor_…`."}
