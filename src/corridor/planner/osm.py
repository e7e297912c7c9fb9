"""Travel times over the roads of an OpenStreetMap extract (.osm or .osm.pbf) the user provides, read with pyosmium.

Every way tagged `highway` of a drivable kind becomes road edges in both directions (in a siege the
one-way signs matter less than the shelling); an edge that crosses a blocked segment or touches a
danger zone is dropped. Each place is snapped to the nearest road node (the snap is driven at the
scenario's speed), and times are shortest paths by the speed of each road kind.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from .geo import great_circle_m, leg_crosses_polygon, segments_cross

# km/h for buses on each kind of road in a damaged city.
ROAD_SPEEDS = {
    "motorway": 70, "trunk": 60, "primary": 45, "secondary": 40, "tertiary": 35, "unclassified": 25,
    "residential": 20, "living_street": 10, "service": 15, "motorway_link": 40, "trunk_link": 35,
    "primary_link": 30, "secondary_link": 30, "tertiary_link": 25, "road": 20,
}


class OsmError(ValueError):
    pass


def read_roads(path: str) -> tuple[dict[int, tuple[float, float]], list[tuple[int, int, float]]]:
    """Nodes (id -> (lat, lon)) and road edges (a, b, km/h) of an OSM file."""
    try:
        import osmium
    except ImportError as exc:  # pragma: no cover - osmium is a pinned dependency
        raise OsmError("travel mode 'osm' needs the osmium package (pyosmium)") from exc

    nodes: dict[int, tuple[float, float]] = {}
    edges: list[tuple[int, int, float]] = []

    class Roads(osmium.SimpleHandler):
        def way(self, w: object) -> None:
            kind = w.tags.get("highway")  # type: ignore[attr-defined]
            if kind not in ROAD_SPEEDS:
                return
            refs = []
            for n in w.nodes:  # type: ignore[attr-defined]
                if n.location.valid():
                    nodes[n.ref] = (n.location.lat, n.location.lon)
                    refs.append(n.ref)
            edges.extend((a, b, float(ROAD_SPEEDS[kind])) for a, b in itertools.pairwise(refs))

    try:
        Roads().apply_file(path, locations=True)
    except RuntimeError as exc:
        raise OsmError(f"cannot read OSM file {path}: {exc}") from None
    if not edges:
        raise OsmError(f"OSM file {path} has no drivable roads (ways tagged highway=…)")
    return nodes, edges


def osm_matrix(path: str, pts: Sequence[tuple[float, float]], speed_kmh: float,
               blocked: Sequence[Sequence[tuple[float, float]]] = (),
               zones: Sequence[Sequence[tuple[float, float]]] = ()) -> tuple[np.ndarray, np.ndarray]:
    """Seconds and metres between the given points over the extract's roads (inf when cut off)."""
    nodes, edges = read_roads(path)
    ids = list(nodes)
    index = {nid: i for i, nid in enumerate(ids)}
    rows, cols, secs, lens = [], [], [], []
    for a, b, kmh in edges:
        pa, pb = nodes[a], nodes[b]
        if any(segments_cross(pa, pb, s[k], s[k + 1]) for s in blocked for k in range(len(s) - 1)):
            continue
        if any(leg_crosses_polygon(pa, pb, z) for z in zones):
            continue
        m = great_circle_m(pa, pb)
        for x, y in ((a, b), (b, a)):
            rows.append(index[x])
            cols.append(index[y])
            secs.append(max(m / (kmh / 3.6), 1e-6))
            lens.append(max(m, 1e-6))
    n = len(ids)
    t_graph = csr_matrix((secs, (rows, cols)), shape=(n, n))
    m_graph = csr_matrix((lens, (rows, cols)), shape=(n, n))
    coords = np.array([nodes[i] for i in ids])
    snapped, snap_m = [], []
    for lat, lon in pts:
        k = np.cos(np.radians(lat))
        d2 = (coords[:, 0] - lat) ** 2 + ((coords[:, 1] - lon) * k) ** 2
        j = int(np.argmin(d2))
        snapped.append(j)
        snap_m.append(great_circle_m((lat, lon), (coords[j, 0], coords[j, 1])))
    uniq = sorted(set(snapped))
    t_all = dijkstra(t_graph, directed=True, indices=uniq)
    m_all = dijkstra(m_graph, directed=True, indices=uniq)
    row = {j: r for r, j in enumerate(uniq)}
    p = len(pts)
    seconds = np.zeros((p, p))
    meters = np.zeros((p, p))
    snap = np.array(snap_m)
    for i in range(p):
        ti = t_all[row[snapped[i]], snapped]
        mi = m_all[row[snapped[i]], snapped]
        seconds[i] = ti + (snap[i] + snap) / (speed_kmh / 3.6)
        meters[i] = mi + snap[i] + snap
    np.fill_diagonal(seconds, 0.0)
    np.fill_diagonal(meters, 0.0)
    return seconds, meters
