"""Who may do what: the one place where Corridor decides access. Views, API, imports and exports all ask here.

Rules (least privilege):
- The public (anonymous, or a user without an organisation) sees only published facilities, without notes.
- Members of any organisation see facilities shared with partners, and their own organisation's private ones.
- Administrators and coordinators create, edit and delete facilities of their own organisation and report on them.
- Field workers report on, and edit, only the facilities they are assigned to.
- Tracing officers and analysts read; analysts export. Nobody edits history; administrators read the audit log.
- Superusers (system operators) may do everything.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from rest_framework.permissions import BasePermission

WRITER_ROLES = {"administrator", "coordinator"}


def is_member(user: Any) -> bool:
    """An active, authenticated user who belongs to an organisation (or a superuser)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return bool(user.is_superuser or user.organisation_id)


def role(user: Any) -> str | None:
    return getattr(user, "role", None) if is_member(user) else None


def same_org(user: Any, organisation_id: int | None) -> bool:
    return is_member(user) and user.organisation_id is not None and user.organisation_id == organisation_id


# --- Facilities -------------------------------------------------------------------------------------------


def visible_facilities(user: Any, queryset: QuerySet | None = None) -> QuerySet:
    """The facilities `user` may see; every list, map, dashboard and export starts from this."""
    from corridor.places.models import Facility, Visibility

    qs = queryset if queryset is not None else Facility.objects.all()
    if not is_member(user):
        return qs.filter(published=True)
    if user.is_superuser:
        return qs
    return qs.filter(Q(published=True) | Q(visibility=Visibility.PARTNERS) | Q(organisation_id=user.organisation_id))


def can_view_facility(user: Any, facility: Any) -> bool:
    if facility.published:
        return True
    if not is_member(user):
        return False
    return bool(user.is_superuser or facility.visibility == "partners" or same_org(user, facility.organisation_id))


def can_view_internal(user: Any, facility: Any) -> bool:
    """Internal notes, report sources and history are for members who may see the facility, not the public."""
    return is_member(user) and can_view_facility(user, facility)


def can_create_facility(user: Any, organisation_id: int | None = None) -> bool:
    if not is_member(user):
        return False
    if user.is_superuser:
        return True
    if user.role not in WRITER_ROLES:
        return False
    return organisation_id is None or same_org(user, organisation_id)


def can_edit_facility(user: Any, facility: Any) -> bool:
    if not is_member(user):
        return False
    if user.is_superuser:
        return True
    if user.role in WRITER_ROLES:
        return same_org(user, facility.organisation_id)
    if user.role == "field_worker":
        return is_assigned(user, facility)
    return False


def can_delete_facility(user: Any, facility: Any) -> bool:
    if not is_member(user):
        return False
    return bool(user.is_superuser or (user.role in WRITER_ROLES and same_org(user, facility.organisation_id)))


def can_report_on(user: Any, facility: Any) -> bool:
    """Recording a status/occupancy/needs report follows the same rule as editing the facility."""
    return can_edit_facility(user, facility)


def can_manage_assignments(user: Any, facility: Any) -> bool:
    return can_delete_facility(user, facility)


def can_publish_facility(user: Any, facility: Any) -> bool:
    """Publishing a location (or widening who sees it) can draw fire: writers of its organisation decide, not
    the field workers who may otherwise edit it."""
    if facility is None or not facility.pk:
        return can_create_facility(user)
    return can_delete_facility(user, facility)


def is_assigned(user: Any, facility: Any) -> bool:
    if not facility.pk:
        return False
    return facility.field_workers.filter(pk=user.pk).exists()


# --- Data in bulk, accounts, audit --------------------------------------------------------------------------


def can_export(user: Any) -> bool:
    """Members export what they may see; the public exports published facilities only (same filter)."""
    return True


def can_import(user: Any) -> bool:
    return is_member(user) and (user.is_superuser or user.role in WRITER_ROLES)


def can_view_audit(user: Any) -> bool:
    return is_member(user) and (user.is_superuser or user.role == "administrator")


def audit_scope_organisation(user: Any) -> int | None:
    """None means all organisations (superuser); otherwise the administrator's own organisation."""
    return None if user.is_superuser else user.organisation_id


def can_manage_users(user: Any, organisation_id: int | None) -> bool:
    if not is_member(user):
        return False
    return bool(user.is_superuser or (user.role == "administrator" and same_org(user, organisation_id)))


def manageable_users(user: Any, queryset: QuerySet | None = None) -> QuerySet:
    """The accounts `user` may administer: every account for a superuser; for an administrator, the accounts of
    their own organisation except superusers (whose password an administrator could otherwise reset)."""
    from corridor.accounts.models import User

    qs = queryset if queryset is not None else User.objects.all()
    if not is_member(user):
        return qs.none()
    if user.is_superuser:
        return qs
    if not can_manage_users(user, user.organisation_id):
        return qs.none()
    return qs.filter(organisation_id=user.organisation_id, is_superuser=False)


def can_manage_any_users(user: Any) -> bool:
    """Whether the user-administration pages are open to `user` at all (which accounts: `manageable_users`)."""
    return bool(is_member(user) and (user.is_superuser or can_manage_users(user, user.organisation_id)))


def can_manage_organisations(user: Any) -> bool:
    """Organisations bound every other permission, so only system operators create or rename them."""
    return bool(is_member(user) and user.is_superuser)


def can_view_dashboard(user: Any) -> bool:
    """Dashboards aggregate what the user may see; the public gets published facilities only."""
    return True


# --- DRF glue -----------------------------------------------------------------------------------------------


class DenyAll(BasePermission):
    """Default for any API view that forgot to declare its permission: refuse."""

    def has_permission(self, request: Any, view: Any) -> bool:
        return False


class FacilityPermission(BasePermission):
    """Facility endpoints: read follows visibility, writes follow the rules above."""

    def has_permission(self, request: Any, view: Any) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return True
        if request.method == "POST":
            return can_create_facility(request.user)
        return is_member(request.user)

    def has_object_permission(self, request: Any, view: Any, obj: Any) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return can_view_facility(request.user, obj)
        if request.method == "DELETE":
            return can_delete_facility(request.user, obj)
        return can_edit_facility(request.user, obj)


class MemberReadOnly(BasePermission):
    """Endpoints only members may read and nobody writes (audit, settlements' internal data)."""

    def has_permission(self, request: Any, view: Any) -> bool:
        return request.method in ("GET", "HEAD", "OPTIONS") and is_member(request.user)


class PublicReadOnly(BasePermission):
    def has_permission(self, request: Any, view: Any) -> bool:
        return request.method in ("GET", "HEAD", "OPTIONS")


class FacilityReportPermission(BasePermission):
    """A facility's reports: read with the facility (sources only for members), report if you may edit it."""

    def has_permission(self, request: Any, view: Any) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return True
        return request.method == "POST" and is_member(request.user)

    def has_object_permission(self, request: Any, view: Any, obj: Any) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return can_view_facility(request.user, obj)
        return can_report_on(request.user, obj)


def can_manage_own_tokens(user: Any) -> bool:
    """Any active account may hold API tokens for itself; tokens carry exactly the user's own rights."""
    return bool(getattr(user, "is_authenticated", False) and user.is_active)


class OwnTokens(BasePermission):
    def has_permission(self, request: Any, view: Any) -> bool:
        return can_manage_own_tokens(request.user)

    def has_object_permission(self, request: Any, view: Any, obj: Any) -> bool:
        return obj.user_id == request.user.pk
