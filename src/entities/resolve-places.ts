import { gazetteer, ownName, rank, smallTown, type GazetteerEntry } from "./gazetteer.js";
import type { GazetteerMention, RawMention } from "./raw-mention.js";

/** Towns below this size are places only after a preposition of place. */
const villageSize = 15_000;

/** Country code → the distinct names that point to it: what an article is about, geographically. */
type Context = Map<string, Set<string>>;

/**
 * Picks one gazetteer entry for every name, or none for a doubtful small town. Curated entries
 * outrank GeoNames towns; among equals, the article's other countries, capitals and population decide.
 */
export function resolvePlaces(mentions: readonly RawMention[]): Map<GazetteerMention, GazetteerEntry> {
  const names = mentions.flatMap(gazetteerMentionsIn);
  const context = contextOf(mentions, names);
  const chosen = new Map<GazetteerMention, GazetteerEntry>();
  for (const mention of names) {
    const entry = choose(mention, context);
    if (entry) chosen.set(mention, entry);
  }
  return chosen;
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
  const note = (country: string | undefined, key: string) => {
    if (country === undefined) return;
    const keys = context.get(country) ?? new Set<string>();
    keys.add(key);
    context.set(country, keys);
  };
  for (const mention of names) {
    const top = topRanked(mention.candidates);
    const countries = new Set(top.map((c) => c.country));
    if (countries.size === 1) note(top[0]?.country, mention.key);
  }
  for (const mention of mentions) if (mention.kind === "demonym") note(mention.entry.country, mention.entry.id);
  return context;
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

function choose(mention: GazetteerMention, context: Context): GazetteerEntry | undefined {
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
    const score = scoreOf(candidate, mention, context, largest);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best && best.rank === rank.city && !supported(best, mention, context)) return undefined;
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
function supported(town: GazetteerEntry, mention: GazetteerMention, context: Context): boolean {
  if (town.population >= smallTown || town.capital || town.provincialCapital || town.seatOf !== undefined) return true;
  if (gazetteer().curatedNames.has(mention.key)) return true;
  const countryNamed = inContext(context, town.country, mention.key);
  // A village known here only by a variant spelling ("Banjska" for Bansko) needs its country named too.
  if (mention.afterPlacePreposition && (countryNamed || ownName(town, mention.key))) return true;
  return town.population >= villageSize && countryNamed;
}
