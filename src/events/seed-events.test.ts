import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { createSource } from "../core/create-source.js";
import { defaultLimits } from "../core/limits.js";
import { extractArticle } from "../extract/extract-article.js";
import { eventMatches, loadExpected } from "../../test/events/expected-events.js";
import { eventsOf, handDoc } from "../../test/events/hand-findings.js";
import { seedClaims, seedDisputes, seedEntities, seedKeys } from "../../test/events/seed-findings.js";

const inputs = {
  html: { path: "test/fixtures/seed/article.html", mediaType: "text/html" },
  text: { path: "test/fixtures/seed/report.txt", mediaType: "text/plain" },
} as const;

for (const variant of ["html", "text"] as const) {
  void test(`seed (${variant}): every required event is found from hand-placed findings, with few extras`, () => {
    const { path, mediaType } = inputs[variant];
    const article = extractArticle(createSource(path, readFileSync(path), { mediaType }), defaultLimits);
    const doc = handDoc(article.text, seedEntities, seedClaims, seedDisputes, { published: article.published });
    const events = eventsOf(doc);
    const entities = new Map((doc.data.entities?.entities ?? []).map((e) => [e.id, e]));
    const expected = loadExpected();
    for (const want of expected.events) {
      assert.ok(
        events.some((e) => eventMatches(e, want, variant, seedKeys, entities)),
        `${want.key} not found among ${events.map((e) => `${e.type} ${e.actor}->${e.recipient}`).join("; ")}`,
      );
    }
    const all = [...expected.events, ...expected.events_optional];
    const loose = all.map((w) => ({ ...w, date: undefined, date_year: undefined, attributed: undefined, disputed: undefined }));
    const extra = events.filter((e) => !loose.some((w) => eventMatches(e, w, variant, seedKeys, entities)));
    assert.ok(extra.length <= 6, `${extra.length} extra events`);
    for (const event of events) {
      for (const span of event.evidenceSpans) assert.ok(span.start >= 0 && span.end <= article.text.length && span.start < span.end);
    }
  });
}

test("seed: the reported Armenian shelling carries its claim and is disputed by the denial", () => {
  const article = extractArticle(createSource("seed", readFileSync(inputs.html.path), { mediaType: "text/html" }), defaultLimits);
  const events = eventsOf(handDoc(article.text, seedEntities, seedClaims, seedDisputes, { published: article.published }));
  const shelling = events.find((e) => e.type === "ASSAULT" && e.actor === "country:AM");
  assert.equal(shelling?.source, "C4");
  assert.equal(shelling?.disputed, true);
  assert.equal(shelling?.mode, "heavy-weapons");
  assert.equal(shelling?.recipient, "country:AZ");
});

test("seed: the launch of the operation merges headline and body mentions and takes the date said on Tuesday", () => {
  const article = extractArticle(createSource("seed", readFileSync(inputs.html.path), { mediaType: "text/html" }), defaultLimits);
  const events = eventsOf(handDoc(article.text, seedEntities, seedClaims, seedDisputes, { published: article.published }));
  const launches = events.filter((e) => e.type === "ASSAULT" && e.trigger.toLowerCase().includes("military operation") && e.date === "2023-09-19" && e.dateSource === "text");
  assert.equal(launches.length, 1);
  assert.ok((launches[0]?.evidenceSpans.length ?? 0) >= 2);
  assert.equal(launches[0]?.location, "region:nagorno-karabakh");
});
