import assert from "node:assert/strict";
import { test } from "node:test";
import type { GeoNamesPlace } from "./geonames.js";
import { nameKey } from "./name-key.js";
import { buildStringTable, findString, stringAt } from "./string-table.js";
import { buildTownIndex, openTownIndex } from "./town-index.js";

const place = (id: string, name: string, extra: Partial<GeoNamesPlace> = {}): GeoNamesPlace => ({
  id, name, asciiName: name, alternateNames: "", lat: 1.5, lon: -2.25, featureCode: "PPL", country: "SD", population: 1000, ...extra,
});

const places = [
  place("1", "Al Fashir", { featureCode: "PPLA", population: 250_000, alternateNames: "El Fasher,الفاشر" }),
  place("2", "Dar es Salaam", { country: "TZ", featureCode: "PPLC", population: 4_000_000 }),
  place("3", "Fashir", { country: "TD" }),
];

test("a town index answers from its bytes what the places say: keys with and without the article, in file order", () => {
  const index = openTownIndex(buildTownIndex(places));
  const fasher = index.towns("al fasher");
  assert.deepEqual(fasher.map((t) => t.id), ["geonames:1"]);
  assert.deepEqual(index.towns("fashir").map((t) => t.id), ["geonames:1", "geonames:3"]);
  const [town] = fasher;
  assert.deepEqual(town, {
    id: "geonames:1", name: "Al Fashir", type: "city", country: "SD", geo: { lat: 1.5, lon: -2.25 }, population: 250_000, rank: 2,
    capital: false, adminSeat: true, provincialCapital: true,
  });
  assert.equal(index.towns("al fashir")[0], town, "a town is made once and shared, so marks on it (seatOf) last");
  assert.equal(index.towns(nameKey("Dar es Salaam"))[0]?.capital, true);
  assert.deepEqual(index.towns("khartoum"), []);
});

test("a town index bounds multi-word lookups and lists the names with a lower-case word inside", () => {
  const index = openTownIndex(buildTownIndex(places));
  assert.equal(index.longestFrom("dar"), 3);
  assert.equal(index.longestFrom("al"), 2);
  assert.equal(index.longestFrom("fashir"), undefined);
  assert.deepEqual(index.lowerCaseInside, [nameKey("Dar es Salaam")]);
});

test("a string table finds each of its strings and nothing else, whatever the script", () => {
  const strings = ["baku", "xankendi", "côte d'ivoire", "الفاشر", ""];
  const table = buildStringTable(strings);
  strings.forEach((s, i) => {
    assert.equal(findString(table, s), i);
    assert.equal(stringAt(table, i), s);
  });
  assert.equal(findString(table, "bak"), -1);
  assert.equal(findString(table, "bakuu"), -1);
});
