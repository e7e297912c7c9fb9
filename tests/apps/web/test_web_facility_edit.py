"""Editing a facility: permissions, validation, and no lost update when two people edit at once."""

from __future__ import annotations

from typing import Any

from corridor.places.models import Facility


def _form(facility: Any, **changes: Any) -> dict[str, Any]:
    data = {"settlement": facility.settlement_id, "settlement_name": facility.settlement.name_en,
            "kind": facility.kind, "name_en": facility.name_en, "name_uk": facility.name_uk,
            "name_ru": facility.name_ru, "address": facility.address, "lat": facility.lat or "",
            "lon": facility.lon or "", "capacity": facility.capacity or "", "visibility": facility.visibility,
            "notes": facility.notes, "version": facility.version}
    if facility.published:
        data["published"] = "on"
    data.update(changes)
    return data


def test_it_works_and_increments_version(world: Any, as_user: Any) -> None:
    url = f"/facilities/{world.shelter.pk}/edit/"
    response = as_user(world.users["coordinator"]).post(url, _form(world.shelter, capacity=350))
    assert response.status_code == 302
    world.shelter.refresh_from_db()
    assert world.shelter.capacity == 350
    assert world.shelter.version == 2
    assert world.shelter.settlement == world.mariupol


def test_form_carries_the_version(world: Any, as_user: Any) -> None:
    response = as_user(world.users["coordinator"]).get(f"/facilities/{world.shelter.pk}/edit/")
    assert b'name="version" value="1"' in response.content


def test_stale_version_is_refused_without_losing_either_edit(world: Any, as_user: Any) -> None:
    url = f"/facilities/{world.shelter.pk}/edit/"
    stale = _form(world.shelter, capacity=999)  # editor B opened the form at version 1
    client = as_user(world.users["coordinator"])
    assert client.post(url, _form(world.shelter, capacity=350)).status_code == 302  # editor A saves first
    response = as_user(world.users["administrator"]).post(url, stale)
    assert response.status_code == 200
    assert "changed this facility while you were editing" in response.content.decode()
    world.shelter.refresh_from_db()
    assert world.shelter.capacity == 350 and world.shelter.version == 2  # A's edit stands
    # B's input is kept on the page, with the version they have now seen: saving again is a decision.
    assert b'value="999"' in response.content
    assert b'name="version" value="2"' in response.content
    assert as_user(world.users["administrator"]).post(url, _form(world.shelter, capacity=999)).status_code == 302
    world.shelter.refresh_from_db()
    assert world.shelter.capacity == 999 and world.shelter.version == 3


def test_assigned_field_worker_may_edit(world: Any, as_user: Any) -> None:
    url = f"/facilities/{world.shelter.pk}/edit/"
    assert as_user(world.users["field_worker"]).post(url, _form(world.shelter, address="Myru 1")).status_code == 302
    world.shelter.refresh_from_db()
    assert world.shelter.address == "Myru 1"


def test_refusals(world: Any, as_user: Any) -> None:
    url = f"/facilities/{world.shelter.pk}/edit/"
    data = _form(world.shelter, capacity=1)
    anonymous = as_user(None).post(url, data)
    assert anonymous.status_code == 404  # not published: the public does not learn it exists
    assert as_user(world.users["other_field_worker"]).post(url, data).status_code == 403  # not assigned
    assert as_user(world.users["analyst"]).post(url, data).status_code == 403
    assert as_user(world.users["other_coordinator"]).post(url, data).status_code == 403  # other organisation
    world.shelter.refresh_from_db()
    assert world.shelter.capacity == 300 and world.shelter.version == 1


def test_anonymous_is_sent_to_login_for_a_published_facility(world: Any, as_user: Any) -> None:
    response = as_user(None).get(f"/facilities/{world.public_point.pk}/edit/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_bad_input_shows_field_errors_and_writes_nothing(world: Any, as_user: Any) -> None:
    url = f"/facilities/{world.shelter.pk}/edit/"
    response = as_user(world.users["coordinator"]).post(url, _form(world.shelter, name_en="", lat="47.1", lon=""))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "name_en" in errors and "lon" in errors
    world.shelter.refresh_from_db()
    assert world.shelter.name_en == "School No. 12 basement" and world.shelter.version == 1


def test_changing_the_settlement_by_name(world: Any, as_user: Any) -> None:
    url = f"/facilities/{world.shelter.pk}/edit/"
    as_user(world.users["coordinator"]).post(url, _form(world.shelter, settlement_name="Запоріжжя"))
    assert Facility.objects.get(pk=world.shelter.pk).settlement == world.zaporizhzhia


def test_field_worker_cannot_publish_or_widen_visibility(world: Any, as_user: Any) -> None:
    world.shelter.visibility = "organisation"
    world.shelter.save()
    url = f"/facilities/{world.shelter.pk}/edit/"
    client = as_user(world.users["field_worker"])
    assert b'name="published"' not in client.get(url).content
    response = client.post(url, _form(world.shelter, published="on", visibility="partners", address="Myru 2"))
    assert response.status_code == 302
    world.shelter.refresh_from_db()
    assert world.shelter.address == "Myru 2"
    assert world.shelter.published is False and world.shelter.visibility == "organisation"


def test_coordinator_may_publish(world: Any, as_user: Any) -> None:
    url = f"/facilities/{world.shelter.pk}/edit/"
    as_user(world.users["coordinator"]).post(url, _form(world.shelter, published="on"))
    world.shelter.refresh_from_db()
    assert world.shelter.published is True
