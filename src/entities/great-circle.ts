import type { Geo } from "./gazetteer.js";

const earthRadiusKm = 6371;
const radians = Math.PI / 180;

/** Great-circle distance in kilometres (haversine). */
export function kmBetween(a: Geo, b: Geo): number {
  const h =
    Math.sin(((b.lat - a.lat) * radians) / 2) ** 2 +
    Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(((b.lon - a.lon) * radians) / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}
