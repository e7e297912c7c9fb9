"""The one validation path for facilities and their reports: web forms, the API and imports all use these."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import (
    Facility,
    FacilityReport,
    FigureCategory,
    NeedItem,
    Qualifier,
    Urgency,
)
from .services import FigureInput, NeedInput, ReportInput, find_settlement


class FacilityForm(forms.ModelForm):
    """Create or edit a facility. The settlement may be given by id or by any spelling of its name."""

    settlement_name = forms.CharField(
        label=_("Settlement"), max_length=200, required=False,
        help_text=_("Any spelling: Маріуполь, Мариуполь, Mariupol."),
    )

    class Meta:
        model = Facility
        fields = ["settlement", "kind", "name_en", "name_uk", "name_ru", "address", "lat", "lon", "capacity",
                  "published", "visibility", "notes"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["settlement"].required = False
        self.fields["settlement"].widget = forms.HiddenInput()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if not cleaned.get("settlement"):
            name = cleaned.get("settlement_name") or ""
            if not name:
                self.add_error("settlement_name", _("Give the settlement."))
            else:
                settlement = find_settlement(name)
                if settlement is None:
                    self.add_error("settlement_name", _("No settlement called “%(name)s” is known.") % {"name": name})
                else:
                    cleaned["settlement"] = settlement
        lat, lon = cleaned.get("lat"), cleaned.get("lon")
        if (lat is None) != (lon is None):
            self.add_error("lat" if lat is None else "lon", _("Give both latitude and longitude, or neither."))
        return cleaned


class FacilityReportForm(forms.ModelForm):
    source_url = forms.URLField(label=_("source link"), required=False, max_length=200, assume_scheme="https")

    class Meta:
        model = FacilityReport
        fields = ["observed_at", "source_name", "source_role", "source_organisation", "channel", "reliability",
                  "source_url", "status", "people", "people_qualifier", "children", "infants", "patients",
                  "disabled", "staff", "electricity", "water", "heating", "communications", "note"]
        widgets = {"observed_at": forms.DateTimeInput(attrs={"type": "datetime-local"})}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        people = cleaned.get("people")
        for part in ("children", "infants", "patients", "disabled"):
            value = cleaned.get(part)
            if value is not None and people is not None and value > people:
                self.add_error(part, _("cannot be more than the number of people (%(people)s)") % {"people": people})
        infants, children = cleaned.get("infants"), cleaned.get("children")
        if infants is not None and children is not None and infants > children:
            self.add_error("infants", _("infants are counted among children: cannot exceed %(n)s") % {"n": children})
        return cleaned


class NeedForm(forms.Form):
    item = forms.ChoiceField(label=_("Item"), choices=NeedItem.choices)
    urgency = forms.TypedChoiceField(label=_("Urgency"), choices=Urgency.choices, coerce=int)
    quantity = forms.IntegerField(label=_("Quantity"), min_value=0, required=False)
    unit = forms.CharField(label=_("Unit"), max_length=30, required=False)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


class FigureForm(forms.Form):
    category = forms.ChoiceField(label=_("Category"), choices=FigureCategory.choices)
    value = forms.IntegerField(label=_("Value"), min_value=0)
    qualifier = forms.ChoiceField(label=_("Qualifier"), required=False, choices=Qualifier.choices)
    counted = forms.CharField(label=_("Counted"), max_length=50, required=False)


class BaseNeedFormSet(forms.BaseFormSet):
    def clean(self) -> None:
        super().clean()
        seen: set[str] = set()
        for form in self.forms:
            item = form.cleaned_data.get("item") if form.cleaned_data else None
            if item and item in seen:
                form.add_error("item", _("each item once per report"))
            if item:
                seen.add(item)


NeedFormSet = forms.formset_factory(NeedForm, formset=BaseNeedFormSet, extra=3, can_delete=False)
FigureFormSet = forms.formset_factory(FigureForm, extra=0, can_delete=False)


def report_input(report_form: FacilityReportForm, needs: list[dict[str, Any]] | None = None,
                 figures: list[dict[str, Any]] | None = None) -> ReportInput:
    """Turn validated form data into the service's input."""
    values = {name: report_form.cleaned_data.get(name) for name in FacilityReportForm.Meta.fields}
    values = {k: ("" if v is None and _is_text(k) else v) for k, v in values.items()}
    return ReportInput(
        values=values,
        needs=[NeedInput(item=n["item"], urgency=int(n["urgency"]), quantity=n.get("quantity"),
                         unit=n.get("unit") or "", note=n.get("note") or "") for n in (needs or []) if n],
        figures=[FigureInput(category=f["category"], value=f["value"], qualifier=f.get("qualifier") or "exact",
                             counted=f.get("counted") or "people") for f in (figures or []) if f],
    )


_TEXT_FIELDS = {f.name for f in FacilityReport._meta.get_fields() if getattr(f, "get_internal_type", None)
                and f.get_internal_type() in ("CharField", "TextField", "URLField")}


def _is_text(name: str) -> bool:
    return name in _TEXT_FIELDS


def validate_nested(form_class: type[forms.Form], rows: list[dict[str, Any]], prefix: str
                    ) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """Validate a list of nested rows (needs, figures) with a plain form; errors keyed like `needs[1].item`."""
    cleaned: list[dict[str, Any]] = []
    errors: dict[str, list[str]] = {}
    seen: set[str] = set()
    for index, row in enumerate(rows):
        form = form_class(data=row)
        if not form.is_valid():
            for name, messages in form.errors.items():
                errors[f"{prefix}[{index}].{name}"] = [str(m) for m in messages]
            continue
        if prefix == "needs":
            if form.cleaned_data["item"] in seen:
                errors[f"{prefix}[{index}].item"] = [str(_("each item once per report"))]
            seen.add(form.cleaned_data["item"])
        cleaned.append(form.cleaned_data)
    return cleaned, errors
