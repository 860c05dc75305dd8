/**
 * The GeoNames towns of the gazetteer as one file of typed arrays, written at build time (`npm run build`) so that
 * start-up reads it instead of parsing and folding 200,000 places (about a second). A town becomes a
 * GazetteerEntry only when a lookup reaches it. Without the file (tsc alone) the same index is built in memory.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rank, type GazetteerEntry } from "./gazetteer-entry.js";
import { latinAlternates, readGeoNames, type GeoNamesPlace } from "./geonames.js";
import { nameKey } from "./name-key.js";
import { buildStringTable, findString, stringAt, type StringTableArrays } from "./string-table.js";

export const townIndexPath = fileURLToPath(new URL("./towns.index", import.meta.url));

export interface TownIndex {
  /** The towns a name key can denote, in GeoNames order; the same objects on every call. */
  towns(key: string): readonly GazetteerEntry[];
  /** First word of a multi-word town key → the most words such a key has. */
  longestFrom(first: string): number | undefined;
  /** Town keys with a lower-case word inside ("dar es salaam"): a capitalised run must not stop at it. */
  readonly lowerCaseInside: readonly string[];
}

const MAGIC = "SITREPTOWN1\n";
const PREAMBLE = 16;
const flag = { capital: 1, adminSeat: 2, provincialCapital: 4 } as const;

interface Columns {
  readonly ids: Uint32Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly population: Uint32Array;
  readonly flags: Uint8Array;
  readonly country: Uint16Array;
  readonly names: StringTableArrays;
  readonly keys: StringTableArrays;
  /** The towns of key `k` are townRefs[townStarts[k]..townStarts[k+1]]. */
  readonly townStarts: Uint32Array;
  readonly townRefs: Uint32Array;
  readonly firstWords: StringTableArrays;
  readonly firstWordLongest: Uint8Array;
}

interface Header {
  readonly countries: readonly string[];
  readonly lowerCaseInside: readonly string[];
  /** Section name → typed-array kind and length, in file order. */
  readonly sections: readonly (readonly [string, ArrayKind, number])[];
}

type ArrayKind = "u8" | "u16" | "u32" | "f64";
type Typed = Uint8Array | Uint16Array | Uint32Array | Float64Array;
const makers: Record<ArrayKind, (buffer: ArrayBuffer, offset: number, length: number) => Typed> = {
  u8: (b, o, l) => new Uint8Array(b, o, l),
  u16: (b, o, l) => new Uint16Array(b, o, l),
  u32: (b, o, l) => new Uint32Array(b, o, l),
  f64: (b, o, l) => new Float64Array(b, o, l),
};

/** Villages below this size keep only their own name: their alternates cost load time and add namesakes. */
const alternatesFloor = 5_000;
const majorSeats = new Set(["PPLC", "PPLA", "PPLA2"]);
/** A name with a lower-case word after the first ("Côte d'Ivoire", "Dar es Salaam"). */
export const lowerCaseWordInside = /[\s'’-]\p{Ll}/u;

/**
 * A town's name, ASCII name and Latin-script alternate names as keys, each also without its leading
 * Arabic article: the press writes "Raqqa" for Ar Raqqah and "Nuseirat" for An Nuşayrāt.
 */
export function placeKeys(place: GeoNamesPlace): string[] {
  const keys: string[] = [];
  const push = (key: string) => {
    if (key !== "" && !keys.includes(key)) keys.push(key);
  };
  const add = (name: string) => {
    const key = nameKey(name);
    push(key);
    if (key.startsWith("al ") && key.length > 5) push(key.slice(3));
  };
  add(place.name);
  if (place.asciiName !== place.name) add(place.asciiName);
  if (place.population >= alternatesFloor || majorSeats.has(place.featureCode)) {
    for (const name of latinAlternates(place.alternateNames)) if (name !== place.name && name !== place.asciiName) add(name);
  }
  return keys;
}

/** The index file's bytes for these places. */
export function buildTownIndex(places: Iterable<GeoNamesPlace>): Buffer {
  const townsOfKey = new Map<string, number[]>();
  const longest = new Map<string, number>();
  const lowerCaseInside: string[] = [];
  const countries = new Map<string, number>();
  const rows: { place: GeoNamesPlace; country: number }[] = [];
  for (const place of places) {
    const town = rows.length;
    const country = countries.get(place.country) ?? countries.size;
    countries.set(place.country, country);
    rows.push({ place, country });
    const keys = placeKeys(place);
    for (const key of keys) {
      const list = townsOfKey.get(key);
      if (list === undefined) townsOfKey.set(key, [town]);
      else list.push(town);
      const words = key.split(" ");
      if (words.length > 1 && words.length > (longest.get(words[0] ?? "") ?? 0)) longest.set(words[0] ?? "", words.length);
    }
    // "Dar es Salaam", "Deir ez-Zor": the capitalised run stops at the lower-case word, the name does not.
    if (lowerCaseWordInside.test(place.name) && keys[0] !== undefined) lowerCaseInside.push(keys[0]);
  }
  const keys = [...townsOfKey.keys()];
  const townStarts = new Uint32Array(keys.length + 1);
  const townRefs = new Uint32Array(keys.reduce((sum, k) => sum + (townsOfKey.get(k)?.length ?? 0), 0));
  let at = 0;
  keys.forEach((key, k) => {
    townStarts[k] = at;
    for (const town of townsOfKey.get(key) ?? []) townRefs[at++] = town;
  });
  townStarts[keys.length] = at;
  const firstWords = [...longest.keys()];
  const columns: Columns = {
    ids: Uint32Array.from(rows, (r) => Number(r.place.id)),
    lat: Float64Array.from(rows, (r) => r.place.lat),
    lon: Float64Array.from(rows, (r) => r.place.lon),
    population: Uint32Array.from(rows, (r) => r.place.population),
    flags: Uint8Array.from(rows, (r) => featureFlags(r.place.featureCode)),
    country: Uint16Array.from(rows, (r) => r.country),
    names: buildStringTable(rows.map((r) => r.place.name)),
    keys: buildStringTable(keys),
    townStarts,
    townRefs,
    firstWords: buildStringTable(firstWords),
    firstWordLongest: Uint8Array.from(firstWords, (w) => longest.get(w) ?? 0),
  };
  return serialize([...countries.keys()], lowerCaseInside, columns);
}

function featureFlags(code: string): number {
  return (code === "PPLC" ? flag.capital : 0) | (code === "PPLA" || code === "PPLA2" ? flag.adminSeat : 0) | (code === "PPLA" ? flag.provincialCapital : 0);
}

function flatten(columns: Columns): [string, Typed][] {
  const out: [string, Typed][] = [];
  for (const [name, value] of Object.entries(columns) as [string, Typed | StringTableArrays][]) {
    if (ArrayBuffer.isView(value)) out.push([name, value]);
    else for (const [part, array] of Object.entries(value) as [string, Typed][]) out.push([`${name}.${part}`, array]);
  }
  return out;
}

function kindOf(array: Typed): ArrayKind {
  if (array instanceof Uint8Array) return "u8";
  if (array instanceof Uint16Array) return "u16";
  return array instanceof Uint32Array ? "u32" : "f64";
}

const pad8 = (length: number) => (8 - (length % 8)) % 8;

function serialize(countries: readonly string[], lowerCaseInside: readonly string[], columns: Columns): Buffer {
  const sections = flatten(columns);
  const header: Header = { countries, lowerCaseInside, sections: sections.map(([name, a]) => [name, kindOf(a), a.length] as const) };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const preamble = Buffer.alloc(PREAMBLE);
  preamble.write(MAGIC, 0, "latin1");
  preamble.writeUInt32LE(headerBytes.length, MAGIC.length);
  const parts: Buffer[] = [preamble, headerBytes, Buffer.alloc(pad8(headerBytes.length))];
  for (const [, array] of sections) parts.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength), Buffer.alloc(pad8(array.byteLength)));
  return Buffer.concat(parts);
}

function deserialize(file: Buffer): { header: Header; columns: Columns } {
  if (file.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("not a sitrep town index");
  // Typed-array views need aligned offsets; a small pooled buffer may not give them.
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const header = JSON.parse(bytes.toString("utf8", PREAMBLE, PREAMBLE + headerLength)) as Header;
  let at = PREAMBLE + headerLength + pad8(headerLength);
  const columns: Record<string, Typed | Record<string, Typed>> = {};
  for (const [name, kind, length] of header.sections) {
    const array = makers[kind](bytes.buffer as ArrayBuffer, bytes.byteOffset + at, length);
    at += array.byteLength + pad8(array.byteLength);
    const [column, part] = name.split(".") as [string, string | undefined];
    if (part === undefined) columns[column] = array;
    else ((columns[column] ??= {}) as Record<string, Typed>)[part] = array;
  }
  return { header, columns: columns as unknown as Columns };
}

/** Reads an index from its bytes; towns are made into entries on first lookup and kept. */
export function openTownIndex(bytes: Buffer): TownIndex {
  const { header, columns: c } = deserialize(bytes);
  const made = new Map<number, GazetteerEntry>();
  const entry = (town: number): GazetteerEntry => {
    let known = made.get(town);
    if (known === undefined) {
      const flags = c.flags[town] ?? 0;
      known = {
        id: `geonames:${c.ids[town]}`,
        name: stringAt(c.names, town),
        type: "city",
        country: header.countries[c.country[town] ?? 0] ?? "",
        geo: { lat: c.lat[town] ?? 0, lon: c.lon[town] ?? 0 },
        population: c.population[town] ?? 0,
        rank: rank.city,
        capital: (flags & flag.capital) !== 0,
        adminSeat: (flags & flag.adminSeat) !== 0,
        provincialCapital: (flags & flag.provincialCapital) !== 0,
      };
      made.set(town, known);
    }
    return known;
  };
  const none: readonly GazetteerEntry[] = [];
  return {
    towns(key) {
      const k = findString(c.keys, key);
      if (k < 0) return none;
      return Array.from(c.townRefs.subarray(c.townStarts[k] ?? 0, c.townStarts[k + 1] ?? 0), entry);
    },
    longestFrom(first) {
      const w = findString(c.firstWords, first);
      return w < 0 ? undefined : c.firstWordLongest[w];
    },
    lowerCaseInside: header.lowerCaseInside,
  };
}

/** Every GeoNames place, in file order. */
function allPlaces(): GeoNamesPlace[] {
  const places: GeoNamesPlace[] = [];
  readGeoNames((place) => places.push(place));
  return places;
}

/** The index written at build time, or built now when there is none. */
export function loadTownIndex(): TownIndex {
  return openTownIndex(existsSync(townIndexPath) ? readFileSync(townIndexPath) : buildTownIndex(allPlaces()));
}

/** Writes the index next to this module; `npm run build` calls it. */
export function writeTownIndex(): void {
  writeFileSync(townIndexPath, buildTownIndex(allPlaces()));
}
