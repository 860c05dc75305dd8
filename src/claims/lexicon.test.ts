import assert from "node:assert/strict";
import { test } from "node:test";
import { verbForms } from "../annotate/inflection.js";
import { lexicon } from "./lexicon.js";

const stances = new Set(["assert", "deny", "demand", "warn", "question", "promise"]);

test("the inflector spells regular reporting verbs", () => {
  assert.deepEqual([...verbForms("point").keys()], ["point", "points", "pointed", "pointing"]);
  assert.deepEqual([...verbForms("deny").keys()], ["deny", "denies", "denied", "denying"]);
  assert.deepEqual([...verbForms("urge").keys()], ["urge", "urges", "urged", "urging"]);
  assert.deepEqual([...verbForms("stress").keys()], ["stress", "stresses", "stressed", "stressing"]);
  assert.deepEqual([...verbForms("admit").keys()], ["admit", "admits", "admitted", "admitting"]);
  assert.deepEqual([...verbForms("slam").keys()], ["slam", "slams", "slammed", "slamming"]);
  assert.deepEqual([...verbForms("tweet").keys()], ["tweet", "tweets", "tweeted", "tweeting"]);
});

test("irregular and phrasal forms are indexed by their first word", () => {
  const { verbs } = lexicon();
  assert.equal(verbs.get("said")?.[0]?.entry.lemma, "say");
  assert.equal(verbs.get("told")?.[0]?.form, "past");
  assert.equal(verbs.get("spoke")?.[0]?.entry.lemma, "speak");
  const pointed = verbs.get("pointed") ?? [];
  assert.deepEqual(pointed[0]?.rest, ["out"], "phrasal spellings come before single words");
  assert.equal(verbs.get("calls")?.find((s) => s.rest[0] === "on")?.entry.stance, "demand");
});

test("the lexicon holds hundreds of entries, each with a known stance", () => {
  const { verbs, nouns, denialPredicates, channelNouns, media } = lexicon();
  const lemmas = new Set([...verbs.values()].flat().map((s) => s.entry));
  assert.ok(lemmas.size >= 200, `${lemmas.size} verbs`);
  const phraseCount = [denialPredicates, channelNouns, media].reduce((n, index) => n + [...index.values()].flat().length, 0);
  assert.ok(lemmas.size + nouns.size / 2 + phraseCount >= 500, `${lemmas.size + nouns.size / 2 + phraseCount} entries`);
  for (const entry of lemmas) assert.ok(stances.has(entry.stance), entry.lemma);
  for (const noun of nouns.values()) assert.ok(stances.has(noun.stance), noun.noun);
});

test("stances of typical cues", () => {
  const stanceOf = (form: string) => lexicon().verbs.get(form)?.at(-1)?.entry.stance;
  assert.deepEqual(
    ["denied", "rejected", "refuted", "urged", "demanded", "warned", "vowed", "questioned", "assured"].map(stanceOf),
    ["deny", "deny", "deny", "demand", "demand", "warn", "promise", "question", "assert"],
  );
  assert.equal(lexicon().verbs.get("confirm")?.[0]?.entry.negated, "deny", "“did not confirm” denies");
  assert.equal(lexicon().verbs.get("deny")?.[0]?.entry.negated, undefined, "“did not deny” is no denial");
});
