import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityMentionedAs } from "../../test/entities/entities-of.js";

function mentionOf(text: string, word: string, nth = 0) {
  const findings = entitiesOf(text);
  const mention = findings.mentions.filter((m) => m.text === word)[nth];
  assert.ok(mention, `no mention "${word}" in: ${text}`);
  return mention;
}

const actorReadings = [
  ["Baku said the operation was over.", "Baku"],
  ["Moscow denied any involvement.", "Moscow"],
  ["Baku launches military operation.", "Baku"],
  ["Kyiv accused Moscow of stalling.", "Kyiv"],
  ["Kyiv accused Moscow of stalling.", "Moscow"],
  ["According to the announcement from Baku, the goal was limited.", "Baku"],
  ["They rejected the allegations from Baku.", "Baku"],
  ["The road was interrupted by Baku for months.", "Baku"],
  ["Baku also seized parts of the territory.", "Baku"],
  ["Talks with Moscow stalled again.", "Moscow"],
  ["Beijing's response was swift.", "Beijing"],
] as const;

for (const [text, word] of actorReadings) {
  void test(`"${word}" acts in: ${text}`, () => {
    const mention = mentionOf(text, word);
    assert.equal(mention.role, "actor");
    assert.match(mention.entity, /^country:/);
    assert.match(mention.metonymyOf ?? "", /^geonames:/);
  });
}

const placeReadings = [
  ["The region around Baku was quiet.", "Baku"],
  ["Sirens sounded in Kyiv overnight.", "Kyiv"],
  ["The Ministry of Defense in Baku said the strikes were precise.", "Baku"],
  ["Flights from Moscow were cancelled.", "Moscow"],
  ["Beijing's suburbs flooded.", "Beijing"],
] as const;

for (const [text, word] of placeReadings) {
  void test(`"${word}" is a place in: ${text}`, () => {
    const mention = mentionOf(text, word);
    assert.equal(mention.role, "place");
    assert.match(mention.entity, /^geonames:/);
    assert.equal(mention.metonymyOf, undefined);
  });
}

test("the metonymous mention belongs to the country and names the city it stands for", () => {
  const findings = entitiesOf("Baku said the operation was over.");
  const azerbaijan = findings.entities.find((e) => e.id === "country:AZ");
  assert.deepEqual(azerbaijan?.mentions.map((m) => m.text), ["Baku"]);
  const baku = findings.entities.find((e) => e.id === findings.mentions[0]?.metonymyOf);
  assert.equal(baku?.name, "Baku");
  assert.equal(baku?.seatOf, "country:AZ");
});

test("a polity's seat stands for the polity", () => {
  const findings = entitiesOf("Stepanakert denied the allegations.");
  assert.equal(findings.mentions[0]?.entity, "polity:artsakh");
  const city = findings.entities.find((e) => e.id === findings.mentions[0]?.metonymyOf);
  assert.equal(city?.seatOf, "polity:artsakh");
});

test("a region under a de-facto authority names its governor", () => {
  const findings = entitiesOf("Fighting resumed in Nagorno-Karabakh.");
  const region = findings.entities.find((e) => e.name === "Nagorno-Karabakh");
  assert.equal(region?.governedBy, "polity:artsakh");
  assert.ok(findings.entities.some((e) => e.id === "polity:artsakh"), "the governing polity is among the entities");
});

test("coordinated demonyms share the organ after the last one", () => {
  const findings = entitiesOf("Indian and Pakistani troops exchanged fire.");
  assert.equal(entityMentionedAs(findings, "Indian")?.id, "gov:IN:armed-forces");
  assert.equal(entityMentionedAs(findings, "Pakistani troops")?.id, "gov:PK:armed-forces");
});

const capitalsThatAct = [
  ["Saint John's said it would respond.", "Saint John's", "country:AG"],
  ["St. George's said the storm had passed.", "St. George's", "country:GD"],
  ["Washington D.C. said it would respond.", "Washington D.C.", "country:US"],
  ["Washington, D.C. said it would respond.", "Washington", "country:US"],
  ["Washington imposed sanctions on Caracas.", "Washington", "country:US"],
] as const;

for (const [text, word, government] of capitalsThatAct) {
  void test(`"${word}" acts for ${government} in: ${text}`, () => {
    const mention = mentionOf(text, word);
    assert.equal(mention.entity, government);
    assert.ok(mention.metonymyOf);
  });
}

test("Washington after a preposition of place stays the city", () => {
  assert.equal(mentionOf("The summit in Washington ended.", "Washington").role, "place");
});

test("a capital whose suburbs are named, past a direction, stays a place", () => {
  const findings = entitiesOf("Airstrikes hit Beirut's southern suburbs overnight.");
  const beirut = findings.mentions.find((m) => m.text === "Beirut");
  assert.equal(beirut?.metonymyOf, undefined);
  assert.equal(beirut?.role, "place");
});
