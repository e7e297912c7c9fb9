"""Travel times and distances between the scenario's places, with blocked roads and danger zones.

Three sources: a matrix the user gives, an OpenStreetMap extract (see osm.py), or great-circle
distance × a road factor. Blocked segments and danger zones act on *legs*, the straight hops between
two known places: a leg that crosses a blocked segment or touches a danger zone is forbidden, and
the travel time between two places is the shortest chain of allowed legs, possibly through the
scenario's detour points. A place no chain reaches is unreachable.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse.csgraph import shortest_path

from .geo import EARTH_RADIUS_M, point_in_polygon, polyline_length_m
from .scenario import Corridor, Scenario, ScenarioError


@dataclass
class TravelTimes:
    ids: list[str]
    index: dict[str, int]
    seconds: np.ndarray  # inf where unreachable
    meters: np.ndarray
    predecessors: np.ndarray | None  # for via-paths through detour points; None if all legs direct

    def time(self, a: str, b: str) -> float:
        return float(self.seconds[self.index[a], self.index[b]])

    def dist(self, a: str, b: str) -> float:
        return float(self.meters[self.index[a], self.index[b]])

    def reachable(self, a: str, b: str) -> bool:
        return bool(np.isfinite(self.seconds[self.index[a], self.index[b]]))

    def via(self, a: str, b: str) -> list[str]:
        """Intermediate places on the chosen chain of legs from a to b (empty when the leg is direct)."""
        if self.predecessors is None or a == b:
            return []
        i, j = self.index[a], self.index[b]
        chain: list[int] = []
        k = int(self.predecessors[i, j])
        while k >= 0 and k != i:
            chain.append(k)
            k = int(self.predecessors[i, k])
        return [self.ids[k] for k in reversed(chain)]


def _great_circle_matrix(pts: np.ndarray) -> np.ndarray:
    lat, lon = np.radians(pts[:, 0]), np.radians(pts[:, 1])
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    h = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.minimum(1.0, np.sqrt(h)))


def _forbidden_legs(sc: Scenario, pts: np.ndarray) -> np.ndarray:
    """n × n mask of legs that cross a blocked segment or touch a danger zone (touching counts: be safe)."""
    n = len(pts)
    lat0 = float(np.mean(pts[:, 0])) if n else 0.0
    k = np.cos(np.radians(lat0))
    x, y = pts[:, 1] * k, pts[:, 0]
    mask = np.zeros((n, n), dtype=bool)

    def cross(q1: tuple[float, float], q2: tuple[float, float]) -> np.ndarray:
        qx1, qy1, qx2, qy2 = q1[1] * k, q1[0], q2[1] * k, q2[0]
        side = (qx2 - qx1) * (y - qy1) - (qy2 - qy1) * (x - qx1)  # where each point lies w.r.t. the segment
        a = side[:, None] * side[None, :] <= 0
        dx, dy = x[None, :] - x[:, None], y[None, :] - y[:, None]
        o3 = dx * (qy1 - y[:, None]) - dy * (qx1 - x[:, None])
        o4 = dx * (qy2 - y[:, None]) - dy * (qx2 - x[:, None])
        return a & (o3 * o4 <= 0)

    for seg in sc.blocked_segments:
        for i in range(len(seg.points) - 1):
            mask |= cross(seg.points[i], seg.points[i + 1])
    for z in sc.danger_zones:
        inside = np.array([point_in_polygon((float(p[0]), float(p[1])), z.polygon) for p in pts], dtype=bool)
        mask |= inside[:, None] | inside[None, :]
        for i in range(len(z.polygon)):
            mask |= cross(z.polygon[i], z.polygon[(i + 1) % len(z.polygon)])
    np.fill_diagonal(mask, False)
    return mask


def build_travel(sc: Scenario) -> TravelTimes:
    sites = sc.sites()
    ids = list(sites)
    index = {s: i for i, s in enumerate(ids)}
    n = len(ids)
    pts = np.array([(sites[s].lat, sites[s].lon) for s in ids], dtype=float).reshape(n, 2)
    speed = sc.travel.speed_kmh / 3.6
    if sc.travel.mode == "osm":
        from .osm import OsmError, osm_matrix  # pyosmium is imported only when asked for

        try:
            seconds, meters = osm_matrix(sc.travel.osm_file or "", [(float(a), float(b)) for a, b in pts],
                                         sc.travel.speed_kmh, [s.points for s in sc.blocked_segments],
                                         [z.polygon for z in sc.danger_zones])
        except OsmError as exc:
            raise ScenarioError([("travel.osm_file", str(exc))]) from None
    else:
        meters = _great_circle_matrix(pts) * sc.travel.road_factor
        seconds = meters / speed
        if sc.travel.mode == "matrix" and sc.travel.matrix is not None:
            m = sc.travel.matrix
            seconds = np.full((n, n), np.inf)
            np.fill_diagonal(seconds, 0.0)
            for r, rid in enumerate(m.ids):
                for c, cid in enumerate(m.ids):
                    v = m.minutes[r][c]
                    if v is not None:
                        seconds[index[rid], index[cid]] = 60.0 * v
                    if m.km is not None and m.km[r][c] is not None:
                        meters[index[rid], index[cid]] = 1000.0 * float(m.km[r][c] or 0)
    forbidden = False
    if (sc.blocked_segments or sc.danger_zones) and sc.travel.mode != "osm":  # osm: cut on the road graph
        mask = _forbidden_legs(sc, pts)
        forbidden = bool(mask.any())
        seconds = np.where(mask, np.inf, seconds)
    predecessors = None
    if forbidden or sc.travel.mode != "great_circle":
        # Shortest chains of allowed legs; dense input with inf marks "no leg".
        graph = np.where(np.isfinite(seconds), seconds, 0.0)
        graph[np.isfinite(seconds) & (seconds == 0)] = 1e-6
        np.fill_diagonal(graph, 0.0)
        sec, predecessors = shortest_path(graph, method="D", directed=True, return_predecessors=True)
        if sc.travel.mode == "great_circle":
            met = sec * speed  # one speed everywhere: distance follows time along the chain
        else:
            met = np.zeros_like(meters)
            for i in range(n):
                for j in range(n):
                    if i != j and np.isfinite(sec[i, j]):
                        k, total = j, 0.0
                        while k != i:
                            p = int(predecessors[i, k])
                            total += meters[p, k]
                            k = p
                        met[i, j] = total
        seconds = np.where(sec < 1e-3, 0.0, sec)
        meters = met
    return TravelTimes(ids, index, seconds, meters, predecessors)


def corridor_run_seconds(sc: Scenario, corridor: Corridor) -> int:
    """Time from entering the corridor at its collection point to arriving at its destination."""
    delays = sum(c.delay_minutes for c in corridor.checkpoints) * 60.0
    if corridor.run_minutes is not None:
        return round(corridor.run_minutes * 60.0 + delays)
    sites = sc.sites()
    a, b = sites[corridor.collection_point], sites[corridor.destination]
    pts = [(a.lat, a.lon), *corridor.waypoints, (b.lat, b.lon)]
    drive = polyline_length_m(pts) * corridor.road_factor / (corridor.speed_kmh / 3.6)
    return round(drive + delays)


def corridor_run_meters(sc: Scenario, corridor: Corridor) -> int:
    sites = sc.sites()
    a, b = sites[corridor.collection_point], sites[corridor.destination]
    return int(polyline_length_m([(a.lat, a.lon), *corridor.waypoints, (b.lat, b.lon)]) * corridor.road_factor)
