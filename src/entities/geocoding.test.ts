import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityMentionedAs } from "../../test/entities/entities-of.js";

test("Georgia beside Tbilisi and Abkhazia is the country", () => {
  const georgia = entityMentionedAs(entitiesOf("Georgia protested after the vote in Abkhazia, officials in Tbilisi said."), "Georgia");
  assert.equal(georgia?.id, "country:GE");
});

test("Georgia beside Atlanta is the US state", () => {
  const georgia = entityMentionedAs(entitiesOf("Voters in Georgia queued for hours in Atlanta."), "Georgia");
  assert.equal(georgia?.type, "region");
  assert.equal(georgia?.country, "US");
  assert.ok(georgia?.geo && Math.abs(georgia.geo.lat - 32.7) < 2);
});

test("an ambiguous city follows the article's country", () => {
  const lebanon = entityMentionedAs(entitiesOf("Israeli jets struck near Tripoli in northern Lebanon."), "Tripoli");
  assert.equal(lebanon?.country, "LB");
  const libya = entityMentionedAs(entitiesOf("Militias clashed in Tripoli as Libya's rival governments traded blame."), "Tripoli");
  assert.equal(libya?.country, "LY");
});

test("alternate and historical names reach the same place", () => {
  const stepanakert = entityMentionedAs(entitiesOf("Shelling hit Stepanakert."), "Stepanakert");
  const khankendi = entityMentionedAs(entitiesOf("Shelling hit Khankendi."), "Khankendi");
  assert.ok(stepanakert && khankendi);
  assert.equal(stepanakert.id, khankendi.id);
  assert.equal(entityMentionedAs(entitiesOf("Sirens sounded in Kiev."), "Kiev")?.country, "UA");
  assert.equal(entityMentionedAs(entitiesOf("Protests spread across Burma."), "Burma")?.id, "country:MM");
  assert.equal(entityMentionedAs(entitiesOf("Turkey closed the border."), "Turkey")?.id, "country:TR");
});

test("every place and country has coordinates and a country code", () => {
  const findings = entitiesOf("Fighting spread from Darfur to Khartoum, and refugees reached Chad and the Gaza Strip.");
  const places = findings.entities.filter((e) => ["city", "region", "country"].includes(e.type) && e.mentions.length > 0);
  assert.ok(places.length >= 4);
  for (const place of places) {
    assert.ok(place.geo, place.name);
    assert.ok(place.country, place.name);
  }
});

test("a common word capitalised at a sentence start is not a small town", () => {
  const findings = entitiesOf("Police said the police station was closed.");
  assert.deepEqual(findings.entities, []);
});

test("a name with an administrative word is the region, placed at its main town", () => {
  const region = entityMentionedAs(entitiesOf("Drones were downed over the Bryansk region."), "Bryansk region");
  assert.equal(region?.type, "region");
  assert.equal(region?.country, "RU");
  assert.ok(region?.geo && Math.abs(region.geo.lat - 53.2) < 1.5);
  const curated = entityMentionedAs(entitiesOf("Aid reached the Tigray region."), "Tigray region");
  assert.equal(curated?.id, "region:tigray");
});

test("a lower-case word after a known name joins it only when the name is written so", () => {
  const findings = entitiesOf("Convoys used the Lachin corridor and the Kerem Shalom crossing.");
  assert.equal(entityMentionedAs(findings, "Lachin corridor")?.type, "place");
  assert.equal(entityMentionedAs(findings, "Kerem Shalom")?.type, "place");
});
