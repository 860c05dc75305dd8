import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-atlas/countries-110m.json";
import { list, type Entity, type Event } from "../api.js";
import { el, svg } from "../dom.js";
import { href, readerHref, type Route } from "../route.js";

const [width, height, cell] = [960, 500, 28];
interface Marker { name: string; lat: number; lon: number; kind: "place" | "event"; open: string }
const world = feature(countries as unknown as Topology, (countries as unknown as Topology).objects.countries as GeometryCollection);

/** Markers closer than one grid cell at this zoom drawn as one circle sized by how many it holds. */
function clusters(points: { x: number; y: number; marker: Marker }[]) {
  const cells = new Map<string, typeof points>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  return [...cells.values()];
}

/** The gazetteer's name, with the reports' own where they differ: "Xankandi (Stepanakert)". */
const placeName = (p: Entity) => (p.mentionedAs === null || p.mentionedAs === p.name ? p.name : `${p.name} (${p.mentionedAs})`);

function markers(places: readonly Entity[], events: readonly Event[]): Marker[] {
  const fromPlaces = places.flatMap((p) => (p.lat === null || p.lon === null ? [] : [{ name: placeName(p), lat: p.lat, lon: p.lon, kind: "place" as const, open: href("timeline", { place: p.id }) }]));
  const fromEvents = events.flatMap((e) => (e.lat === null || e.lon === null ? [] : [{ name: `${e.type} at ${e.locationName ?? ""}`, lat: e.lat, lon: e.lon, kind: "event" as const, open: readerHref(e.document, e.evidence) }]));
  return [...fromPlaces, ...fromEvents];
}

export async function renderMap(route: Route): Promise<Node> {
  const [places, events] = await Promise.all([list<Entity>("entities"), list<Event>("events")]);
  const all = markers(places, events);
  const zoom = Math.min(64, Math.max(1, Number(route.params.get("zoom") ?? "1") || 1));
  // Centred on the markers' mean, so zooming in keeps the reported places in view.
  const centre: [number, number] = all.length === 0 ? [0, 20] : [all.reduce((s, m) => s + m.lon, 0) / all.length, all.reduce((s, m) => s + m.lat, 0) / all.length];
  const projection = geoNaturalEarth1().scale(170 * zoom).rotate([-centre[0], 0]).center([0, centre[1]]).translate([width / 2, height / 2]);
  const path = geoPath(projection);
  const chart = svg("svg", { id: "map", viewBox: `0 0 ${width} ${height}`, width });
  for (const country of world.features) chart.append(svg("path", { class: "country", d: path(country) ?? "" }, svg("title", {}, String((country.properties as { name?: string } | null)?.name ?? ""))));
  const points = all.flatMap((marker) => {
    const xy = projection([marker.lon, marker.lat]);
    return xy === null ? [] : [{ x: xy[0], y: xy[1], marker }];
  });
  for (const group of clusters(points)) {
    const [first] = group as [(typeof group)[number]];
    const names = [...new Set(group.map((p) => p.marker.name))];
    const dot = svg("circle", { class: first.marker.kind, cx: first.x, cy: first.y, r: 4 + Math.sqrt(group.length) * 2, "data-names": names.join("|") }, svg("title", {}, names.join(", ")));
    dot.addEventListener("click", () => (location.hash = first.marker.open));
    chart.append(dot, svg("text", { x: first.x + 8, y: first.y + 4, class: "marker-label" }, group.length === 1 ? first.marker.name : `${first.marker.name} +${group.length - 1}`));
  }
  const zoomTo = (z: number) => el("a", { href: href("map", { zoom: String(z) }), class: "zoom" }, z > zoom ? "Zoom in" : "Zoom out");
  return el("section", {}, el("h2", {}, "Map"), el("div", { class: "filters" }, zoomTo(zoom * 2), zoomTo(Math.max(1, zoom / 2))), chart);
}
