// Builds src/corridor/static/corridor/outlines.geojson once from world-atlas (Natural Earth 1:50m) so the map
// draws country borders with no tile server. Run: node scripts/build_outlines.cjs (after npm ci).
// Natural Earth draws Crimea as Russian (de facto); Corridor draws internationally recognised borders
// (UN General Assembly resolution 68/262), so the Crimean polygon is merged into Ukraine here.
const fs = require("fs");
const path = require("path");
const topojson = require("topojson-client");
const topology = require("../node_modules/world-atlas/countries-50m.json");

const BOX = [12, 40, 50, 58]; // west, south, east, north: Ukraine, its neighbours and the Black Sea
const CRIMEA = [34.1, 45.0]; // Simferopol

function inRing(pt, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > pt[1]) !== (yj > pt[1]) && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const geoms = topology.objects.countries.geometries;
const ukraine = geoms.find((g) => g.properties.name === "Ukraine");
const russia = geoms.find((g) => g.properties.name === "Russia");
const crimeaIndex = russia.arcs.findIndex((polygonArcs) => {
  const f = topojson.feature(topology, { type: "Polygon", arcs: polygonArcs });
  return inRing(CRIMEA, f.geometry.coordinates[0]);
});
if (crimeaIndex < 0) throw new Error("Crimean polygon not found");
const crimea = { type: "Polygon", arcs: russia.arcs[crimeaIndex] };
const russiaRest = { type: "MultiPolygon", arcs: russia.arcs.filter((_, i) => i !== crimeaIndex) };
const ukraineWhole = topojson.merge(topology, [ukraine, crimea]);

// Points beyond a wide frame are clamped onto it (the map never pans that far), which keeps Russia small.
const FRAME = [2, 34, 62, 64];
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
const point = (c) => [Math.round(clamp(c[0], FRAME[0], FRAME[2]) * 1e2) / 1e2,
  Math.round(clamp(c[1], FRAME[1], FRAME[3]) * 1e2) / 1e2];
function ring(c) { // clamped, without the repeated points clamping leaves
  const out = [];
  for (const p of c.map(point)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}
const polygon = (rings) => rings.map(ring).filter((r) => r.length >= 4);
function shrink(geometry) {
  if (geometry.type === "Polygon") return { type: "Polygon", coordinates: polygon(geometry.coordinates) };
  return { type: "MultiPolygon", coordinates: geometry.coordinates.map(polygon).filter((p) => p.length) };
}
function bbox(coords, b = [180, 90, -180, -90]) {
  if (typeof coords[0] === "number") {
    b[0] = Math.min(b[0], coords[0]); b[1] = Math.min(b[1], coords[1]);
    b[2] = Math.max(b[2], coords[0]); b[3] = Math.max(b[3], coords[1]);
    return b;
  }
  coords.forEach((c) => bbox(c, b));
  return b;
}
const overlaps = (b) => b[0] <= BOX[2] && b[2] >= BOX[0] && b[1] <= BOX[3] && b[3] >= BOX[1];

const features = [];
for (const g of geoms) {
  let geometry;
  if (g === ukraine) geometry = ukraineWhole;
  else if (g === russia) geometry = topojson.feature(topology, russiaRest).geometry;
  else if (!g.arcs) continue;
  else geometry = topojson.feature(topology, g).geometry;
  if (!overlaps(bbox(geometry.coordinates))) continue;
  features.push({ type: "Feature", properties: { name: g.properties.name, ua: g === ukraine ? 1 : 0 },
    geometry: shrink(geometry) });
}
const out = path.join(__dirname, "..", "src", "corridor", "static", "corridor", "outlines.geojson");
fs.writeFileSync(out, JSON.stringify({ type: "FeatureCollection", features }));
console.log(`${features.length} countries -> ${out} (${fs.statSync(out).size} bytes)`);
