"""Coordinators assign field workers of their organisation to a facility."""

from __future__ import annotations

from typing import Any


def test_it_works(world: Any, as_user: Any) -> None:
    other = world.users["other_field_worker"]
    response = as_user(world.users["coordinator"]).post(f"/facilities/{world.shelter.pk}/field-workers/",
                                                        {"field_workers": [other.pk]})
    assert response.status_code == 302
    assert list(world.shelter.field_workers.all()) == [other]


def test_it_lists_only_field_workers_of_the_organisation(world: Any, as_user: Any) -> None:
    response = as_user(world.users["coordinator"]).get(f"/facilities/{world.shelter.pk}/field-workers/")
    body = response.content.decode()
    assert "other_field_worker" in body and "field_worker" in body
    assert "analyst" not in body and "other_coordinator" not in body


def test_a_user_of_another_organisation_cannot_be_assigned(world: Any, as_user: Any) -> None:
    response = as_user(world.users["coordinator"]).post(f"/facilities/{world.shelter.pk}/field-workers/",
                                                        {"field_workers": [world.users["other_coordinator"].pk]})
    assert response.status_code == 200 and "field_workers" in response.context["form"].errors
    assert list(world.shelter.field_workers.all()) == [world.users["field_worker"]]


def test_refusals(world: Any, as_user: Any) -> None:
    url = f"/facilities/{world.shelter.pk}/field-workers/"
    data: dict[str, list[int]] = {"field_workers": []}
    assert as_user(None).post(url, data).status_code == 404
    assert as_user(world.users["field_worker"]).post(url, data).status_code == 403
    assert as_user(world.users["analyst"]).post(url, data).status_code == 403
    assert as_user(world.users["other_coordinator"]).post(url, data).status_code == 403
    assert list(world.shelter.field_workers.all()) == [world.users["field_worker"]]
