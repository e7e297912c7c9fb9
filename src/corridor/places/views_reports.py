"""Recording a status/occupancy/needs report on a facility through the shared form → service path."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from corridor.core import permissions

from . import services
from .forms import BaseNeedFormSet, FacilityReportForm, FigureForm, NeedForm, report_input
from .views_common import refuse, visible_facility

BLANK = [("", "—")]


class NeedRow(NeedForm):
    """A row of the needs table: starts blank, so rows left untouched are not read as 'water, met'."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("item", "urgency"):
            field = self.fields[name]
            assert isinstance(field, forms.ChoiceField)
            field.choices = BLANK + list(field.choices)


class FigureRow(FigureForm):
    """A row of the other-figures table (rescued, under rubble, ...), blank until filled."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        category = self.fields["category"]
        assert isinstance(category, forms.ChoiceField)
        category.choices = BLANK + list(category.choices)
        self.fields["qualifier"].initial = "exact"
        self.fields["counted"].initial = "people"


# The service's formsets with blank rows to fill in without JavaScript.
NeedRows = forms.formset_factory(NeedRow, formset=BaseNeedFormSet, extra=4, max_num=20, validate_max=True)
FigureRows = forms.formset_factory(FigureRow, extra=2, max_num=20, validate_max=True)


@require_http_methods(["GET", "POST"])
def facility_report(request: HttpRequest, pk: int) -> HttpResponse:
    facility = visible_facility(request, pk)
    if not permissions.can_report_on(request.user, facility):
        return refuse(request)
    data = request.POST if request.method == "POST" else None
    form = FacilityReportForm(data, initial={"observed_at": timezone.localtime().replace(second=0, microsecond=0)})
    # A datetime-local input only accepts this format; the widget's default would blank the field.
    widget = form.fields["observed_at"].widget
    assert isinstance(widget, forms.DateTimeInput)
    widget.format = "%Y-%m-%dT%H:%M"
    needs = NeedRows(data, prefix="needs")
    figures = FigureRows(data, prefix="figures")
    if data is not None and form.is_valid() & needs.is_valid() & figures.is_valid():
        payload = report_input(form, [f.cleaned_data for f in needs.forms if f.has_changed()],
                               [f.cleaned_data for f in figures.forms if f.has_changed()])
        try:
            services.record_report(facility, payload, user=request.user)
        except services.DomainError as error:
            for name, problems in error.errors.items():
                for problem in problems:
                    form.add_error(name if name in form.fields else None, problem)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Report recorded."))
            return redirect("facility-detail", pk=facility.pk)
    return render(request, "places/facility_report_form.html", {
        "facility": facility, "form": form, "needs": needs, "figures": figures,
    })
