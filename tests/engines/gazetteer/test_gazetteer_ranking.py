"""Ties between places of the same name: population, country filter, proximity; get(); near()."""

from corridor.gazetteer import Gazetteer, haversine_km

MARIUPOL = 701822


def test_the_city_beats_a_village_of_the_same_name(gaz: Gazetteer) -> None:
    # GeoNames has a village of 656 people named exactly "Zaporizhzhia"; the city of 700,000 wins.
    place = gaz.resolve("Zaporizhzhia")
    assert place is not None and place.geonameid == 687700
    candidates = gaz.lookup("Zaporizhzhia")
    ids = [p.geonameid for p in candidates]
    assert ids[0] == 687700 and 687684 in ids


def test_lookup_lists_all_places_of_a_common_name_best_first(gaz: Gazetteer) -> None:
    places = gaz.lookup("Novoselivka", limit=50)
    assert len(places) > 10
    assert places[0].population == max(p.population for p in places)
    assert gaz.lookup("Novoselivka", limit=3) == places[:3]


def test_country_filter(gaz: Gazetteer) -> None:
    ua = gaz.resolve("Kyiv", country="UA")
    assert ua is not None and ua.country_code == "UA"
    assert gaz.resolve("Kyiv", country="PL") is None
    for place in gaz.lookup("Novoselivka", country="ua"):
        assert place.country_code == "UA"
    # Siret is a Romanian border town; with country="UA" only the Ukrainian namesakes remain, if any.
    assert gaz.resolve("Siret").country_code == "RO"  # type: ignore[union-attr]
    assert all(p.country_code == "UA" for p in gaz.lookup("Siret", country="UA"))


def test_proximity_prefers_the_nearby_namesake(gaz: Gazetteer) -> None:
    # Compare with namesakes by official name (a village that merely had that name once ranks lower).
    everywhere = [p for p in gaz.lookup("Novoselivka", limit=200) if p.name == "Novoselivka"]
    for anchor in (MARIUPOL, 698740):  # Mariupol, Odesa
        centre = gaz.get(anchor)
        assert centre is not None
        here = (centre.lat, centre.lon)
        nearest = min(everywhere, key=lambda p: haversine_km(here, (p.lat, p.lon)))
        chosen = gaz.resolve("Novoselivka", near=here)
        assert chosen is not None
        # Proximity outweighs a small population difference: at most 30 km further than the nearest.
        assert (
            haversine_km(here, (chosen.lat, chosen.lon))
            <= haversine_km(here, (nearest.lat, nearest.lon)) + 30
        )
    assert gaz.resolve("Novoselivka", near=(47.1, 37.5)) != gaz.resolve("Novoselivka", near=(46.5, 30.7))


def test_get_by_geonameid(gaz: Gazetteer) -> None:
    place = gaz.get(MARIUPOL)
    assert place is not None and place.name == "Mariupol"
    assert gaz.get(709716).kind == "oblast"  # type: ignore[union-attr]
    assert gaz.get(690791).kind == "country"  # type: ignore[union-attr]
    assert gaz.get(-1) is None


def test_near_returns_neighbours_sorted_by_distance(gaz: Gazetteer) -> None:
    mariupol = gaz.get(MARIUPOL)
    assert mariupol is not None
    found = gaz.near(mariupol.lat, mariupol.lon, radius_km=30, limit=200)
    names = {p.name for p, _ in found}
    assert "Mariupol" in names and "Sartana" in names
    distances = [d for _, d in found]
    assert distances == sorted(distances)
    assert all(d <= 30 for d in distances)
    assert found[0][0].geonameid == MARIUPOL and found[0][1] < 1
    assert "Berdyansk" not in names  # about 70 km away
    assert len(gaz.near(mariupol.lat, mariupol.lon, radius_km=30, limit=5)) == 5


def test_haversine_km() -> None:
    assert haversine_km((0.0, 0.0), (0.0, 0.0)) == 0.0
    mariupol_to_berdyansk = haversine_km((47.09514, 37.54131), (46.75578, 36.78815))
    assert 65 < mariupol_to_berdyansk < 75
    assert abs(haversine_km((0.0, 0.0), (0.0, 1.0)) - 111.19) < 0.1


def test_settlements_by_country(gaz: Gazetteer) -> None:
    ua = list(gaz.settlements("UA"))
    assert len(ua) > 5000
    assert all(p.kind == "settlement" and p.country_code == "UA" for p in ua)
    md = list(gaz.settlements("MD"))
    assert any(p.name == "Chisinau" for p in md)
    assert len(list(gaz.settlements())) > len(ua) + len(md)


def test_oblasts_and_countries_resolve(gaz: Gazetteer) -> None:
    oblast = gaz.resolve("Donetsk Oblast")
    assert oblast is not None and oblast.kind == "oblast" and oblast.admin1_code == "05"
    assert gaz.resolve("Донецька область") == oblast == gaz.resolve("Донецкая область")
    assert gaz.resolve("Donetsk region") == oblast
    assert gaz.resolve("Donetsk").kind == "settlement"  # type: ignore[union-attr]
    assert gaz.resolve("Crimea").admin1_code == "11"  # type: ignore[union-attr]
    assert len(gaz.oblasts()) == 27
    for names, iso in [
        (("Ukraine", "Україна", "Украина"), "UA"),
        (("Poland", "Польща", "Польша", "Polska"), "PL"),
        (("Moldova", "Молдова"), "MD"),
        (("Romania", "Румунія", "Румыния"), "RO"),
        (("Hungary", "Угорщина", "Венгрия"), "HU"),
        (("Slovakia", "Словаччина", "Словакия"), "SK"),
        (("Russia", "Росія", "Россия"), "RU"),
        (("Belarus", "Білорусь", "Беларусь"), "BY"),
        (("Germany", "Німеччина", "Германия"), "DE"),
        (("Czechia", "Czech Republic", "Чехія", "Чехия"), "CZ"),
    ]:
        for name in names:
            place = gaz.resolve(name)
            assert place is not None and place.kind == "country" and place.country_code == iso, name


def test_country_coordinates_are_its_capital(gaz: Gazetteer) -> None:
    poland = gaz.resolve("Poland")
    warsaw = gaz.resolve("Warsaw")
    assert poland is not None and warsaw is not None
    assert (poland.lat, poland.lon) == (warsaw.lat, warsaw.lon)
