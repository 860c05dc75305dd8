import assert from "node:assert/strict";
import { test } from "node:test";
import { textDoc } from "../../test/support/text-doc.js";
import type { Claim } from "../claims/claim.js";
import { withData } from "../core/doc.js";
import type { Entity } from "../entities/entity.js";
import type { StoredClaim } from "../store/store.js";
import { answeredElsewhere, denialsToLink } from "./cross-report-disputes.js";

const body = "The Armenian Defense Ministry denied that its forces had shelled Azerbaijani positions near Lachin.";
const at = (word: string) => ({ start: body.indexOf(word), end: body.indexOf(word) + word.length });
const denial: Claim = {
  id: "c1", speaker: { text: "The Armenian Defense Ministry", entity: "gov:AM:defense", spans: [], resolution: "named" }, cue: "denied", cueSpans: [],
  content: "that its forces had shelled Azerbaijani positions near Lachin", contentSpans: [], channel: null, stance: "deny", kind: "statement", direct: false,
  evidence: { start: 0, end: body.length },
};
const entity = (id: string, word: string, memberOf?: string): Entity => ({
  id, name: word, aliases: [], type: "country", memberOf, mentions: [{ ...at(word), text: word, entity: id, sentence: 0, role: "actor" }],
});
const entities = [entity("gov:AM:defense", "Armenian Defense Ministry", "country:AM"), entity("country:AZ", "Azerbaijani")];
const doc = (published: string | null, disputes: Claim[] = []) =>
  withData(
    withData(textDoc(body, { published }), "entities", { entities, mentions: entities.flatMap((e) => e.mentions) }),
    "claims", { claims: [denial, ...disputes], disputes: disputes.map((d) => ({ denial: "c1", disputed: d.id })) },
  );

test("a denial answering nothing in its report asks for the other parties' claims of the week before", () => {
  assert.deepEqual(denialsToLink(doc("2024-03-05T09:00:00Z")).map((d) => [d.denial.id, d.query]), [["c1", { speakers: ["country:AZ"], since: "2024-02-27", limit: 200 }]]);
  assert.equal(denialsToLink(doc(null))[0]?.query.since, undefined, "an undated report has no window");
  const answered = { ...denial, id: "c2", stance: "assert" as const, content: "Armenian forces shelled" };
  assert.deepEqual(denialsToLink(doc(null, [answered])), [], "a denial linked within its report is not looked for elsewhere");
});

test("of the candidates, the denial answers the claims sharing most topic words, never denials or its own report", () => {
  const candidate = (id: string, content: string, stance = "assert", document = "other"): StoredClaim => ({
    id, speaker: "Baku", speakerEntity: "country:AZ", speakerName: "Azerbaijan", stance, cue: "said", content, channel: null, direct: false,
    sources: [{ document, claim: "c9", url: null, outlet: null, title: null, published: null, span: { start: 0, end: 1 }, evidenceText: content }],
    outlets: 1, disputes: [], disputedBy: [],
  });
  const candidates = [
    candidate("claim:shelling", "Armenian forces shelled our positions near Lachin"),
    candidate("claim:road", "the road to Lachin is open"),
    candidate("claim:denial", "Armenian forces shelled positions near Lachin", "deny"),
    candidate("claim:same-report", "Armenian forces shelled positions near Lachin", "assert", "this"),
  ];
  assert.deepEqual(answeredElsewhere(denial, body, "claim:d", "this", candidates), [{ denial: "claim:d", disputed: "claim:shelling" }]);
  assert.deepEqual(answeredElsewhere(denial, body, "claim:d", "this", [candidates[1]!]), [], "one shared word is not enough");
});
