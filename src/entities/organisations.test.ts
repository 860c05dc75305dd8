import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityMentionedAs } from "../../test/entities/entities-of.js";

test("a company from the table is an organisation, not the town it shares a name with", () => {
  const toyota = entityMentionedAs(entitiesOf("Toyota said it would close the plant."), "Toyota");
  assert.equal(toyota?.type, "organization");
  assert.equal(toyota?.country, "JP");
});

test("listed companies and a party without a head word are organisations", () => {
  const findings = entitiesOf("Shell and Glencore suspended operations in the region.");
  assert.equal(entityMentionedAs(findings, "Shell")?.type, "organization");
  assert.equal(entityMentionedAs(findings, "Glencore")?.type, "organization");
  assert.equal(entityMentionedAs(entitiesOf("Marine Le Pen's National Rally won the vote."), "National Rally")?.type, "organization");
});

test("an unknown word listed beside a known company is a company", () => {
  const findings = entitiesOf("Vitol, Zentrix and Trafigura cut shipments through the strait.");
  assert.equal(entityMentionedAs(findings, "Zentrix")?.type, "organization");
});

test("the subject of a company's verb and object is an organisation", () => {
  assert.equal(entityMentionedAs(entitiesOf("In March, Zorblat suspended its operations in Congo."), "Zorblat")?.type, "organization");
  assert.equal(entityMentionedAs(entitiesOf("Frobnic said it would appeal the fine."), "Frobnic")?.type, "organization");
});

test("a town's name that speaks is no town unless it seats a government or its country is named", () => {
  assert.equal(entityMentionedAs(entitiesOf("Irvine said it would appeal."), "Irvine")?.type, "organization");
  assert.equal(entityMentionedAs(entitiesOf("Lowell said the vote would go ahead."), "Lowell")?.type, "person");
  assert.equal(entityMentionedAs(entitiesOf("Lowell said the vote in the United States would go ahead."), "Lowell")?.type, "city");
});
