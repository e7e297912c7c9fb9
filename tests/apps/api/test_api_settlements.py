"""Settlements by any spelling, settlement dashboards and needs across facilities, through the API."""

from __future__ import annotations

from typing import Any

import pytest

from corridor.places.services import NeedInput


@pytest.mark.parametrize("spelling", ["Маріуполь", "Мариуполь", "Mariupol", "Mariupol'"])
def test_settlement_is_found_by_any_spelling(world: Any, api_as: Any, spelling: str) -> None:
    api = api_as(None)
    assert api.get(f"/api/settlements/{spelling}/").json()["id"] == world.mariupol.pk
    listed = api.get("/api/settlements/", {"name": spelling}).json()
    assert [s["id"] for s in listed["results"]] == [world.mariupol.pk]


def test_settlement_list_detail_and_unknown(world: Any, api_as: Any) -> None:
    api = api_as(None)
    assert api.get("/api/settlements/").json()["count"] == 2
    assert api.get(f"/api/settlements/{world.zaporizhzhia.pk}/").json()["name_uk"] == "Запоріжжя"
    assert api.get("/api/settlements/Atlantis/").status_code == 404
    assert api.get("/api/settlements/", {"name": "Atlantis"}).json()["count"] == 0


def test_settlements_are_read_only(world: Any, api_as: Any) -> None:
    api = api_as(world.users["administrator"])
    assert api.post("/api/settlements/", {"name_en": "X"}, format="json").status_code == 403
    assert api_as(None).post("/api/settlements/", {"name_en": "X"}, format="json").status_code == 401
    assert api.delete(f"/api/settlements/{world.mariupol.pk}/").status_code == 403


def test_dashboard_totals_follow_what_the_viewer_may_see(world: Any, api_as: Any, report_on: Any) -> None:
    report_on(world.shelter, people=250, children=40, needs=[NeedInput("water", 4)])
    report_on(world.private_ward, people=30, needs=[NeedInput("baby_formula", 3)])
    report_on(world.public_point, people=100, status="open")
    member = api_as(world.users["analyst"]).get("/api/settlements/Маріуполь/dashboard/").json()
    assert member["facilities"] == 3
    assert member["totals"]["people"] == 380 and member["totals"]["children"] == 40
    assert [(n["item"], n["urgency"]) for n in member["needs"]] == [("water", 4), ("baby_formula", 3)]
    other = api_as(world.users["other_coordinator"]).get(f"/api/settlements/{world.mariupol.pk}/dashboard/")
    assert other.json()["totals"]["people"] == 350  # the private ward is not theirs to see
    public = api_as(None).get(f"/api/settlements/{world.mariupol.pk}/dashboard/").json()
    assert public["facilities"] == 1 and public["totals"]["people"] == 100 and public["needs"] == []


def test_dashboard_flags_stale_facilities(world: Any, api_as: Any, report_on: Any) -> None:
    report_on(world.shelter, hours_ago=48, people=10)
    report_on(world.public_point, hours_ago=1, people=10)
    body = api_as(world.users["coordinator"]).get(f"/api/settlements/{world.mariupol.pk}/dashboard/").json()
    assert {f["name_en"] for f in body["stale"]} == {world.shelter.name_en, world.private_ward.name_en}


def test_dashboard_of_unknown_settlement_is_404(world: Any, api_as: Any) -> None:
    assert api_as(None).get("/api/settlements/999999/dashboard/").status_code == 404


def test_needs_across_facilities_ranked_and_filtered(world: Any, api_as: Any, report_on: Any) -> None:
    report_on(world.shelter, people=250, needs=[NeedInput("water", 3)])
    report_on(world.rc_point, people=900, needs=[NeedInput("food", 3), NeedInput("fuel", 1)])
    report_on(world.private_ward, needs=[NeedInput("medicine", 4)])
    api = api_as(world.users["other_coordinator"])
    ranked = [(n["facility_name"], n["item"]) for n in api.get("/api/needs/").json()["results"]]
    assert ranked == [(world.rc_point.name_en, "food"), (world.shelter.name_en, "water"),
                      (world.rc_point.name_en, "fuel")]
    in_mariupol = api.get("/api/needs/", {"settlement": "Mariupol"}).json()["results"]
    assert [n["item"] for n in in_mariupol] == ["water"]
    assert api_as(None).get("/api/needs/").json()["count"] == 0
    assert api.get("/api/needs/", {"kind": "castle"}).status_code == 400


@pytest.mark.parametrize("who, code", [(None, 401), ("analyst", 403), ("field_worker", 403),
                                       ("other_coordinator", 403), ("administrator", 403)])
def test_read_only_endpoints_refuse_every_write(world: Any, api_as: Any, who: Any, code: int) -> None:
    api = api_as(world.users.get(who))
    for url in ("/api/needs/", "/api/settlements/", f"/api/settlements/{world.mariupol.pk}/",
                f"/api/settlements/{world.mariupol.pk}/dashboard/"):
        for method in (api.post, api.put, api.patch, api.delete):
            assert method(url, {}, format="json").status_code == code, (url, method)


def test_facility_needs_follow_facility_visibility(world: Any, api_as: Any, report_on: Any) -> None:
    report_on(world.private_ward, needs=[NeedInput("baby_formula", 4)])
    url = f"/api/facilities/{world.private_ward.pk}/needs/"
    assert api_as(world.users["other_coordinator"]).get(url).status_code == 404
    assert api_as(None).get(url).status_code == 404
    assert [n["item"] for n in api_as(world.users["field_worker"]).get(url).json()] == ["baby_formula"]
    assert api_as(world.users["coordinator"]).post(url, {}, format="json").status_code == 405
