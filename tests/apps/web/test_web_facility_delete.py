"""Deleting a facility: a confirmation page, then POST; only writers of its organisation."""

from __future__ import annotations

from typing import Any

from corridor.places.models import Facility


def test_it_asks_then_deletes(world: Any, as_user: Any) -> None:
    client = as_user(world.users["coordinator"])
    url = f"/facilities/{world.shelter.pk}/delete/"
    page = client.get(url)
    assert page.status_code == 200 and b"<form method=\"post\"" in page.content
    assert Facility.objects.filter(pk=world.shelter.pk).exists()
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == "/facilities/"
    assert not Facility.objects.filter(pk=world.shelter.pk).exists()
    assert Facility.history.filter(id=world.shelter.pk, history_type="-").exists()


def test_refusals(world: Any, as_user: Any) -> None:
    url = f"/facilities/{world.shelter.pk}/delete/"
    assert as_user(None).post(url).status_code == 404
    assert as_user(world.users["field_worker"]).post(url).status_code == 403  # assigned, but may not delete
    assert as_user(world.users["analyst"]).post(url).status_code == 403
    assert as_user(world.users["other_coordinator"]).post(url).status_code == 403
    assert Facility.objects.filter(pk=world.shelter.pk).exists()


def test_anonymous_is_sent_to_login_for_a_published_facility(world: Any, as_user: Any) -> None:
    response = as_user(None).post(f"/facilities/{world.public_point.pk}/delete/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert Facility.objects.filter(pk=world.public_point.pk).exists()
