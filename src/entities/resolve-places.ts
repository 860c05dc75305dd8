import { gazetteer, ownName, rank, smallTown, type GazetteerEntry } from "./gazetteer.js";
import { kmBetween } from "./great-circle.js";
import type { GazetteerMention, RawMention } from "./raw-mention.js";

/** Towns below this size are places only after a preposition of place. */
const villageSize = 15_000;

/** Country code → the distinct names that point to it: what an article is about, geographically. */
type Context = Map<string, Set<string>>;

/** A town or region the first pass placed, with the name that placed it: what the article's map looks like. */
interface Anchor {
  readonly key: string;
  readonly entry: GazetteerEntry;
}

/** Places this close to another place of the article are read as its neighbours (a district, a day's drive). */
const neighbourKm = 250;
/** A village this close to a placed town, in a country the article names, is taken as a place. */
const villageNeighbourKm = 150;
/** Score per neighbouring place, for at most two: Paris beside Tyler and Longview is Paris, Texas. */
const neighbourWeight = 1.5;
/** "Paris, Texas", "Tripoli in Lebanon": the container's country outweighs a capital's fame. */
const containerCountryWeight = 4;
/** Inside a named region: within this of its centroid (a large state's towns lie far from it). */
const regionReachKm = 700;
const kmPerDegree = 111;

/**
 * Picks one gazetteer entry for every name, or none for a doubtful small town. Curated entries
 * outrank GeoNames towns; among equals, the article's other countries, capitals and population decide.
 */
export function resolvePlaces(mentions: readonly RawMention[]): Map<GazetteerMention, GazetteerEntry> {
  const names = mentions.flatMap(gazetteerMentionsIn);
  const context = contextOf(mentions, names);
  const firstPass = new Map<GazetteerMention, GazetteerEntry>();
  for (const mention of names) {
    const entry = choose(mention, context, [], undefined);
    if (entry) firstPass.set(mention, entry);
  }
  const anchors = anchorsOf(firstPass);
  const containers = containersOf(names, firstPass);
  if (anchors.length === 0 && containers.size === 0) return firstPass;
  widen(context, anchors);
  // Second pass: the same choice, now also weighing how near each candidate lies to the places already
  // placed, and counting the countries those lie in ("Cochabamba, Santa Cruz and La Paz" are in Bolivia).
  const chosen = new Map<GazetteerMention, GazetteerEntry>();
  for (const mention of names) {
    const first = firstPass.get(mention);
    // One candidate placed already: nothing for its neighbours to decide.
    const entry = first !== undefined && mention.candidates.length === 1 ? first : choose(mention, context, anchors, containers.get(mention));
    if (entry) chosen.set(mention, entry);
  }
  return chosen;
}

/** The country or region named right after a place, after a comma or "in": where the writer says it is. */
function containersOf(names: readonly GazetteerMention[], placed: ReadonlyMap<GazetteerMention, GazetteerEntry>): Map<GazetteerMention, GazetteerEntry> {
  const byStart = new Map<number, GazetteerMention>();
  for (const mention of names) byStart.set(mention.first, mention);
  const containers = new Map<GazetteerMention, GazetteerEntry>();
  for (const mention of names) {
    if (mention.containerAt === undefined) continue;
    const next = byStart.get(mention.containerAt);
    const container = next === undefined ? undefined : placed.get(next);
    if (container !== undefined && container.type !== "city") containers.set(mention, container);
  }
  return containers;
}

/** The container's country, and for a region its surroundings, favour the candidates inside it. */
function containerBonus(candidate: GazetteerEntry, container: GazetteerEntry | undefined): number {
  if (container === undefined || candidate.country !== container.country) return 0;
  if (container.type === "country" || container.type === "polity" || container.geo === undefined || candidate.geo === undefined) return containerCountryWeight;
  return kmBetween(candidate.geo, container.geo) <= regionReachKm ? containerCountryWeight : 0;
}

/** Adds the countries of the places the first pass placed to the article's countries. */
function widen(context: Context, anchors: readonly Anchor[]): void {
  for (const { key, entry } of anchors) note(context, entry.country, key);
}

/** Towns and regions (not countries: their centroids say little) placed by the first pass. */
function anchorsOf(placed: ReadonlyMap<GazetteerMention, GazetteerEntry>): Anchor[] {
  const anchors: Anchor[] = [];
  for (const [mention, entry] of placed) {
    if (entry.geo !== undefined && (entry.type === "city" || entry.type === "region" || entry.type === "place")) anchors.push({ key: mention.key, entry });
  }
  return anchors;
}

/** How many places of the article other than this name lie within `km` of the candidate. */
function neighbours(candidate: GazetteerEntry, key: string, anchors: readonly Anchor[], km: number, enough: number): number {
  const geo = candidate.geo;
  if (geo === undefined) return 0;
  let count = 0;
  for (const anchor of anchors) {
    const other = anchor.entry.geo;
    if (anchor.key === key || anchor.entry === candidate || other === undefined) continue;
    // A degree of latitude is 111 km anywhere: most candidates fail this before any trigonometry.
    if (Math.abs(other.lat - geo.lat) * kmPerDegree > km) continue;
    if (kmBetween(geo, other) <= km && ++count >= enough) break;
  }
  return count;
}

function gazetteerMentionsIn(mention: RawMention): GazetteerMention[] {
  if (mention.kind === "gazetteer") return [mention];
  if (mention.kind === "organ") {
    return [mention.owner, mention.seat].filter((m): m is GazetteerMention => m?.kind === "gazetteer");
  }
  if (mention.kind === "organisation" && mention.owner?.kind === "gazetteer") return [mention.owner];
  return [];
}

function contextOf(mentions: readonly RawMention[], names: readonly GazetteerMention[]): Context {
  const context: Context = new Map();
  for (const mention of names) {
    const top = topRanked(mention.candidates);
    const countries = new Set(top.map((c) => c.country));
    if (countries.size === 1) note(context, top[0]?.country, mention.key);
  }
  for (const mention of mentions) if (mention.kind === "demonym") note(context, mention.entry.country, mention.entry.id);
  return context;
}

function note(context: Context, country: string | undefined, key: string): void {
  if (country === undefined) return;
  const keys = context.get(country) ?? new Set<string>();
  keys.add(key);
  context.set(country, keys);
}

function topRanked(candidates: readonly GazetteerEntry[]): GazetteerEntry[] {
  const best = Math.max(...candidates.map((c) => c.rank));
  return candidates.filter((c) => c.rank === best);
}

/** Named by something in the article other than this very name. */
function inContext(context: Context, country: string | undefined, key: string): boolean {
  if (country === undefined) return false;
  const keys = context.get(country);
  return keys !== undefined && (keys.size > 1 || !keys.has(key));
}

function choose(mention: GazetteerMention, context: Context, anchors: readonly Anchor[], container?: GazetteerEntry): GazetteerEntry | undefined {
  const top = topRanked(mention.candidates);
  // "Georgia" beside Atlanta is the US state: a curated region whose country the article names beats
  // a country the article otherwise never mentions.
  const regional = mention.candidates.filter((c) => c.rank === rank.region && inContext(context, c.country, mention.key));
  if (regional.length > 0 && top[0]?.rank === rank.country && !top.some((c) => inContext(context, c.country, mention.key))) {
    return regional[0];
  }
  let best: GazetteerEntry | undefined;
  let bestScore = -Infinity;
  const largest = Math.max(...top.map((c) => c.population));
  for (const candidate of top) {
    const score =
      scoreOf(candidate, mention, context, largest) + neighbourWeight * neighbours(candidate, mention.key, anchors, neighbourKm, 2) + containerBonus(candidate, container);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best && best.rank === rank.city && !supported(best, mention, context, anchors) && best.country !== container?.country) return undefined;
  return best;
}

function scoreOf(candidate: GazetteerEntry, mention: GazetteerMention, context: Context, largest: number): number {
  // The article's countries decide between comparable towns (Tripoli, Lebanon beside Tripoli, Libya), not
  // for a village against a metropolis (Toronto, Ohio against Toronto).
  const contextWeight = candidate.population >= largest / 20 ? 3 : 1;
  return (
    Math.log10(candidate.population + 10) +
    (candidate.capital ? 1.5 : 0) +
    (candidate.adminSeat ? 0.2 : 0) +
    // A town's own name outweighs a thousandfold population: Hong Kong is also "Victoria".
    (ownName(candidate, mention.key) ? 3 : 0) +
    (inContext(context, candidate.country, mention.key) ? contextWeight : 0)
  );
}

/**
 * A small GeoNames town needs support: a preposition of place, or for a middling one its country named
 * elsewhere in the article. Without it "Taylor", "Earth" and "Welcome" would all be towns.
 */
function supported(town: GazetteerEntry, mention: GazetteerMention, context: Context, anchors: readonly Anchor[]): boolean {
  if (town.population >= smallTown || town.capital || town.provincialCapital || town.seatOf !== undefined) return true;
  if (gazetteer().curatedNames.has(mention.key)) return true;
  const countryNamed = inContext(context, town.country, mention.key);
  // A village known here only by a variant spelling ("Banjska" for Bansko) needs its country named too.
  if (mention.afterPlacePreposition && (countryNamed || ownName(town, mention.key))) return true;
  if (!countryNamed) return false;
  // "Ménaka and Ansongo, south of Gao": a village listed beside its neighbours is a place too.
  return town.population >= villageSize || neighbours(town, mention.key, anchors, villageNeighbourKm, 1) > 0;
}
