"""The map page and the GeoJSON of visible facilities it draws."""

from __future__ import annotations

from typing import Any

from django.test import override_settings


def test_geojson_lists_visible_facilities_with_coordinates(world: Any, as_user: Any) -> None:
    data = as_user(world.users["coordinator"]).get("/map/facilities.geojson").json()
    names = {f["properties"]["name"] for f in data["features"]}
    assert names == {world.shelter.name_en, world.public_point.name_en}  # the others have no coordinates
    shelter = next(f for f in data["features"] if f["id"] == world.shelter.pk)
    assert shelter["geometry"]["coordinates"] == [37.55, 47.1]
    assert shelter["properties"]["url"] == f"/facilities/{world.shelter.pk}/"


def test_public_geojson_has_only_published_facilities(world: Any, as_user: Any) -> None:
    data = as_user(None).get("/map/facilities.geojson").json()
    assert [f["id"] for f in data["features"]] == [world.public_point.pk]
    assert "notes" not in str(data) and "gate code" not in str(data)


def test_other_organisation_does_not_get_private_facilities(world: Any, as_user: Any) -> None:
    world.private_ward.lat, world.private_ward.lon = 47.12, 37.5
    world.private_ward.save()
    ids = [f["id"] for f in as_user(world.users["other_coordinator"]).get("/map/facilities.geojson").json()["features"]]
    assert world.private_ward.pk not in ids and world.shelter.pk in ids


def test_names_follow_the_language(world: Any, as_user: Any) -> None:
    world.public_point.name_uk = "Пункт збору: ТРЦ Порт Сіті"
    world.public_point.save()
    client = as_user(None)
    data = client.get("/map/facilities.geojson", headers={"accept-language": "uk"}).json()
    assert data["features"][0]["properties"]["name"] == "Пункт збору: ТРЦ Порт Сіті"


def test_map_page_passes_config_without_inline_script(world: Any, as_user: Any) -> None:
    response = as_user(None).get("/map/")
    body = response.content.decode()
    assert response.status_code == 200
    assert 'data-facilities="/map/facilities.geojson"' in body
    assert 'data-tiles=""' in body
    assert "<script>" not in body and "<style" not in body and "style=" not in body
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert world.public_point.name_en in body  # the list under the map works without JavaScript


@override_settings(MAP_TILE_URL="https://tiles.example.org/{z}/{x}/{y}.png")
def test_tile_url_comes_from_settings(world: Any, as_user: Any) -> None:
    body = as_user(None).get("/map/").content.decode()
    assert 'data-tiles="https://tiles.example.org/{z}/{x}/{y}.png"' in body
