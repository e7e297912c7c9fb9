"""The audit log page: administrators read their organisation's trail, superusers everything, nobody edits."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from corridor.core.audit import audit_context
from corridor.places.models import Facility
from corridor.places.services import ReportInput, record_report


def _changes(world: Any) -> None:
    with audit_context("web", user=world.users["coordinator"]):
        world.shelter.capacity = 350
        world.shelter.save()
    with audit_context("api", user=world.users["other_coordinator"]):
        world.rc_point.capacity = 2500
        world.rc_point.save()
    with audit_context("import", user=world.users["administrator"]):
        record_report(world.shelter, ReportInput(values={"observed_at": timezone.now(), "source_name": "warden",
                                                         "people": 77}))


def test_administrator_sees_own_organisations_changes_with_diff(world: Any, as_user: Any) -> None:
    _changes(world)
    response = as_user(world.users["administrator"]).get("/audit/")
    assert response.status_code == 200
    body = response.content.decode()
    assert world.shelter.name_en in body
    assert "capacity" in body and "300" in body and "350" in body  # what changed, old → new
    assert world.rc_point.name_en not in body  # Red Cross record
    paths = {row["record"].audit_path for row in response.context["rows"]}
    assert {"web", "import"} <= paths and "api" not in paths
    assert "web interface" in body and "import" in body


def test_superuser_sees_everything(world: Any, as_user: Any) -> None:
    _changes(world)
    body = as_user(world.users["superuser"]).get("/audit/").content.decode()
    assert world.rc_point.name_en in body and world.shelter.name_en in body


def test_filters_by_model_user_and_date(world: Any, as_user: Any) -> None:
    _changes(world)
    client = as_user(world.users["superuser"])
    rows = client.get("/audit/?model=facilityreport").context["rows"]
    assert rows and all(row["record"].instance_type is world.shelter.reports.model for row in rows)
    rows = client.get(f"/audit/?user={world.users['other_coordinator'].pk}").context["rows"]
    assert [row["record"].id for row in rows] == [world.rc_point.pk]
    assert client.get("/audit/?since=2999-01-01").context["rows"] == []
    today = timezone.localdate().isoformat()
    assert client.get(f"/audit/?since={today}&until={today}").context["rows"]


def test_it_paginates_across_models(world: Any, as_user: Any) -> None:
    with audit_context("command", user=world.users["coordinator"]):
        for n in range(60):
            Facility.objects.create(organisation=world.council, settlement=world.mariupol, kind="shelter_basement",
                                    name_en=f"Basement {n:02d}")
    client = as_user(world.users["administrator"])
    first = client.get("/audit/")
    assert len(first.context["rows"]) == 50
    assert "Basement 59" in first.content.decode()  # newest first
    second = client.get("/audit/?page=2").content.decode()
    assert "Basement 00" in second


def test_refusals(world: Any, as_user: Any) -> None:
    anonymous = as_user(None).get("/audit/")
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    for role in ("coordinator", "field_worker", "tracing_officer", "analyst"):
        assert as_user(world.users[role]).get("/audit/").status_code == 403


def test_it_is_read_only(world: Any, as_user: Any) -> None:
    assert as_user(world.users["administrator"]).post("/audit/", {}).status_code == 405


def test_bad_filter_is_shown_not_crashed(world: Any, as_user: Any) -> None:
    response = as_user(world.users["administrator"]).get("/audit/?since=yesterday&model=spaceship")
    assert response.status_code == 200
    assert "since" in response.context["form"].errors and "model" in response.context["form"].errors
