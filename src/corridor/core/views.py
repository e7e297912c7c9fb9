"""The audit log page: read-only, for administrators (their organisation) and superusers (everything)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from corridor.accounts.models import User

from . import audit_log, permissions

PAGE_SIZE = 50

MODEL_LABELS = {
    "facility": _("Facilities"),
    "facilityreport": _("Facility reports"),
    "need": _("Needs"),
    "figure": _("Figures"),
    "settlement": _("Settlements"),
    "organisation": _("Organisations"),
    "user": _("Users"),
}

PATH_LABELS = {
    "web": _("web interface"),
    "api": _("API"),
    "import": _("import"),
    "command": _("command"),
    "system": _("system"),
}


class AuditFilterForm(forms.Form):
    model = forms.ChoiceField(label=_("Record type"), required=False,
                              choices=[("", _("all")), *MODEL_LABELS.items()])
    user = forms.ModelChoiceField(label=_("Changed by"), queryset=User.objects.none(), required=False,
                                  empty_label=_("anyone"))
    since = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, organisation_id: int | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        users = User.objects.order_by("username")
        if organisation_id is not None:
            users = users.filter(organisation_id=organisation_id)
        field = self.fields["user"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = users


@require_GET
def audit_log_page(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not permissions.can_view_audit(request.user):
        raise PermissionDenied
    organisation_id = permissions.audit_scope_organisation(request.user)
    form = AuditFilterForm(request.GET or None, organisation_id=organisation_id)
    flt = audit_log.AuditFilter()
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["model"]:
            flt.models = [data["model"]]
        flt.user_id = data["user"].pk if data["user"] else None
        flt.since, flt.until = data["since"], data["until"]
    merged = audit_log.MergedHistory({name: audit_log.filtered(name, organisation_id, flt) for name in flt.models})
    page = Paginator(merged, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [{
        "model": audit_log.model(name)._meta.verbose_name,
        "record": row,
        "action": audit_log.ACTIONS.get(row.history_type, row.history_type),
        "path": PATH_LABELS.get(row.audit_path, row.audit_path),
        "changes": audit_log.changes(row),
    } for name, row in page.object_list]
    return render(request, "core/audit_log.html", {"form": form, "page": page, "rows": rows})
