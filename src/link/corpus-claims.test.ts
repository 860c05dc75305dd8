import assert from "node:assert/strict";
import { test } from "node:test";
import type { Claim } from "../claims/claim.js";
import { corpusClaimId } from "./corpus-claims.js";

const claim = (speaker: string, entity: string | null, stance: Claim["stance"], content: string): Claim => ({
  id: "c1", speaker: { text: speaker, entity, spans: [], resolution: "named" }, cue: "said", cueSpans: [], content, contentSpans: [], channel: null,
  stance, kind: "statement", direct: false, evidence: { start: 0, end: 1 },
});

test("one speaker's same words with the same stance are one corpus claim, whatever the quotes, case or final stop", () => {
  const id = corpusClaimId(claim("Baku", "country:AZ", "assert", "“the army struck positions.”"));
  assert.match(id, /^claim:[0-9a-f]{20}$/);
  assert.equal(corpusClaimId(claim("Azerbaijan", "country:AZ", "assert", '"The army struck positions"')), id, "the entity, not the words naming it");
  assert.notEqual(corpusClaimId(claim("Baku", "country:AZ", "deny", "the army struck positions")), id, "another stance");
  assert.notEqual(corpusClaimId(claim("Yerevan", "country:AM", "assert", "the army struck positions")), id, "another speaker");
  assert.notEqual(corpusClaimId({ ...claim("Baku", "country:AZ", "assert", "the army struck positions"), negated: true }), id, "a claim reported as not made");
});

test("an unresolved speaker is compared by its words", () => {
  const id = corpusClaimId(claim("a military spokesman", null, "assert", "the border is calm"));
  assert.equal(corpusClaimId(claim("A Military Spokesman", null, "assert", "the border is calm")), id);
  assert.notEqual(corpusClaimId(claim("a police spokesman", null, "assert", "the border is calm")), id);
});
