import assert from "node:assert/strict";
import { test } from "node:test";
import { runClaims } from "../../test/claims/run-claims.js";

const show = (text: string) => runClaims(text).claims.map((c) => [c.speaker.text, c.speaker.resolution, c.cue, c.content]);

test("a quotation paragraph without attribution goes on with the previous paragraph's speaker", () => {
  const text = "“We have waited long enough,” the union leader told reporters.\n\n“If nothing changes by Friday, we will walk out.”\n\n“This is our last offer.”";
  const { claims } = runClaims(text);
  assert.deepEqual(
    claims.map((c) => [c.speaker.text, c.speaker.resolution, c.cue, c.content]),
    [
      ["the union leader", "unknown", "told", "“We have waited long enough,”"],
      ["the union leader", "inferred", "", "“If nothing changes by Friday, we will walk out.”"],
      ["the union leader", "inferred", "", "“This is our last offer.”"],
    ],
  );
  const inferred = claims[1]!;
  assert.deepEqual(inferred.cueSpans, []);
  assert.equal(inferred.direct, true);
  assert.deepEqual(inferred.speaker.spans, claims[0]!.speaker.spans, "the speaker points at where it was named");
  assert.equal(text.slice(inferred.evidence.start, inferred.evidence.end), "“If nothing changes by Friday, we will walk out.”");
});

test("an indirect report hands its speaker on too", () => {
  assert.deepEqual(show("The company said talks would continue.\n\n“We remain hopeful.”"), [
    ["The company", "unknown", "said", "talks would continue"],
    ["The company", "inferred", "", "“We remain hopeful.”"],
  ]);
});

test("no speaker is handed on across a paragraph without claims, to a passive report, or over the quote's own attribution", () => {
  assert.deepEqual(show("“Go,” he said.\n\nThe rain stopped.\n\n“We stay.”").length, 1);
  assert.deepEqual(show("It was reported that talks would continue.\n\n“We remain hopeful.”").length, 1);
  assert.deepEqual(show("“Go,” he said.\n\n“Stay. Wait,” she said."), [
    ["he", "unknown", "said", "“Go,”"],
    ["she", "unknown", "said", "“Stay. Wait,”"],
  ]);
});
