import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityMentionedAs } from "../../test/entities/entities-of.js";
import { kmBetween } from "./great-circle.js";

test("a great-circle distance is measured in kilometres", () => {
  assert.equal(kmBetween({ lat: 10, lon: 20 }, { lat: 10, lon: 20 }), 0);
  // One degree of latitude is about 111 km.
  assert.ok(Math.abs(kmBetween({ lat: 0, lon: 0 }, { lat: 1, lon: 0 }) - 111.2) < 0.5);
});

test("ambiguous towns are placed beside the article's other places", () => {
  const findings = entitiesOf("Rains hit Alexandria and Arlington in northern Virginia.");
  const alexandria = entityMentionedAs(findings, "Alexandria");
  assert.equal(alexandria?.country, "US");
  assert.ok(alexandria?.geo && kmBetween(alexandria.geo, { lat: 38.8, lon: -77.05 }) < 50);
  const arlington = entityMentionedAs(findings, "Arlington");
  assert.ok(arlington?.geo && kmBetween(arlington.geo, { lat: 38.88, lon: -77.1 }) < 50);
});

test("neighbouring towns outweigh a distant capital of the same name", () => {
  const texas = entityMentionedAs(entitiesOf("Tornadoes damaged homes in Paris, Sherman and Denison, north of Dallas."), "Paris");
  assert.equal(texas?.country, "US");
  const france = entityMentionedAs(entitiesOf("Talks resumed in Paris as strikes hit Lyon."), "Paris");
  assert.equal(france?.country, "FR");
});

test("a village listed beside a nearby town of a named country is a place", () => {
  const ansongo = entityMentionedAs(entitiesOf("Fighters overran Ménaka and Ansongo, south of Gao, near the border with Niger."), "Ansongo");
  assert.equal(ansongo?.country, "ML");
});

test("a river named like a country lies on the river, not at the country's centre", () => {
  const river = entityMentionedAs(entitiesOf("Flooding hit towns along the Niger River near Mopti and Segou."), "Niger River");
  assert.equal(river?.type, "place");
  assert.ok(river?.geo && kmBetween(river.geo, { lat: 14.48, lon: -4.18 }) < 500);
});

test("a town before a verb of speech is where the speakers are when a preposition locates it", () => {
  const findings = entitiesOf("Officials in San Jose and Oakland said the wildfire was contained.");
  assert.equal(entityMentionedAs(findings, "Oakland")?.type, "city");
  assert.equal(entityMentionedAs(findings, "San Jose")?.country, "US");
});

test("a place followed by its state or country is the one there", () => {
  assert.equal(entityMentionedAs(entitiesOf("The storm hit Paris, Texas, overnight."), "Paris")?.country, "US");
  assert.equal(entityMentionedAs(entitiesOf("Floods hit Cordoba, Spain."), "Cordoba")?.country, "ES");
  assert.equal(entityMentionedAs(entitiesOf("Fires burned in Cordoba, Argentina."), "Cordoba")?.country, "AR");
});

test("the countries of the places already placed steer a namesake", () => {
  const santaCruz = entityMentionedAs(entitiesOf("Protests continued in Cochabamba, Santa Cruz and La Paz."), "Santa Cruz");
  assert.equal(santaCruz?.country, "BO");
});

test("a village said to be in its country is a place", () => {
  const findings = entitiesOf("Troops retook Douentza in central Mali.");
  assert.equal(entityMentionedAs(findings, "Douentza")?.country, "ML");
});
