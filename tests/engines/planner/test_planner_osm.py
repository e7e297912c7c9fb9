"""Travel times from an OpenStreetMap extract: a tiny road grid written for the test (XML and PBF)."""

from __future__ import annotations

import math

import osmium
import pytest

from conftest import solve, tiny
from corridor.planner.osm import osm_matrix

# A 3 × 3 grid of streets ~1.1 km apart; the east–west street in the middle is a primary road.
LATS = [47.100, 47.110, 47.120]
LONS = [37.530, 37.545, 37.560]


def grid_xml() -> str:
    nodes, ways = [], []
    nid = lambda r, c: 1 + r * 3 + c
    for r, lat in enumerate(LATS):
        for c, lon in enumerate(LONS):
            nodes.append(f'<node id="{nid(r, c)}" version="1" lat="{lat}" lon="{lon}"/>')
    wid = 100
    for r in range(3):
        kind = "primary" if r == 1 else "residential"
        refs = "".join(f'<nd ref="{nid(r, c)}"/>' for c in range(3))
        ways.append(f'<way id="{wid}" version="1">{refs}<tag k="highway" v="{kind}"/></way>')
        wid += 1
    for c in range(3):
        refs = "".join(f'<nd ref="{nid(r, c)}"/>' for r in range(3))
        ways.append(f'<way id="{wid}" version="1">{refs}<tag k="highway" v="residential"/></way>')
        wid += 1
    ways.append('<way id="900" version="1"><nd ref="1"/><nd ref="9"/><tag k="waterway" v="river"/></way>')
    return "<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\">" + "".join(nodes + ways) + "</osm>\n"


@pytest.fixture
def osm_file(tmp_path):  # type: ignore[no-untyped-def]
    f = tmp_path / "grid.osm"
    f.write_text(grid_xml())
    return f


def test_times_follow_the_streets(osm_file) -> None:
    pts = [(LATS[0], LONS[0]), (LATS[2], LONS[2]), (LATS[1], LONS[0]), (LATS[1], LONS[2]), (LATS[0], LONS[2])]
    sec, met = osm_matrix(str(osm_file), pts, 25)
    # corner to corner is the Manhattan distance, not the diagonal (the river is no road)
    assert met[0, 1] == pytest.approx(2 * 1112 + 2 * 1140, rel=0.03)
    # along the primary road (45 km/h) is faster than along the residential one (20 km/h) of the same length
    assert met[2, 3] == pytest.approx(met[0, 4], rel=0.01)
    assert sec[2, 3] == pytest.approx(met[2, 3] / (45 / 3.6), rel=0.01)
    assert sec[0, 4] == pytest.approx(met[0, 4] / (20 / 3.6), rel=0.01)
    assert sec[0, 1] == pytest.approx(sec[1, 0])


def test_a_blocked_street_is_driven_round(osm_file) -> None:
    pts = [(LATS[1], LONS[0]), (LATS[1], LONS[1])]
    free, _ = osm_matrix(str(osm_file), pts, 25)
    wall = [[(47.108, 37.537), (47.112, 37.537)]]
    cut, cut_m = osm_matrix(str(osm_file), pts, 25, blocked=wall)
    assert cut[0, 1] > free[0, 1] and cut_m[0, 1] == pytest.approx(1140 + 2 * 1112, rel=0.03)
    zone = [[(47.095, 37.525), (47.125, 37.525), (47.125, 37.538), (47.095, 37.538)]]
    off, _ = osm_matrix(str(osm_file), pts, 25, zones=zone)
    assert math.isinf(off[0, 1])


def test_a_pbf_extract_gives_the_same_times(osm_file, tmp_path) -> None:
    pbf = tmp_path / "grid.osm.pbf"
    with osmium.SimpleWriter(str(pbf)) as writer:
        for obj in osmium.FileProcessor(str(osm_file)):
            writer.add(obj)
    pts = [(LATS[0], LONS[0]), (LATS[2], LONS[2])]
    assert osm_matrix(str(pbf), pts, 25)[0][0, 1] == pytest.approx(osm_matrix(str(osm_file), pts, 25)[0][0, 1])


def test_a_scenario_planned_over_osm_roads(osm_file) -> None:
    data = tiny(travel={"mode": "osm", "osm_file": str(osm_file), "speed_kmh": 25})
    _sc, p = solve(data)
    assert p["check"]["ok"], p["check"]["violations"]
    assert p["summary"]["evacuated_total"] == 15


def test_a_bad_osm_file_is_bad_input(tmp_path) -> None:
    from corridor.planner import ScenarioError

    f = tmp_path / "empty.osm"
    f.write_text("<?xml version='1.0'?><osm version=\"0.6\"></osm>")
    with pytest.raises(ScenarioError) as exc:
        solve(tiny(travel={"mode": "osm", "osm_file": str(f)}))
    assert "travel.osm_file: OSM file" in str(exc.value) and "no drivable roads" in str(exc.value)
