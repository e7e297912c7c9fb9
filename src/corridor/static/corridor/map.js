// Draws the facilities the viewer may see over country outlines, with raster tiles when a tile URL is set.
// Configuration comes from data- attributes: the CSP forbids inline scripts.
import * as maplibregl from "../vendor/maplibre-gl/maplibre-gl.mjs";

const el = document.getElementById("map");
const cfg = el.dataset;
const center = cfg.center.split(",").map(Number);

const sources = {
  outlines: { type: "geojson", data: cfg.outlines },
  facilities: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
};
const layers = [
  { id: "sea", type: "background", paint: { "background-color": "#cfe0ea" } },
];
if (cfg.tiles) {
  sources.tiles = { type: "raster", tiles: [cfg.tiles], tileSize: 256, attribution: cfg.attribution || "" };
  layers.push({ id: "tiles", type: "raster", source: "tiles" });
} else {
  layers.push({ id: "land", type: "fill", source: "outlines",
    paint: { "fill-color": ["case", ["==", ["get", "ua"], 1], "#fbf6e4", "#ecebe6"] } });
}
layers.push(
  { id: "borders", type: "line", source: "outlines",
    paint: { "line-color": "#7a7a7a", "line-width": ["case", ["==", ["get", "ua"], 1], 1.6, 0.8] } },
  { id: "facilities", type: "circle", source: "facilities",
    paint: {
      "circle-radius": ["interpolate", ["linear"], ["coalesce", ["get", "people"], 0], 0, 6, 1000, 12, 5000, 18],
      "circle-color": ["match", ["get", "status"],
        "open", "#2e7d32",
        ["full", "damaged", "under_fire", "blocked"], "#ef6c00",
        ["destroyed", "held", "inaccessible", "closed"], "#b71c1c",
        "#607d8b"],
      "circle-stroke-color": "#ffffff", "circle-stroke-width": 1.5, "circle-opacity": 0.9,
    } },
);

const map = new maplibregl.Map({
  container: el,
  style: { version: 8, sources, layers },
  center,
  zoom: 6,
  maxBounds: [[5, 36], [60, 62]],
  attributionControl: cfg.tiles ? {} : false,
});
map.addControl(new maplibregl.NavigationControl({ showCompass: false }));

function popupContent(props) {
  // Built from DOM nodes, never from HTML strings: names come from users.
  const box = document.createElement("div");
  const title = document.createElement("a");
  title.href = props.url;
  title.textContent = props.name;
  title.className = "popup-title";
  box.append(title);
  const lines = [props.settlement + " · " + props.kind_label, cfg.labelStatus + ": " + props.status_label];
  if (props.people !== null && props.people !== undefined && props.people !== "null") {
    lines.push(cfg.labelPeople + ": " + Number(props.people).toLocaleString(document.documentElement.lang));
  }
  for (const text of lines) {
    const p = document.createElement("p");
    p.textContent = text;
    box.append(p);
  }
  return box;
}

map.on("click", "facilities", (event) => {
  const feature = event.features[0];
  new maplibregl.Popup({ closeButton: true })
    .setLngLat(feature.geometry.coordinates)
    .setDOMContent(popupContent(feature.properties))
    .addTo(map);
});
map.on("mouseenter", "facilities", () => { map.getCanvas().style.cursor = "pointer"; });
map.on("mouseleave", "facilities", () => { map.getCanvas().style.cursor = ""; });

// Settlement names as HTML markers: the map has no glyph server to draw text with when tiles are off.
function labelSettlements(features) {
  const groups = new Map();
  for (const f of features) {
    const g = groups.get(f.properties.settlement) || { lon: 0, lat: 0, n: 0, north: -90 };
    g.lon += f.geometry.coordinates[0];
    g.lat += f.geometry.coordinates[1];
    g.north = Math.max(g.north, f.geometry.coordinates[1]);
    g.n += 1;
    groups.set(f.properties.settlement, g);
  }
  for (const [name, g] of groups) {
    const label = document.createElement("div");
    label.className = "place-label";
    label.textContent = name;
    new maplibregl.Marker({ element: label, anchor: "bottom", offset: [0, -10] })
      .setLngLat([g.lon / g.n, g.north]).addTo(map);
  }
}

// Load the facilities once the style is ready, then fit the view to them. data-loaded tells tests (and
// anyone curious) how many facilities were drawn.
map.on("load", () => {
  fetch(cfg.facilities, { credentials: "same-origin" })
    .then((response) => response.json())
    .then((collection) => {
      map.getSource("facilities").setData(collection);
      const coords = collection.features.map((f) => f.geometry.coordinates);
      if (coords.length > 1) {
        const bounds = coords.reduce((b, c) => b.extend(c), new maplibregl.LngLatBounds(coords[0], coords[0]));
        map.fitBounds(bounds, { padding: 80, maxZoom: 11, duration: 0 });
      } else if (coords.length === 1) {
        map.jumpTo({ center: coords[0], zoom: 10 });
      }
      labelSettlements(collection.features);
      el.dataset.loaded = String(collection.features.length);
    })
    .catch(() => { el.dataset.loaded = "error"; });
});

// Exposed for the browser tests and for operators poking at the map from the console.
window.corridorMap = map;
