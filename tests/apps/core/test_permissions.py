"""The permission rules, decided in one place, for every role and organisation."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser

from corridor.core import permissions as p


def test_public_sees_only_published_facilities(world: Any) -> None:
    anon = AnonymousUser()
    assert list(p.visible_facilities(anon)) == [world.public_point]
    assert p.can_view_facility(anon, world.public_point)
    assert not p.can_view_facility(anon, world.shelter)
    assert not p.can_view_internal(anon, world.public_point)


def test_members_see_partner_facilities_but_not_other_organisations_private_ones(world: Any) -> None:
    other = world.users["other_coordinator"]
    visible = set(p.visible_facilities(other))
    assert world.shelter in visible and world.rc_point in visible
    assert world.private_ward not in visible
    assert not p.can_view_facility(other, world.private_ward)
    assert p.can_view_facility(world.users["analyst"], world.private_ward)


def test_writers_edit_only_their_own_organisation(world: Any) -> None:
    assert p.can_edit_facility(world.users["coordinator"], world.shelter)
    assert not p.can_edit_facility(world.users["coordinator"], world.rc_point)
    assert not p.can_edit_facility(world.users["other_coordinator"], world.shelter)
    assert p.can_create_facility(world.users["coordinator"], world.council.pk)
    assert not p.can_create_facility(world.users["coordinator"], world.redcross.pk)


def test_field_worker_reports_only_on_assigned_facilities(world: Any) -> None:
    fw = world.users["field_worker"]
    assert p.can_report_on(fw, world.shelter)
    assert not p.can_report_on(fw, world.public_point)
    assert not p.can_report_on(world.users["other_field_worker"], world.shelter)
    assert not p.can_delete_facility(fw, world.shelter)
    assert not p.can_create_facility(fw)


def test_readers_never_write(world: Any) -> None:
    for role in ("analyst", "tracing_officer"):
        user = world.users[role]
        assert not p.can_edit_facility(user, world.shelter)
        assert not p.can_report_on(user, world.shelter)
        assert not p.can_create_facility(user)
        assert not p.can_import(user)


def test_audit_is_for_administrators(world: Any) -> None:
    assert p.can_view_audit(world.users["administrator"])
    assert p.can_view_audit(world.users["superuser"])
    for role in ("coordinator", "field_worker", "tracing_officer", "analyst"):
        assert not p.can_view_audit(world.users[role])
    assert not p.can_view_audit(AnonymousUser())


def test_inactive_user_has_no_rights(world: Any) -> None:
    user = world.users["coordinator"]
    user.is_active = False
    assert not p.is_member(user)
    assert not p.can_edit_facility(user, world.shelter)
    assert list(p.visible_facilities(user)) == [world.public_point]


def test_user_without_organisation_is_treated_as_public(world: Any) -> None:
    from corridor.accounts.models import User

    loner = User.objects.create_user(username="loner", password="x" * 12, role="coordinator")
    assert not p.is_member(loner)
    assert not p.can_create_facility(loner)
