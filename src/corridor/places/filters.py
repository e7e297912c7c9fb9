"""Facility list filters (settlement, kind, status, updated since, published), validated by one form.

The API list, the export downloads and the export command read the same query parameters through this form.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from .models import FacilityKind, Status
from .services import find_settlement


class FacilityFilterForm(forms.Form):
    settlement = forms.CharField(label=_("Settlement"), required=False,
                                 help_text=_("Id or any spelling of the name."))
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", "")] + FacilityKind.choices)
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", ""), ("unknown", _("Not reported"))] + Status.choices)
    updated_since = forms.DateTimeField(label=_("Updated since"), required=False,
                                        help_text=_("ISO 8601; facilities edited or reported on since then."))
    published = forms.NullBooleanField(label=_("Published"), required=False)

    def clean_settlement(self) -> Any:
        name = (self.cleaned_data.get("settlement") or "").strip()
        if not name:
            return None
        settlement = find_settlement(name)
        if settlement is None:
            raise forms.ValidationError(_("No settlement called “%(name)s” is known."), params={"name": name})
        return settlement

    def filter(self, queryset: QuerySet) -> QuerySet:
        """Apply the validated filters; call only after `is_valid()`."""
        data = self.cleaned_data
        if data.get("settlement") is not None:
            queryset = queryset.filter(settlement=data["settlement"])
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        if data.get("status") == "unknown":
            queryset = queryset.filter(Q(state__isnull=True) | Q(state__status=""))
        elif data.get("status"):
            queryset = queryset.filter(state__status=data["status"])
        if data.get("updated_since") is not None:
            since = data["updated_since"]
            queryset = queryset.filter(Q(updated_at__gte=since) | Q(state__last_report_at__gte=since))
        if data.get("published") is not None:
            queryset = queryset.filter(published=data["published"])
        return queryset


def filter_facilities(queryset: QuerySet, params: Any) -> tuple[QuerySet, dict[str, list[str]]]:
    """`queryset` narrowed by query parameters, or unchanged with field-level errors when they are invalid."""
    if not any(name in params for name in FacilityFilterForm.base_fields):
        return queryset, {}  # the common unfiltered page: no form to build
    form = FacilityFilterForm(data=params)
    if not form.is_valid():
        return queryset, {name: [str(m) for m in messages] for name, messages in form.errors.items()}
    return form.filter(queryset), {}
