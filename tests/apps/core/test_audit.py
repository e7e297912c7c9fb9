"""Every change to a domain record is kept with who, when, what and through which path."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from corridor.core.audit import audit_context
from corridor.places.models import Facility, FacilityReport
from corridor.places.services import ReportInput, record_report


def test_create_update_delete_are_kept_with_user_and_path(world: Any) -> None:
    user = world.users["coordinator"]
    with audit_context("command", user=user):
        facility = Facility.objects.create(organisation=world.council, settlement=world.mariupol,
                                           kind="shelter_basement", name_en="Basement on Myru Ave")
        facility.capacity = 80
        facility.save()
        pk = facility.pk
        facility.delete()
    rows = list(Facility.history.filter(id=pk).order_by("history_id"))
    assert [r.history_type for r in rows] == ["+", "~", "-"]
    assert {r.history_user_id for r in rows} == {user.pk}
    assert {r.audit_path for r in rows} == {"command"}
    changed = rows[1].diff_against(rows[0]).changed_fields
    assert "capacity" in changed


def test_reports_are_audited_through_import_path(world: Any) -> None:
    with audit_context("import", user=world.users["administrator"]):
        report = record_report(world.shelter, ReportInput(values={
            "observed_at": timezone.now(), "source_name": "Shelter warden", "people": 120}))
    row = FacilityReport.history.get(id=report.pk)
    assert row.audit_path == "import"
    assert row.history_user_id == world.users["administrator"].pk


def test_unknown_audit_path_is_refused() -> None:
    import pytest

    with pytest.raises(ValueError), audit_context("telepathy"):
        pass


def test_password_hashes_are_not_kept_in_history(world: Any) -> None:
    from corridor.accounts.models import User

    fields = {f.name for f in User.history.model._meta.get_fields()}
    assert "password" not in fields


def test_field_worker_assignments_are_audited(world: Any) -> None:
    newcomer = world.users["other_field_worker"]
    before = Facility.history.filter(id=world.shelter.pk).count()
    with audit_context("web", user=world.users["coordinator"]):
        world.shelter.field_workers.add(newcomer)
    rows = list(Facility.history.filter(id=world.shelter.pk).order_by("history_id"))
    assert len(rows) == before + 1
    latest = rows[-1]
    assert latest.history_user_id == world.users["coordinator"].pk
    assert latest.audit_path == "web"
    assigned = {row.user_id for row in latest.field_workers.all()}
    assert assigned == {world.users["field_worker"].pk, newcomer.pk}


def test_login_does_not_write_user_history(world: Any, client: Any) -> None:
    from corridor.accounts.models import User

    user = world.users["analyst"]
    before = User.history.filter(id=user.pk).count()
    response = client.post("/accounts/login/", {"username": "analyst", "password": "correct horse battery staple 42"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.last_login is not None
    assert User.history.filter(id=user.pk).count() == before
