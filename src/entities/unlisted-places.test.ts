import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityMentionedAs } from "../../test/entities/entities-of.js";

test("an unlisted town is placed at the division it is said to be in", () => {
  const town = entityMentionedAs(entitiesOf("Fighters advanced into Harf Sufyan in Amran governorate."), "Harf Sufyan");
  assert.equal(town?.type, "city");
  assert.equal(town?.country, "YE");
  assert.ok(town?.geo && Math.abs(town.geo.lat - 15.7) < 1);
});

test("the narrowest container wins: a country's province, not the country", () => {
  const town = entityMentionedAs(entitiesOf("Gunmen struck near Chiure, in Mozambique's Cabo Delgado province."), "Chiure");
  assert.ok(town?.geo && Math.abs(town.geo.lat - -12.3) < 1);
});

test("the village of X is a place even when the article says no more", () => {
  const village = entityMentionedAs(entitiesOf("Heavy fighting was reported near the village of Berkhivka."), "Berkhivka");
  assert.equal(village?.type, "city");
  assert.equal(village?.geo, undefined);
});

test("people and sentence-initial words stay what they were", () => {
  const findings = entitiesOf("Floods in Maiduguri displaced thousands. A letter from John Smith in London was read out.");
  assert.equal(findings.mentions.some((m) => m.text === "Floods"), false);
  assert.equal(entityMentionedAs(findings, "John Smith")?.type, "person");
});

test("a name the Arabic article continues is not cut short to a known town", () => {
  const findings = entitiesOf("Fighting erupted in the Bab al-Tabbaneh district of Tripoli. Trucks queued at the Bab al-Hawa crossing.");
  assert.equal(entityMentionedAs(findings, "Bab al-Tabbaneh")?.type, "city");
  assert.equal(entityMentionedAs(findings, "Bab al-Hawa")?.type, "place");
  assert.equal(findings.mentions.some((m) => m.text === "Bab"), false);
});

test("unlisted towns in a list share its preposition and its container", () => {
  const findings = entitiesOf("Fighting erupted in Waat, Ayod and Akobo, in Jonglei state.");
  for (const town of ["Waat", "Ayod", "Akobo"]) assert.equal(entityMentionedAs(findings, town)?.country, "SS", town);
});

test("a surname of the article's people is never taken for an unlisted town", () => {
  const findings = entitiesOf("Refugees fled to Ayod in Jonglei. John Garang arrived, and aides wrote to Garang in Juba.");
  assert.equal(entityMentionedAs(findings, "Ayod")?.country, "SS");
  const garang = findings.mentions.filter((m) => m.text === "Garang");
  assert.equal(garang.length, 1);
  assert.equal(findings.entities.find((e) => e.id === garang[0]?.entity)?.type, "person");
});
