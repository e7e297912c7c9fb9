"""Facility pages: list with filters, detail, create, edit (no lost update), delete, field-worker assignment."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from corridor.accounts.models import Organisation, Role, User
from corridor.core import permissions

from . import services
from .forms import FacilityForm
from .models import Facility, FacilityKind, Settlement, Status
from .views_common import export_links, refuse, visible_facility

PAGE_SIZE = 50
REPORTS_SHOWN = 30  # the latest reports; older ones stay in exports and the audit log, keeping the page light


class FacilityFilterForm(forms.Form):
    settlement = forms.ModelChoiceField(label=gettext_lazy("Settlement"), queryset=Settlement.objects.none(),
                                        required=False, empty_label=gettext_lazy("all"))
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), required=False,
                             choices=[("", gettext_lazy("all")), *FacilityKind.choices])
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False,
                               choices=[("", gettext_lazy("all")), *Status.choices])
    stale = forms.BooleanField(label=gettext_lazy("Only without a recent report"), required=False)

    def __init__(self, *args: Any, visible: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["settlement"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Settlement.objects.filter(pk__in=visible.values("settlement_id"))


def facility_list(request: HttpRequest) -> HttpResponse:
    visible = permissions.visible_facilities(request.user)
    filters = FacilityFilterForm(request.GET or None, visible=visible)
    facilities = visible.select_related("settlement", "state")
    if filters.is_valid():
        data = filters.cleaned_data
        if data["settlement"]:
            facilities = facilities.filter(settlement=data["settlement"])
        if data["kind"]:
            facilities = facilities.filter(kind=data["kind"])
        if data["status"]:
            facilities = facilities.filter(state__status=data["status"])
        if data["stale"]:
            cutoff = timezone.now() - timedelta(hours=settings.STALE_AFTER_HOURS)
            facilities = facilities.filter(Q(state__isnull=True) | Q(state__last_report_at__isnull=True)
                                           | Q(state__last_report_at__lt=cutoff))
    page = Paginator(facilities.order_by("settlement__name_en", "name_en"), PAGE_SIZE).get_page(
        request.GET.get("page"))
    # The export views read the same settlement/kind/status parameters (places/filters.py).
    query = QueryDict(mutable=True)
    for name in ("settlement", "kind", "status"):
        if request.GET.get(name):
            query[name] = request.GET[name]
    return render(request, "places/facility_list.html", {
        "filters": filters,
        "page": page,
        "can_create": permissions.can_create_facility(request.user),
        "exports": export_links(query.urlencode()),
    })


def facility_detail(request: HttpRequest, pk: int) -> HttpResponse:
    facility = visible_facility(request, pk)
    internal = permissions.can_view_internal(request.user, facility)
    reports: list = []
    report_count = 0
    if internal:
        report_count = facility.reports.count()
        reports = list(facility.reports.select_related("recorded_by").prefetch_related("needs", "figures")
                       [:REPORTS_SHOWN])
    return render(request, "places/facility_detail.html", {
        "facility": facility,
        "state": services.state_of(facility),
        "needs": services.current_needs(facility),
        "internal": internal,
        "reports": reports,
        "report_count": report_count,
        "stale": services.is_stale(services.state_of(facility)),
        "can_edit": permissions.can_edit_facility(request.user, facility),
        "can_report": permissions.can_report_on(request.user, facility),
        "can_delete": permissions.can_delete_facility(request.user, facility),
        "can_assign": permissions.can_manage_assignments(request.user, facility),
    })


class SettlementByNameMixin(FacilityForm):
    """A typed settlement name wins over the hidden settlement id when it names another place."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.order_fields(["settlement_name"])  # where the facility is comes first

    def clean(self) -> dict[str, Any]:
        name = (self.cleaned_data.get("settlement_name") or "").strip().casefold()
        current = self.cleaned_data.get("settlement")
        if current and name and name not in {current.name_en.casefold(), current.name_uk.casefold(),
                                             current.name_ru.casefold(), str(current.pk)}:
            self.cleaned_data["settlement"] = None
        return super().clean()


class FacilityCreateForm(SettlementByNameMixin):
    """The shared FacilityForm, plus the organisation for operators who belong to none (superusers)."""

    organisation = forms.ModelChoiceField(label=gettext_lazy("Responsible organisation"),
                                          queryset=Organisation.objects.all())

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if user.organisation_id:
            del self.fields["organisation"]


class FacilityEditForm(SettlementByNameMixin):
    """The shared FacilityForm with the version the editor started from, to refuse lost updates."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args: Any, may_publish: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not may_publish:  # the fields are left out, so the form cannot change them
            del self.fields["published"]
            del self.fields["visibility"]


@require_http_methods(["GET", "POST"])
def facility_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_facility(request.user):
        return refuse(request)
    form = FacilityCreateForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        facility = form.save(commit=False)
        facility.organisation_id = request.user.organisation_id or form.cleaned_data["organisation"].pk
        facility.save()
        form.save_m2m()
        services.rebuild_state(facility)
        messages.success(request, _("Facility “%(name)s” created.") % {"name": facility.name_en})
        return redirect("facility-detail", pk=facility.pk)
    return render(request, "places/facility_form.html", {"form": form, "facility": None})


@require_http_methods(["GET", "POST"])
def facility_edit(request: HttpRequest, pk: int) -> HttpResponse:
    facility = visible_facility(request, pk)
    if not permissions.can_edit_facility(request.user, facility):
        return refuse(request)
    may_publish = permissions.can_publish_facility(request.user, facility)
    initial = {"version": facility.version, "settlement_name": facility.settlement.display_name((get_language() or "en")[:2])}
    form = FacilityEditForm(request.POST or None, instance=facility, initial=initial, may_publish=may_publish)
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            services.save_facility(form.save(commit=False), form.cleaned_data["version"])
            form.save_m2m()
        except Facility.DoesNotExist as exc:  # deleted meanwhile
            raise Http404 from exc
        except services.VersionConflict:
            conflict = Facility.objects.get(pk=facility.pk)
        if conflict is None:
            messages.success(request, _("Facility saved."))
            return redirect("facility-detail", pk=facility.pk)
        # Keep the editor's input; the hidden version now says they have seen the other change.
        form = FacilityEditForm(_with_version(request.POST, conflict.version), instance=conflict, initial=initial,
                                may_publish=may_publish)
        form.is_valid()
        form.add_error(None, _("Someone else changed this facility while you were editing it. Nothing was "
                               "saved. Compare your changes with the current values below, then save again."))
    return render(request, "places/facility_form.html", {"form": form, "facility": facility,
                                                         "conflict": conflict})


def _with_version(data: Any, version: int) -> Any:
    data = data.copy()
    data["version"] = str(version)
    return data


@require_http_methods(["GET", "POST"])
def facility_delete(request: HttpRequest, pk: int) -> HttpResponse:
    facility = visible_facility(request, pk)
    if not permissions.can_delete_facility(request.user, facility):
        return refuse(request)
    if request.method == "POST":
        name = facility.name_en
        facility.delete()
        messages.success(request, _("Facility “%(name)s” deleted. Its history stays in the audit log.")
                         % {"name": name})
        return redirect("facility-list")
    return render(request, "places/facility_confirm_delete.html", {"facility": facility,
                                                                   "reports": facility.reports.count()})


class AssignmentForm(forms.Form):
    field_workers = forms.ModelMultipleChoiceField(label=gettext_lazy("Assigned field workers"),
                                                   queryset=User.objects.none(), required=False,
                                                   widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args: Any, organisation_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["field_workers"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = User.objects.filter(organisation_id=organisation_id, role=Role.FIELD_WORKER,
                                             is_active=True).order_by("username")


@require_http_methods(["GET", "POST"])
def facility_assign(request: HttpRequest, pk: int) -> HttpResponse:
    facility = visible_facility(request, pk)
    if not permissions.can_manage_assignments(request.user, facility):
        return refuse(request)
    form = AssignmentForm(request.POST or None, organisation_id=facility.organisation_id,
                          initial={"field_workers": facility.field_workers.all()})
    if request.method == "POST" and form.is_valid():
        facility.field_workers.set(form.cleaned_data["field_workers"])
        messages.success(request, _("Field workers assigned."))
        return redirect("facility-detail", pk=facility.pk)
    return render(request, "places/facility_assign.html", {"facility": facility, "form": form})

