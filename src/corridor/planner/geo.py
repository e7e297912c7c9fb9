"""Plane-and-sphere geometry the planner and the checker need: distances, crossings, polygons."""

from __future__ import annotations

import math
from collections.abc import Sequence

EARTH_RADIUS_M = 6_371_000.0

Point = tuple[float, float]  # (lat, lon) in degrees


def great_circle_m(a: Point, b: Point) -> float:
    """Haversine distance in metres between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def _xy(p: Point, lat0: float) -> tuple[float, float]:
    # An equirectangular projection is exact enough inside one city (tens of km) for crossing tests.
    return (p[1] * math.cos(math.radians(lat0)), p[0])


def _orient(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def segments_cross(p1: Point, p2: Point, q1: Point, q2: Point) -> bool:
    """True if segment p1-p2 properly crosses or touches segment q1-q2."""
    lat0 = (p1[0] + p2[0] + q1[0] + q2[0]) / 4
    a, b, c, d = (_xy(p, lat0) for p in (p1, p2, q1, q2))
    d1, d2 = _orient(c, d, a), _orient(c, d, b)
    d3, d4 = _orient(a, b, c), _orient(a, b, d)
    if ((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0)) and d1 != 0 and d2 != 0 and d3 != 0 and d4 != 0:
        return True
    eps = 1e-15

    def on(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> bool:
        return min(p[0], q[0]) - eps <= r[0] <= max(p[0], q[0]) + eps and (
            min(p[1], q[1]) - eps <= r[1] <= max(p[1], q[1]) + eps
        )

    return (
        (abs(d1) <= eps and on(c, d, a))
        or (abs(d2) <= eps and on(c, d, b))
        or (abs(d3) <= eps and on(a, b, c))
        or (abs(d4) <= eps and on(a, b, d))
    )


def point_in_polygon(p: Point, polygon: Sequence[Point]) -> bool:
    """Ray casting; the polygon is a ring of (lat, lon) points, closed or not."""
    inside = False
    n = len(polygon)
    for i in range(n):
        a, b = polygon[i], polygon[(i + 1) % n]
        if (a[0] > p[0]) != (b[0] > p[0]):
            lon_at = a[1] + (p[0] - a[0]) * (b[1] - a[1]) / (b[0] - a[0])
            if p[1] < lon_at:
                inside = not inside
    return inside


def leg_crosses_polygon(a: Point, b: Point, polygon: Sequence[Point]) -> bool:
    """A leg touches a danger zone if an end lies inside it or the leg crosses its boundary."""
    if point_in_polygon(a, polygon) or point_in_polygon(b, polygon):
        return True
    n = len(polygon)
    return any(segments_cross(a, b, polygon[i], polygon[(i + 1) % n]) for i in range(n))


def polyline_length_m(points: Sequence[Point]) -> float:
    return sum(great_circle_m(points[i], points[i + 1]) for i in range(len(points) - 1))
