import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import aliasData from "../../data/entities/aliases.json" with { type: "json" };
import divisionData from "../../data/entities/divisions.json" with { type: "json" };
import organData from "../../data/entities/organizations.json" with { type: "json" };
import placeData from "../../data/entities/places.json" with { type: "json" };
import type { EntityType } from "./entity.js";
import { rank, type GazetteerEntry } from "./gazetteer-entry.js";
import { firstWord, nameKey, nameTokens } from "./name-key.js";
import { loadTownIndex, lowerCaseWordInside, type TownIndex } from "./town-index.js";

export { rank, type Geo, type GazetteerEntry } from "./gazetteer-entry.js";

export interface Gazetteer {
  /** Name key (see name-key.ts) → every entry it can denote. */
  candidates(key: string): readonly GazetteerEntry[] | undefined;
  /** First word of a name key → the most words any key starting with it has (a bound on its tokens); absent for one-word names. */
  longestFrom(first: string): number | undefined;
  /** Keys of names written with a lower-case first letter ("al-Shabaab"). */
  readonly lowerCaseNames: ReadonlySet<string>;
  /** First token keys (tokenKey, unfolded) of the lower-case names: the only lower-case words worth a lookup. */
  readonly lowerCaseStarts: ReadonlySet<string>;
  /** Keys of names with a lower-case word after the first ("Côte d'Ivoire", "Lachin corridor"). */
  readonly lowerCaseInside: ReadonlySet<string>;
  /** First word → the most words of a `lowerCaseInside` name starting with it: lookups past a run stop there. */
  readonly lowerCaseInsideReach: ReadonlyMap<string, number>;
  /** Keys our alias table names: a small town called so on purpose needs no further support. */
  readonly curatedNames: ReadonlySet<string>;
  /** Keys of names written only in capitals ("AP", "US"): not matched by a capitalised word ("Ap"). */
  readonly acronyms: ReadonlySet<string>;
  /** Demonym key ("azerbaijani", "armenians") → the country or polity. */
  readonly demonyms: ReadonlyMap<string, GazetteerEntry>;
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
}

/** Named by its own name (with or without the Arabic article), not one of its alternate names. */
export function ownName(entry: GazetteerEntry, key: string): boolean {
  let own = ownKeys.get(entry);
  if (own === undefined) {
    own = nameKey(entry.name);
    ownKeys.set(entry, own);
  }
  return own === key || own === `al ${key}`;
}

// Resolution asks again for the same few towns: their folded names are kept, not recomputed.
const ownKeys = new WeakMap<GazetteerEntry, string>();

/** GeoNames towns this small are only taken as places with support ("in X", their country named). */
export const smallTown = 100_000;

let cached: Gazetteer | undefined;

/** Built on first use (tens of milliseconds: the GeoNames towns come from a prebuilt index), then shared. */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

class GazetteerBuilder {
  /** Entries named by our tables and world-countries, before the towns. */
  readonly names = new Map<string, GazetteerEntry[]>();
  /** Entries named after the towns were attached (aliases): listed after the towns, as they were added. */
  readonly laterNames = new Map<string, GazetteerEntry[]>();
  towns: TownIndex | undefined;
  readonly longestFrom = new Map<string, number>();
  readonly lowerCaseNames = new Set<string>();
  readonly lowerCaseInside = new Set<string>();
  readonly lowerCaseInsideReach = new Map<string, number>();
  readonly lowerCaseStarts = new Set<string>();
  readonly acronyms = new Set<string>();
  readonly curatedNames = new Set<string>();
  readonly mixedCaseNames = new Set<string>();
  readonly demonyms = new Map<string, GazetteerEntry>();
  readonly byId = new Map<string, GazetteerEntry>();

  /** Registers an entry under its id (what memberOf, seatOf and governedBy point to) and its names. */
  add(entry: GazetteerEntry, names: readonly string[]): void {
    if (!this.byId.has(entry.id)) this.byId.set(entry.id, entry);
    this.addNames(entry, names);
  }

  addNames(entry: GazetteerEntry, names: readonly string[]): void {
    for (const name of names) this.addName(name, entry);
  }

  addName(name: string, entry: GazetteerEntry): void {
    const key = nameKey(name);
    if (key === "") return;
    this.addKey(key, entry);
    const initial = name[0] ?? "";
    // Only our own tables decide which names may start in lower case ("al-Shabaab"): GeoNames ones are noise.
    if (initial !== initial.toUpperCase()) {
      this.lowerCaseNames.add(key);
      this.lowerCaseStarts.add(nameTokens(name)[0] ?? "");
    }
    if (lowerCaseWordInside.test(name)) this.markLowerCaseInside(key);
    // Only our tables decide which keys are acronyms: town "Us" must not demote "US".
    if (name.length <= 6) {
      if (name === name.toUpperCase()) this.acronyms.add(key);
      else this.mixedCaseNames.add(key);
    }
  }

  candidates(key: string): readonly GazetteerEntry[] | undefined {
    const early = this.names.get(key);
    const towns = this.towns?.towns(key) ?? [];
    const later = this.laterNames.get(key);
    if (towns.length === 0 && later === undefined) return early;
    const all = [...(early ?? []), ...towns, ...(later ?? [])];
    return all.length === 0 ? undefined : all;
  }

  longest(first: string): number | undefined {
    const own = this.longestFrom.get(first);
    const towns = this.towns?.longestFrom(first);
    return own === undefined ? towns : towns === undefined ? own : Math.max(own, towns);
  }

  markLowerCaseInside(key: string): void {
    this.lowerCaseInside.add(key);
    const first = firstWord(key);
    const words = key.split(" ").length;
    if (words > (this.lowerCaseInsideReach.get(first) ?? 0)) this.lowerCaseInsideReach.set(first, words);
  }

  /** The towns come between the tables and the aliases, which may name a town. */
  attachTowns(towns: TownIndex): void {
    this.towns = towns;
    for (const key of towns.lowerCaseInside) this.markLowerCaseInside(key);
  }

  addKey(key: string, entry: GazetteerEntry): void {
    if (this.candidates(key)?.includes(entry)) return;
    const names = this.towns === undefined ? this.names : this.laterNames;
    const known = names.get(key);
    if (known === undefined) names.set(key, [entry]);
    else known.push(entry);
    // One-word names need no record: every lookup tries one word.
    const space = key.indexOf(" ");
    if (space < 0) return;
    const first = key.slice(0, space);
    const words = key.split(" ").length;
    if (words > (this.longestFrom.get(first) ?? 0)) this.longestFrom.set(first, words);
  }

  addDemonym(word: string, entry: GazetteerEntry, override: boolean): void {
    const key = nameKey(word);
    if (override || !this.demonyms.has(key)) this.demonyms.set(key, entry);
    // Plural nouns of nationality ("Armenians") name the same country.
    if (!/(s|sh|ch|ese|x|z)$/.test(key) && (override || !this.demonyms.has(`${key}s`))) this.demonyms.set(`${key}s`, entry);
  }

  build(): Gazetteer {
    // A key also written in mixed case ("Tass", "TASS") is not only an acronym.
    for (const key of this.mixedCaseNames) this.acronyms.delete(key);
    return {
      candidates: (key) => this.candidates(key),
      longestFrom: (first) => this.longest(first),
      lowerCaseNames: this.lowerCaseNames,
      lowerCaseInside: this.lowerCaseInside,
      lowerCaseInsideReach: this.lowerCaseInsideReach,
      lowerCaseStarts: this.lowerCaseStarts,
      acronyms: this.acronyms,
      curatedNames: this.curatedNames,
      demonyms: this.demonyms,
      byId: this.byId,
    };
  }
}

// CommonJS, and only needed when the gazetteer is built: required on first use.
const require = createRequire(import.meta.url);

function buildGazetteer(): Gazetteer {
  const builder = new GazetteerBuilder();
  const worldCountries = require("world-countries") as Countries;
  addCountries(builder, worldCountries);
  addPlaces(builder);
  addOrganisations(builder);
  builder.attachTowns(loadTownIndex());
  addAliases(builder);
  markSeats(builder, worldCountries);
  return builder.build();
}

const latin = /^[\p{Script=Latin}\p{M}\p{N}\s'’.,()-]+$/u;

function addCountries(builder: GazetteerBuilder, worldCountries: Countries): void {
  const limited = new Set(placeData.limitedRecognition);
  for (const country of worldCountries) {
    const entry: GazetteerEntry = {
      id: `country:${country.cca2}`,
      name: country.name.common,
      type: limited.has(country.cca2) ? "polity" : "country",
      country: country.cca2,
      geo: { lat: country.latlng[0], lon: country.latlng[1] },
      population: 0,
      rank: rank.country,
      capital: false,
      adminSeat: false,
      provincialCapital: false,
    };
    // Two-letter codes are too ambiguous as words ("AM", "IN"); the alias table lists the ones the press uses.
    const spellings = country.altSpellings.filter((s) => s.length > 2 && latin.test(s));
    builder.add(entry, [country.name.common, country.name.official, ...spellings]);
    const eng = country.demonyms?.eng;
    if (eng && country.independent) {
      for (const word of `${eng.m}, ${eng.f}`.split(/,\s*|\s+or\s+/)) if (word) builder.addDemonym(word, entry, false);
    }
  }
}

interface PlaceRow {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country?: string;
  readonly lat: number;
  readonly lon: number;
  readonly governedBy?: string;
}

function addPlaces(builder: GazetteerBuilder): void {
  const rows: readonly PlaceRow[] = [...placeData.places, ...divisionData.divisions];
  for (const place of rows) {
    const type = place.type as EntityType;
    const entry: GazetteerEntry = {
      id: place.id,
      name: place.name,
      type,
      ...(place.country === undefined ? {} : { country: place.country }),
      geo: { lat: place.lat, lon: place.lon },
      population: 0,
      rank: type === "polity" ? rank.country : type === "city" ? rank.curatedCity : rank.region,
      capital: false,
      adminSeat: false,
      provincialCapital: false,
      ...(place.governedBy === undefined ? {} : { governedBy: place.governedBy }),
    };
    builder.add(entry, [place.name, ...place.aliases]);
  }
}

function addOrganisations(builder: GazetteerBuilder): void {
  for (const org of organData.organizations) {
    const entry: GazetteerEntry = {
      id: org.id,
      name: org.name,
      type: org.type as EntityType,
      ...(org.country === undefined ? {} : { country: org.country }),
      ...(org.memberOf === undefined ? {} : { memberOf: org.memberOf }),
      ...(org.company === true ? { company: true } : {}),
      population: 0,
      rank: rank.organisation,
      capital: false,
      adminSeat: false,
      provincialCapital: false,
    };
    builder.add(entry, [org.name, ...org.aliases]);
  }
}

function addAliases(builder: GazetteerBuilder): void {
  for (const [alias, target] of Object.entries(aliasData.aliases)) {
    for (const entry of builder.candidates(nameKey(target)) ?? []) builder.addName(alias, entry);
    builder.curatedNames.add(nameKey(alias));
    builder.curatedNames.add(nameKey(target));
  }
  for (const [word, code] of Object.entries(aliasData.demonyms)) {
    const entry = builder.byId.get(`country:${code}`);
    if (entry) builder.addDemonym(word, entry, true);
  }
  for (const [word, id] of Object.entries(aliasData.polityDemonyms)) {
    const entry = builder.byId.get(id);
    if (entry) builder.addDemonym(word, entry, true);
  }
}

/** Capitals and polity seats learn whom they stand for, so "Baku said" can become Azerbaijan. */
function markSeats(builder: GazetteerBuilder, worldCountries: Countries): void {
  for (const country of worldCountries) {
    const government = builder.byId.get(`country:${country.cca2}`);
    if (!government) continue;
    for (const capital of country.capital) markSeat(builder, capital, government);
  }
  for (const place of placeData.places) {
    const polity = builder.byId.get(place.id);
    if (polity && place.seat !== undefined) markSeat(builder, place.seat, polity);
  }
}

function markSeat(builder: GazetteerBuilder, cityName: string, government: GazetteerEntry): void {
  const key = nameKey(cityName);
  const cities = (builder.candidates(key) ?? []).filter((e) => (e.type === "city" || e.type === "place") && e.country === government.country);
  // Delhi lists "New Delhi" among its alternate names; the capital is the town called so, or GeoNames' capital.
  const preference = (e: GazetteerEntry) => (e.capital ? 2 : 0) + (ownName(e, key) ? 1 : 0);
  const seat = cities.sort((a, b) => preference(b) - preference(a) || b.rank - a.rank || b.population - a.population)[0];
  if (seat) seat.seatOf = government.id;
}
