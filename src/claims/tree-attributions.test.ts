import assert from "node:assert/strict";
import { test } from "node:test";
import { runClaims } from "../../test/claims/run-claims.js";

const show = (text: string) => runClaims(text, []).claims.map((c) => [c.speaker.text, c.cue, c.content]);

test("a reporting verb behind a fronted clause is read off the parse", () => {
  assert.deepEqual(show("Pointing to the latest polls, the senator has said she will run again in the autumn."), [
    ["the senator", "has said", "she will run again in the autumn"],
  ]);
});

test("a source phrase never opens on an infinitive marker: “to report” is no speaker", () => {
  // Without the parse the rules read "to" as the source of "report" and the sentence before it as the content.
  assert.deepEqual(show("The officer told lawmakers it was his “duty” to report the abuse."), [
    ["The officer", "told", "it was his “duty” to report the abuse"],
  ]);
});

test("a relative clause about the source is not a report of its own", () => {
  assert.deepEqual(show("A resident, who asked not to be named, said the shelling lasted all night."), [
    ["A resident", "said", "the shelling lasted all night"],
  ]);
});

test("a belief inside a quotation is nested in the quoting claim, its “I” being the quoted speaker", () => {
  const { claims } = runClaims("“I think the ceasefire will hold,” the mayor told reporters.", [
    { id: "person:mayor", name: "The Mayor", type: "person", names: ["the mayor"] },
  ]);
  const inner = claims.find((c) => c.cue === "think");
  const outer = claims.find((c) => c.cue === "told");
  assert.ok(inner && outer, `expected a "think" and a "told" claim, got ${claims.map((c) => c.cue).join(", ")}`);
  assert.equal(inner.content, "the ceasefire will hold");
  assert.equal(inner.reportedBy, outer.id);
  assert.equal(outer.speaker.entity, "person:mayor");
  assert.equal(inner.speaker.entity, "person:mayor");
});

test("“according to” closing a sentence without the comma the rules need is read off the parse", () => {
  assert.deepEqual(show("Dozens of people were killed in the strikes according to the health ministry."), [
    ["the health ministry", "according to", "Dozens of people were killed in the strikes"],
  ]);
});

test("“according to” opening a sentence without its comma is read where the parse sets the source apart", () => {
  assert.deepEqual(show("According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed in a stampede near Mecca."), [
    ["the Saudi Interior Ministry", "According to", "over 345 Muslim pilgrims have been killed in a stampede near Mecca"],
  ]);
  // The parse runs "the ministry dozens" together: where the source ends is a guess, so no claim is made.
  assert.deepEqual(show("According to the ministry dozens of people were killed."), []);
});
