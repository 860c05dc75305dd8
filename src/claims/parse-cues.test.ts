import assert from "node:assert/strict";
import { test } from "node:test";
import { runClaims } from "../../test/claims/run-claims.js";

const contents = (text: string) => runClaims(text).claims.map((c) => `${c.cue}: ${c.content}`);

test("a reporting word the parse reads as a noun is no cue", () => {
  for (const text of [
    "Despite these mass protests, they turned their grief into action.",
    "With trade and financial rules, the world is splitting in two.",
    "Trump responded to the high hopes for America with which the term began.",
  ]) {
    assert.deepEqual(contents(text), [], text);
  }
});

test("the same words as verbs still attribute", () => {
  assert.deepEqual(contents("The union protests that the rules are unfair."), ["protests: that the rules are unfair"]);
  assert.deepEqual(contents("The minister hopes the talks will resume."), ["hopes: the talks will resume"]);
});
