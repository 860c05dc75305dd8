import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityMentionedAs } from "../../test/entities/entities-of.js";

test("a surname alone joins the full name mentioned elsewhere in the article", () => {
  const findings = entitiesOf("Vardanyan's appeal went unanswered.\n\nRuben Vardanyan spoke on Telegram. Vardanyan said more.");
  const people = findings.entities.filter((e) => e.type === "person");
  assert.equal(people.length, 1);
  assert.equal(people[0]?.name, "Ruben Vardanyan");
  assert.deepEqual(people[0]?.mentions.map((m) => m.text), ["Vardanyan", "Ruben Vardanyan", "Vardanyan"]);
});

test("a title after a possessive country gives the person a role and a country", () => {
  const person = entityMentionedAs(entitiesOf("Armenia's Prime Minister Pashinyan spoke to reporters."), "Pashinyan");
  assert.equal(person?.type, "person");
  assert.equal(person?.role, "prime minister");
  assert.equal(person?.memberOf, "country:AM");
});

test("a demonym before a title gives the person a country; the first name is not a town", () => {
  const findings = entitiesOf("Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing.");
  const putin = entityMentionedAs(findings, "Vladimir Putin");
  assert.equal(putin?.memberOf, "country:RU");
  assert.equal(putin?.role, "president");
  assert.equal(entityMentionedAs(findings, "Xi Jinping")?.memberOf, "country:CN");
  assert.ok(!findings.mentions.some((m) => m.text === "Vladimir"));
});

test("an apposition names the person's office and polity", () => {
  const findings = entitiesOf("Ruben Vardanyan, the former prime minister of the self-declared Republic of Artsakh, spoke.");
  const person = entityMentionedAs(findings, "Ruben Vardanyan");
  assert.equal(person?.role, "former prime minister");
  assert.equal(person?.memberOf, "polity:artsakh");
  assert.equal(entityMentionedAs(entitiesOf("Sergei Lavrov, Russia's foreign minister, said so."), "Sergei Lavrov")?.memberOf, "country:RU");
});

test("organ patterns with the owner before, after or as the seat make one government organ", () => {
  const findings = entitiesOf(
    "The Ministry of Defense in Baku said it struck. The Azerbaijani Defense Ministry added details. Azerbaijan's defense ministry later denied it.",
  );
  const organs = findings.entities.filter((e) => e.type === "government");
  assert.equal(organs.length, 1);
  assert.equal(organs[0]?.id, "gov:AZ:defense");
  assert.equal(organs[0]?.memberOf, "country:AZ");
  assert.equal(organs[0]?.mentions.length, 3);
});

test("an organ of a polity belongs to the polity; of another country to that country", () => {
  assert.equal(entityMentionedAs(entitiesOf("A statement from the Artsakh Defense Ministry followed."), "Artsakh Defense Ministry")?.memberOf, "polity:artsakh");
  assert.equal(entityMentionedAs(entitiesOf("The Ministry of Foreign Affairs of Ukraine protested."), "Ministry of Foreign Affairs of Ukraine")?.id, "gov:UA:foreign");
  assert.equal(entityMentionedAs(entitiesOf("Israeli forces entered Jenin."), "Israeli forces")?.memberOf, "country:IL");
});

test("demonyms and religious epithets are mentions of the country", () => {
  const findings = entitiesOf("Relations between Christian Orthodox Armenia and Muslim Azerbaijan soured as Azerbaijani positions came under Armenian artillery fire.");
  assert.equal(entityMentionedAs(findings, "Armenia")?.id, "country:AM");
  assert.equal(entityMentionedAs(findings, "Azerbaijani")?.id, "country:AZ");
  assert.equal(entityMentionedAs(findings, "Armenian")?.id, "country:AM");
  assert.ok(!findings.entities.some((e) => e.type === "person"), "no people from epithets");
});

test("media, platforms and armed groups come from the gazetteer with their types", () => {
  const findings = entitiesOf("Hamas and Hezbollah fighters posted on Telegram, Reuters and Politico reported, while al-Shabaab stayed silent.");
  assert.equal(entityMentionedAs(findings, "Hamas")?.type, "group");
  assert.equal(entityMentionedAs(findings, "Hezbollah")?.type, "group");
  assert.equal(entityMentionedAs(findings, "al-Shabaab")?.type, "group");
  assert.equal(entityMentionedAs(findings, "Telegram")?.type, "media");
  assert.equal(entityMentionedAs(findings, "Reuters")?.id, "media:reuters");
  assert.equal(entityMentionedAs(findings, "Politico")?.type, "media");
});

test("unrecognised polities are polities with coordinates", () => {
  const findings = entitiesOf("Officials in Transnistria and Abkhazia met envoys from Somaliland.");
  for (const name of ["Transnistria", "Abkhazia", "Somaliland"]) {
    const polity = entityMentionedAs(findings, name);
    assert.equal(polity?.type, "polity", name);
    assert.ok(polity?.geo, name);
  }
});

test("function words, months and weekdays never become people", () => {
  const findings = entitiesOf("On Monday, In March And After That, The Officials met. January Was Cold. Tuesday saw More Rain.");
  assert.deepEqual(findings.entities.filter((e) => e.type === "person"), []);
});

test("an organisation is recognised by the head of its name", () => {
  const findings = entitiesOf("Members of the Civic Contract Party met the Norwegian Refugee Council.");
  assert.equal(entityMentionedAs(findings, "Civic Contract Party")?.type, "organization");
  assert.equal(entityMentionedAs(findings, "Norwegian Refugee Council")?.memberOf, "country:NO");
});

test("a name joined to a participle by a hyphen is still a mention", () => {
  const findings = entitiesOf("NATO-led troops patrolled the bridge while Russian-backed forces watched.");
  assert.equal(entityMentionedAs(findings, "NATO")?.id, "org:nato");
  assert.equal(entityMentionedAs(findings, "Russian")?.id, "country:RU");
});

test("US in capitals is the country although 'us' is a pronoun", () => {
  const findings = entitiesOf("The US military said it struck the site. Give us a call.");
  assert.equal(entityMentionedAs(findings, "US military")?.memberOf, "country:US");
  assert.ok(!findings.mentions.some((m) => m.text === "us"));
});

test("a run named by its head word is an organisation, a group or an unknown place", () => {
  const findings = entitiesOf("The Southern Transitional Council met, and ships gathered near Second Thomas Shoal and the Kerch Strait.");
  assert.equal(entityMentionedAs(findings, "Southern Transitional Council")?.type, "group");
  assert.equal(entityMentionedAs(findings, "Second Thomas Shoal")?.type, "place");
  const union = entityMentionedAs(entitiesOf("A statement from the Union of Sahel Journalists followed."), "Union of Sahel Journalists");
  assert.equal(union?.type, "organization");
});

test("a lone unknown word acting mid-sentence is a person, at a sentence start it is not", () => {
  assert.equal(entityMentionedAs(entitiesOf("NATO's chief met Zelensky in Brussels."), "Zelensky")?.type, "person");
  assert.deepEqual(entitiesOf("Insurgents attacked the town.").entities, []);
});

test("events, laws and shouted words are not people", () => {
  const findings = entitiesOf("Trump tweeted before Election Day that Matt had his Complete and Total Endorsement, GET OUT and VOTE. The Affordable Care Act stayed.");
  const people = findings.entities.filter((e) => e.type === "person").map((e) => e.name);
  assert.ok(!people.includes("Election Day"));
  assert.ok(!people.includes("Affordable Care Act"));
  assert.ok(!people.some((name) => /GET|VOTE/.test(name)));
});

test("a surname that is also a town's name stays the person", () => {
  const findings = entitiesOf("Governor John Bel Edwards won in Louisiana. Edwards thanked voters.");
  const person = entityMentionedAs(findings, "John Bel Edwards");
  assert.equal(person?.mentions.length, 2);
  assert.equal(entityMentionedAs(findings, "Louisiana")?.type, "region");
});

test("a city before a title or an organisation word stays a place", () => {
  const findings = entitiesOf("Kyiv Mayor Vitali Klitschko said the Kharkiv Regional Council met.");
  assert.equal(entityMentionedAs(findings, "Kyiv")?.type, "city");
  assert.equal(entityMentionedAs(findings, "Vitali Klitschko")?.role, "mayor");
  assert.equal(entityMentionedAs(findings, "Kharkiv Regional Council")?.type, "organization");
});

test("a surname alone joins a full name that ends in a suffix", () => {
  const findings = entitiesOf("Ferdinand Marcos Jr. met the envoy. Marcos said the talks went well.");
  assert.equal(entityMentionedAs(findings, "Marcos")?.id, "person:ferdinand-marcos-jr");
});

test("a town before a connector and a named valley is read on its own", () => {
  const findings = entitiesOf("Strikes hit Baalbek in the Bekaa Valley.");
  assert.equal(entityMentionedAs(findings, "Baalbek")?.country, "LB");
  assert.equal(entityMentionedAs(findings, "Bekaa Valley")?.type, "place");
});

test("a named square in a town is a place there, not in a namesake of its first word", () => {
  const square = entityMentionedAs(entitiesOf("Students met at Freedom Square in Tbilisi."), "Freedom Square");
  assert.equal(square?.type, "place");
  assert.equal(square?.country, "GE");
});
