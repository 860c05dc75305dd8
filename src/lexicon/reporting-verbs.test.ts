import assert from "node:assert/strict";
import { test } from "node:test";
import { reportingVerbs, speechVerbForms } from "./reporting-verbs.js";

test("verbs of speech give their finite forms, irregular ones included", () => {
  const forms = speechVerbForms();
  for (const form of ["said", "says", "say", "told", "wrote", "denied", "announced", "warns"]) assert.ok(forms.has(form), `expected ${form}`);
});

test("forms that are also reporting nouns or common nouns are not speech forms", () => {
  const forms = speechVerbForms();
  for (const form of ["claims", "reports", "state", "stress", "saying"]) assert.ok(!forms.has(form), `did not expect ${form}`);
});

test("every reporting verb has a stance and frames, and a lemma listed once", () => {
  const lemmas = reportingVerbs.map((v) => v.lemma);
  assert.equal(new Set(lemmas).size, lemmas.length);
  for (const verb of reportingVerbs) assert.ok(verb.frames.length > 0, `${verb.lemma} has no frames`);
});
