import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityMentionedAs } from "../../test/entities/entities-of.js";
import { nameKey } from "./name-key.js";

test("diacritics, apostrophes, hyphens and the Arabic article fold to one key", () => {
  assert.equal(nameKey("Xankəndi"), nameKey("Xankendi"));
  assert.equal(nameKey("El-Fasher"), nameKey("Al Fasher"));
  assert.equal(nameKey("al-Fasher"), nameKey("El Fasher"));
  assert.equal(nameKey("as-Suwayda"), nameKey("Al Suwayda"));
  assert.equal(nameKey("Deir ez-Zor"), nameKey("Deir al Zor"));
  assert.equal(nameKey("Sana'a"), nameKey("Sanaa"));
  assert.equal(nameKey("Ma‘arrat"), nameKey("Maarrat"));
  assert.equal(nameKey("Nagorno-Karabakh"), nameKey("Nagorno Karabakh"));
  assert.equal(nameKey("St. Petersburg"), nameKey("Saint Petersburg"));
  // The possessive stays a word of its own, as the tokenizer splits it off.
  assert.equal(nameKey("Cox's Bazar"), "cox s bazar");
  assert.notEqual(nameKey("Al Gore"), nameKey("Gore"));
});

test("a town known by a transliterated alternate name is found", () => {
  const nuseirat = entityMentionedAs(entitiesOf("Israeli strikes hit Nuseirat in central Gaza."), "Nuseirat");
  assert.equal(nuseirat?.country, "PS");
  const sweida = entityMentionedAs(entitiesOf("Clashes broke out in Sweida, southern Syria."), "Sweida");
  assert.equal(sweida?.country, "SY");
});

test("article and spelling variants reach the same town", () => {
  const spellings = ["El Fasher", "El-Fasher", "al-Fashir", "Al Fashir"].map(
    (name) => entityMentionedAs(entitiesOf(`Shelling continued in ${name} overnight.`), name)?.id,
  );
  assert.ok(spellings[0]?.startsWith("geonames:"));
  for (const id of spellings) assert.equal(id, spellings[0]);
  assert.equal(entityMentionedAs(entitiesOf("Fighters surrounded as-Suwayda."), "as-Suwayda")?.country, "SY");
});

test("a multiword name wins over the names inside it", () => {
  const findings = entitiesOf("Talks moved from New York to Buenos Aires, then Dar es Salaam and St. Petersburg.");
  assert.deepEqual(
    findings.mentions.map((m) => m.text),
    ["New York", "Buenos Aires", "Dar es Salaam", "St. Petersburg"],
  );
  assert.equal(entityMentionedAs(findings, "St. Petersburg")?.country, "RU");
  assert.equal(entityMentionedAs(findings, "Dar es Salaam")?.country, "TZ");
  assert.equal(entityMentionedAs(entitiesOf("Refugees arrived in Cox's Bazar."), "Cox's Bazar")?.country, "BD");
});

test("a village matched only by a foreign spelling needs its country named", () => {
  // Bansko (Bulgaria) lists "Banjska" among its alternate names; nothing here is Bulgarian.
  const findings = entitiesOf("Pristina accused Belgrade of backing the gunmen who attacked police near Banjska.");
  assert.equal(findings.mentions.find((m) => m.text === "Banjska"), undefined);
});

test("a capital named by an alternate name of a bigger city stays the capital", () => {
  const delhi = entitiesOf("New Delhi blamed Islamabad for the attack.").mentions.find((m) => m.text === "New Delhi");
  assert.equal(delhi?.entity, "country:IN");
  assert.ok(delhi.metonymyOf);
});
