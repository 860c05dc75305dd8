import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { analyzeSource } from "../analyze.js";
import { createSource } from "../core/create-source.js";
import type { Entity } from "../entities/entity.js";
import { eventMatches, loadExpected } from "../../test/events/expected-events.js";

/** expected.json keys → the names and types the seed README accepts for them, matched by name or alias. */
const keyEntities: Readonly<Record<string, { readonly names: readonly string[]; readonly types: readonly string[] }>> = {
  AZ: { names: ["Azerbaijan", "Republic of Azerbaijan"], types: ["country"] },
  AM: { names: ["Armenia", "Republic of Armenia"], types: ["country"] },
  ARTSAKH: { names: ["Republic of Artsakh", "Artsakh", "Nagorno-Karabakh Republic"], types: ["polity", "country", "government", "organization"] },
  NK: { names: ["Nagorno-Karabakh", "Karabakh"], types: ["region", "place"] },
  TR: { names: ["Turkey", "Türkiye", "Turkiye"], types: ["country"] },
  VARDANYAN: { names: ["Ruben Vardanyan"], types: ["person"] },
  AM_MFA: {
    names: ["Foreign Ministry", "Armenia's Foreign Ministry", "Armenian Foreign Ministry", "Ministry of Foreign Affairs", "Foreign Ministry of Armenia"],
    types: ["government", "organization"],
  },
};

function keyIds(entities: readonly Entity[]): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [key, want] of Object.entries(keyEntities)) {
    const found = entities.find((e) => want.types.includes(e.type) && [e.name, ...e.aliases].some((n) => want.names.includes(n)));
    if (found) ids[key] = found.id;
  }
  return ids;
}

const inputs = {
  html: { path: "test/fixtures/seed/article.html", mediaType: "text/html" },
  text: { path: "test/fixtures/seed/report.txt", mediaType: "text/plain" },
} as const;

for (const variant of ["html", "text"] as const) {
  void test(`seed (${variant}) through the real analysis chain: every required event`, () => {
    const { path, mediaType } = inputs[variant];
    const doc = analyzeSource(createSource(path, readFileSync(path), { mediaType }), { now: new Date("2026-01-01T00:00:00Z") });
    const entityList = doc.data.entities?.entities ?? [];
    const entities = new Map(entityList.map((e) => [e.id, e]));
    const ids = keyIds(entityList);
    const events = doc.data.events?.events ?? [];
    for (const want of loadExpected().events) {
      assert.ok(
        events.some((e) => eventMatches(e, want, variant, ids, entities)),
        `${want.key} not found among ${events.map((e) => `${e.type} ${e.actor}->${e.recipient}`).join("; ")}`,
      );
    }
  });
}
