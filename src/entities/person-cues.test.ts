import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityMentionedAs } from "../../test/entities/entities-of.js";

test("a lone unknown word that speaks of 'it' is no person", () => {
  const findings = entitiesOf("Apple said on Tuesday it would move production out of China.");
  assert.equal(findings.entities.filter((e) => e.type === "person").length, 0);
});

test("a lone unknown word followed by an organisation's word is an organisation", () => {
  assert.equal(entityMentionedAs(entitiesOf("Shares fell after Nvidia executives warned of export controls."), "Nvidia")?.type, "organization");
});

test("a lone name followed by 'he' or with a surname's ending is a person", () => {
  assert.equal(entityMentionedAs(entitiesOf("Tinubu said he would send more troops."), "Tinubu")?.type, "person");
  assert.equal(entityMentionedAs(entitiesOf("Pashinyan said Armenia would freeze its participation."), "Pashinyan")?.type, "person");
});

test("a given name that is also a country starts a person's name", () => {
  const titled = entitiesOf("Israeli Defence Minister Israel Katz said the operation would continue.");
  assert.equal(entityMentionedAs(titled, "Israel Katz")?.type, "person");
  assert.equal(titled.mentions.find((m) => m.text === "Israel"), undefined);
  assert.equal(entityMentionedAs(entitiesOf("Israel Katz said the army would expand operations."), "Israel Katz")?.type, "person");
  const later = entitiesOf("The appointment of Israel Katz surprised the coalition. Katz has no military background.");
  assert.equal(entityMentionedAs(later, "Israel Katz")?.type, "person");
  // Without a person's context the country stays a country.
  assert.equal(entityMentionedAs(entitiesOf("Israel struck targets in Lebanon."), "Israel")?.id, "country:IL");
});

test("a lone surname-shaped word that reports is a person", () => {
  assert.equal(entityMentionedAs(entitiesOf("Ruto said the deal was done."), "Ruto")?.type, "person");
  assert.equal(entityMentionedAs(entitiesOf("Arce told reporters in La Paz that the coup had failed."), "Arce")?.type, "person");
  assert.equal(entityMentionedAs(entitiesOf("Guterres told the General Assembly that aid was blocked."), "Guterres")?.type, "person");
});

test("plural common nouns and generic sources are never people", () => {
  for (const text of ["Critics said the plan would fail.", "Analysts expect more fighting.", "Protesters told reporters they would stay.", "Officials said he had fled.", "Witnesses told the court they saw him."]) {
    assert.deepEqual(entitiesOf(text).entities.filter((e) => e.type === "person").map((e) => e.name), [], text);
  }
});

test("an honorific before a single name is part of it; a name suffix keeps its dot", () => {
  const hasina = entityMentionedAs(entitiesOf("Sheikh Hasina fled to India."), "Sheikh Hasina");
  assert.equal(hasina?.type, "person");
  assert.equal(hasina.name, "Sheikh Hasina");
  assert.equal(entityMentionedAs(entitiesOf("Mullah Omar led the movement."), "Mullah Omar")?.type, "person");
  assert.equal(entityMentionedAs(entitiesOf("Ferdinand Marcos Jr. met the envoy."), "Ferdinand Marcos Jr.")?.type, "person");
});

test("a named storm is no person", () => {
  const findings = entitiesOf("Typhoon Haiyan hit Tacloban. Cyclone Idai devastated Beira.");
  assert.equal(findings.entities.some((e) => e.type === "person"), false);
  assert.equal(entityMentionedAs(findings, "Tacloban")?.country, "PH");
});
