import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf } from "../../test/entities/entities-of.js";

test("Armenian, Cyrillic and Arabic script text yields no people and does not crash", () => {
  const findings = entitiesOf("Հայաստանի վարչապետ Նիկոլ Փաշինյանը հայտարարեց. Москва заявила, что Владимир Путин согласен. قال الرئيس إن القوات انسحبت.");
  assert.deepEqual(findings.entities.filter((e) => e.type === "person"), []);
});

test("an all-caps headline finds its places but invents no people", () => {
  const findings = entitiesOf("UKRAINE SAYS RUSSIAN MISSILE HIT KYIV APARTMENT BLOCK");
  const ids = findings.entities.filter((e) => e.mentions.length > 0).map((e) => e.id);
  assert.ok(ids.includes("country:UA"));
  assert.ok(ids.includes("country:RU"));
  assert.ok(!findings.entities.some((e) => e.type === "person"));
});

test("ten thousand capitalised words in a row: no people, no crash", () => {
  const words = Array.from({ length: 10_000 }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}x`).join(" ");
  const findings = entitiesOf(`${words}.`);
  assert.deepEqual(findings.entities.filter((e) => e.type === "person"), []);
});

test("a two-thousand-word sentence of plain words yields nothing", () => {
  const findings = entitiesOf(`${Array.from({ length: 2000 }, () => "the army moved again and").join(" ")}.`);
  assert.deepEqual(findings.entities, []);
});

test("names with diacritics and their plain spellings match", () => {
  const findings = entitiesOf("Delegations from Türkiye and Côte d'Ivoire met in Bogotá, then in Bogota again.");
  const ids = new Set(findings.mentions.map((m) => m.entity));
  assert.ok(ids.has("country:TR"));
  assert.ok(ids.has("country:CI"));
  const bogota = findings.mentions.filter((m) => m.text.startsWith("Bogot"));
  assert.equal(bogota.length, 2);
  assert.equal(bogota[0]?.entity, bogota[1]?.entity);
});

test("empty text gives empty findings", () => {
  assert.deepEqual(entitiesOf(""), { entities: [], mentions: [] });
});

test("in an all-caps headline a capital beside other words is still found", () => {
  const findings = entitiesOf("BREAKING: RUSSIA SAYS KYIV LAUNCHED DRONES AT MOSCOW OVERNIGHT");
  const texts = findings.mentions.map((m) => m.text);
  assert.ok(texts.includes("KYIV"));
  assert.ok(texts.includes("MOSCOW"));
});
