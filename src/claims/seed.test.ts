import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { runClaims, runWithEntities } from "../../test/claims/run-claims.js";
import { seedEntities } from "../../test/claims/seed-entities.js";
import type { Claim } from "./claim.js";

interface ExpectedClaim {
  readonly key: string;
  readonly speaker: readonly (string | null)[];
  readonly stance: string;
  readonly content_includes: string;
  readonly channel_includes?: string;
  readonly direct?: boolean;
}
interface Expected {
  readonly claims: readonly ExpectedClaim[];
  readonly disputes: readonly { readonly denial: readonly string[]; readonly disputed: string }[];
}

const expected = JSON.parse(readFileSync("test/fixtures/seed/expected.json", "utf8")) as Expected;
const report = readFileSync("test/fixtures/seed/report.txt", "utf8");
// The body: without the title line and the page chrome after the last paragraph.
const body = report.slice(report.indexOf("\n") + 1, report.indexOf("\n\nCracks in the alliance")).trim();

// The fixture's entity keys, as ids of the hand-placed seed entities and of the entities stage.
const keyIds: Readonly<Record<string, readonly string[]>> = {
  AZ: ["country:AZ"],
  AM: ["country:AM"],
  ARTSAKH: ["polity:artsakh"],
  VARDANYAN: ["person:ruben-vardanyan"],
  PASHINYAN: ["person:nikol-pashinyan", "person:pashinyan"],
  AZ_MOD: ["gov:AZ:defense"],
  ARTSAKH_MOD: ["gov:artsakh:defense"],
  AM_MFA: ["gov:AM:foreign"],
};
const handPlaced = runClaims(body, seedEntities);
const withRealEntities = runWithEntities(body);
const memberOf = new Map([...seedEntities, ...withRealEntities.entities.entities].map((e) => [e.id, e.memberOf]));
const norm = (s: string | null) =>
  (s ?? "").normalize("NFKC").replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

function speakerMatches(entity: string | null, keys: readonly (string | null)[]): boolean {
  return keys.some((key) => {
    if (key === null) return entity === null;
    for (let id: string | undefined = entity ?? undefined; id; id = memberOf.get(id)) if (keyIds[key]?.includes(id)) return true;
    return false;
  });
}

function matches(claim: Claim, want: ExpectedClaim): boolean {
  return (
    claim.stance === want.stance &&
    norm(claim.content).includes(norm(want.content_includes)) &&
    (want.channel_includes === undefined || norm(claim.channel).includes(norm(want.channel_includes))) &&
    (want.direct === undefined || claim.direct === want.direct) &&
    speakerMatches(claim.speaker.entity, want.speaker)
  );
}

const findings = handPlaced;

test("every expected seed claim is found with its stance, speaker, channel and directness", () => {
  for (const want of expected.claims) {
    assert.ok(findings.claims.some((c) => matches(c, want)), `claim ${want.key}: ${want.content_includes}`);
  }
});

test("the seed claims and dispute hold with the real entities stage too", () => {
  const { claims, disputes } = withRealEntities.claims;
  for (const want of expected.claims) assert.ok(claims.some((c) => matches(c, want)), `claim ${want.key}: ${want.content_includes}`);
  const artillery = claims.find((c) => c.content.includes("first targeted by Armenian artillery"));
  const denials = claims.filter((c) => c.stance === "deny").map((c) => c.id);
  assert.ok(disputes.some((d) => d.disputed === artillery?.id && denials.includes(d.denial)));
});

test("the seed yields at most four claims beyond the expected ones", () => {
  const extra = findings.claims.filter((c) => !expected.claims.some((w) => norm(c.content).includes(norm(w.content_includes))));
  assert.ok(extra.length <= 4, `extra claims: ${extra.map((c) => c.content).join(" | ")}`);
});

test("the Artsakh denials are linked to the report of Armenian artillery fire", () => {
  for (const want of expected.disputes) {
    const denials = new Set(findings.claims.filter((c) => want.denial.some((k) => matches(c, expected.claims.find((w) => w.key === k)!))).map((c) => c.id));
    const disputed = expected.claims.find((w) => w.key === want.disputed)!;
    assert.ok(findings.disputes.some((d) => denials.has(d.denial) && matches(findings.claims.find((c) => c.id === d.disputed)!, disputed)));
  }
});

test("every span of every seed claim lies in the text and reads as its field", () => {
  for (const claim of findings.claims) {
    assert.equal(claim.cueSpans.map((s) => body.slice(s.start, s.end)).join(" "), claim.cue);
    for (const span of [...claim.contentSpans, ...claim.speaker.spans, claim.evidence]) assert.ok(span.start >= 0 && span.end <= body.length && span.start < span.end);
    if (claim.speaker.spans[0]) assert.equal(body.slice(claim.speaker.spans[0].start, claim.speaker.spans[0].end), claim.speaker.text);
  }
});

test("the anonymous report is inferred from the Azerbaijani announcements, never stated as named", () => {
  const reported = findings.claims.find((c) => c.content.includes("first targeted by Armenian artillery"));
  assert.equal(reported?.speaker.resolution, "inferred");
  assert.deepEqual(reported?.speaker.spans, []);
});

test("the speakers known only by description resolve with the way they were resolved", () => {
  const demand = findings.claims.find((c) => c.content.includes("must recognize Artsakh"));
  assert.deepEqual([demand?.speaker.text, demand?.speaker.resolution], ["his", "anaphor"]);
  const leaders = findings.claims.find((c) => c.content === "the allegations from Baku");
  assert.deepEqual([leaders?.speaker.entity, leaders?.speaker.resolution], ["polity:artsakh", "anaphor"]);
});
