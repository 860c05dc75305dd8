import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { Entity, EntityFindings } from "./entity.js";
import { entitiesOf } from "../../test/entities/entities-of.js";

interface Expected {
  readonly key: string;
  readonly names: readonly string[];
  readonly type: readonly string[];
  readonly country?: string;
  readonly geo?: { readonly lat: number; readonly lon: number; readonly km: number };
  readonly member_of?: string;
  readonly mentioned_as?: readonly string[];
}

const fixture = "test/fixtures/seed";
const expected = JSON.parse(readFileSync(`${fixture}/expected.json`, "utf8")) as {
  entities: Expected[];
  entities_absent: string[];
};

/** The article body: report.txt without its title line and the page chrome after the last paragraph. */
function seedText(): string {
  const lines = readFileSync(`${fixture}/report.txt`, "utf8").split("\n").slice(1);
  const chrome = lines.findIndex((line) => line.startsWith("Cracks in the alliance"));
  return lines.slice(0, chrome).join("\n").trim();
}

const norm = (s: string) => s.normalize("NFKC").replace(/[’‘]/g, "'").toLowerCase();

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The seed README's matching rule: names or aliases, type, country, geo within km, memberOf chain. */
function matches(findings: EntityFindings, entity: Entity, want: Expected): boolean {
  const names = [entity.name, ...entity.aliases].map(norm);
  if (!want.names.some((n) => names.includes(norm(n)))) return false;
  if (!want.type.includes(entity.type)) return false;
  if (want.country !== undefined && entity.country !== want.country) return false;
  if (want.geo !== undefined && (entity.geo === undefined || km(entity.geo, want.geo) > want.geo.km)) return false;
  if (want.member_of === undefined) return true;
  const owner = expected.entities.find((e) => e.key === want.member_of);
  assert.ok(owner, `expected.json names no entity ${want.member_of}`);
  let current = findings.entities.find((e) => e.id === entity.memberOf);
  for (let depth = 0; current && depth < 5; depth++) {
    if (matches(findings, current, owner)) return true;
    current = findings.entities.find((e) => e.id === current?.memberOf);
  }
  return false;
}

const findings = entitiesOf(seedText());

for (const want of expected.entities) {
  void test(`seed entity ${want.key} is found with its facts and mentions`, () => {
    const hits = findings.entities.filter((e) => matches(findings, e, want));
    assert.ok(hits.length > 0, `no entity matches ${want.key}`);
    const texts = hits.flatMap((e) => e.mentions.map((m) => norm(m.text)));
    for (const text of want.mentioned_as ?? []) assert.ok(texts.includes(norm(text)), `${want.key} never mentioned as "${text}"`);
  });
}

test("seed: words of the page chrome never become entities", () => {
  const seen = findings.entities.flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)]).map(norm);
  for (const absent of expected.entities_absent) assert.ok(!seen.some((s) => s.includes(norm(absent))), absent);
});

test("seed: every mention's span slices to its text", () => {
  const text = seedText();
  for (const m of findings.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test("seed: mentions come in text order and never overlap", () => {
  for (let i = 1; i < findings.mentions.length; i++) {
    const previous = findings.mentions[i - 1];
    const current = findings.mentions[i];
    assert.ok(previous && current && previous.end <= current.start, `${previous?.text} overlaps ${current?.text}`);
  }
});
