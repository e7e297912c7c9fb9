"""Pages for administering accounts (administrators: their organisation's users) and organisations (superusers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods

from corridor.core import permissions

from .forms import OrganisationForm, UserCreateForm, UserEditForm, UserPasswordForm
from .models import Organisation, Role, User

PAGE_SIZE = 50


def _allowed(request: HttpRequest, check: Callable[[User], bool]) -> HttpResponse | None:
    """None when `check` lets the user in; anonymous visitors go to log in; anyone else gets 403."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not check(request.user):
        raise PermissionDenied
    return None


# --- Users ----------------------------------------------------------------------------------------------------


class UserFilterForm(forms.Form):
    organisation = forms.ModelChoiceField(label=gettext_lazy("Organisation"), queryset=Organisation.objects.all(),
                                          required=False, empty_label=gettext_lazy("all"))
    role = forms.ChoiceField(label=gettext_lazy("Role"), required=False,
                             choices=[("", gettext_lazy("all")), *Role.choices])
    state = forms.ChoiceField(label=gettext_lazy("State"), required=False, choices=[
        ("", gettext_lazy("all")), ("active", gettext_lazy("active")), ("inactive", gettext_lazy("deactivated"))])

    def __init__(self, *args: Any, show_organisation: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not show_organisation:
            del self.fields["organisation"]


@require_GET
def user_list(request: HttpRequest) -> HttpResponse:
    if refused := _allowed(request, permissions.can_manage_any_users):
        return refused
    superuser = request.user.is_superuser
    users = permissions.manageable_users(request.user).select_related("organisation")
    filters = UserFilterForm(request.GET or None, show_organisation=superuser)
    if filters.is_valid():
        data = filters.cleaned_data
        if data.get("organisation"):
            users = users.filter(organisation=data["organisation"])
        if data["role"]:
            users = users.filter(role=data["role"])
        if data["state"]:
            users = users.filter(is_active=data["state"] == "active")
    page = Paginator(users.order_by("username"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "accounts/user_list.html", {
        "filters": filters, "page": page, "show_organisation": superuser})


@require_http_methods(["GET", "POST"])
def user_create(request: HttpRequest) -> HttpResponse:
    if refused := _allowed(request, permissions.can_manage_any_users):
        return refused
    form = UserCreateForm(request.POST or None, actor=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
        messages.success(request, _("Account “%(username)s” created.") % {"username": user.username})
        return redirect("user-list")
    return render(request, "accounts/user_form.html", {"form": form, "target": None})


def _managed_user(request: HttpRequest, pk: int) -> User:
    """The account if the viewer may administer it; 404 otherwise, so other organisations' staff stay unlisted."""
    return get_object_or_404(permissions.manageable_users(request.user).select_related("organisation"), pk=pk)


@require_http_methods(["GET", "POST"])
def user_edit(request: HttpRequest, pk: int) -> HttpResponse:
    if refused := _allowed(request, permissions.can_manage_any_users):
        return refused
    target = _managed_user(request, pk)
    form = UserEditForm(request.POST or None, instance=target, actor=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Account “%(username)s” saved.") % {"username": target.username})
        if form.revoked_tokens:
            messages.success(request, ngettext("%(n)s API token revoked.", "%(n)s API tokens revoked.",
                                               form.revoked_tokens) % {"n": form.revoked_tokens})
        return redirect("user-list")
    return render(request, "accounts/user_form.html", {
        "form": form, "target": target,
        "active_tokens": target.api_tokens.filter(revoked_at__isnull=True).count()})


@require_http_methods(["GET", "POST"])
def user_password(request: HttpRequest, pk: int) -> HttpResponse:
    if refused := _allowed(request, permissions.can_manage_any_users):
        return refused
    target = _managed_user(request, pk)
    form = UserPasswordForm(target, request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
        if target.pk == request.user.pk:
            update_session_auth_hash(request, target)  # keep the administrator's own session
        messages.success(request, _("New password set for “%(username)s”.") % {"username": target.username})
        return redirect("user-list")
    return render(request, "accounts/user_password.html", {"form": form, "target": target})


# --- Organisations --------------------------------------------------------------------------------------------


@require_GET
def organisation_list(request: HttpRequest) -> HttpResponse:
    if refused := _allowed(request, permissions.can_manage_organisations):
        return refused
    organisations = Organisation.objects.annotate(
        active_users=Count("users", filter=Q(users__is_active=True))).order_by("name")
    page = Paginator(organisations, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "accounts/organisation_list.html", {"page": page})


@require_http_methods(["GET", "POST"])
def organisation_create(request: HttpRequest) -> HttpResponse:
    return _organisation_form(request, None)


@require_http_methods(["GET", "POST"])
def organisation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _organisation_form(request, pk)


def _organisation_form(request: HttpRequest, pk: int | None) -> HttpResponse:
    if refused := _allowed(request, permissions.can_manage_organisations):
        return refused
    organisation = get_object_or_404(Organisation, pk=pk) if pk is not None else None
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved = form.save()
        messages.success(request, _("Organisation “%(name)s” saved.") % {"name": saved.name})
        return redirect("organisation-list")
    return render(request, "accounts/organisation_form.html", {"form": form, "organisation": organisation})
