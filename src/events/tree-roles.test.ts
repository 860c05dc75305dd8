import assert from "node:assert/strict";
import { test } from "node:test";
import { createContext, defaultStages } from "../analyze.js";
import { runPipeline } from "../core/pipeline.js";
import { textDoc } from "../../test/support/text-doc.js";

const ctx = createContext(new Date("2024-01-01T00:00:00Z"));

const roles = (text: string) =>
  (runPipeline(defaultStages, textDoc(text), ctx).data.events?.events ?? []).map((e) => [e.type, e.trigger, e.actor, e.recipient]);

test("the parse gives a controlled verb its controller's subject, and a passive its distant agent", () => {
  assert.deepEqual(roles("Hamas, the group that runs Gaza, has repeatedly tried to attack Israel."), [["ASSAULT", "attack", "group:hamas", "country:IL"]]);
  const passive = "The convoy was attacked on Tuesday, after days of heavy fighting near the border, by Houthi rebels.";
  assert.deepEqual(roles(passive), [["ASSAULT", "attacked", "group:houthis", null]]);
});

test("a place hung on the subject is not the actor: protesters in Minsk are not Belarus", () => {
  assert.deepEqual(roles("Protesters in Minsk attacked the police."), [["ASSAULT", "attacked", null, null]]);
});

test("interrupting a person is no coercion; interrupting a connection is", () => {
  assert.deepEqual(roles("The French president interrupted the German chancellor."), []);
  assert.deepEqual(roles("The road link to Armenia was interrupted by Azerbaijan for months.").map(([type]) => type), ["COERCE"]);
});

test("winning back control of a council is no assault, and an answer given in response accuses nobody", () => {
  assert.deepEqual(roles("Labour regained control of the council."), []);
  assert.deepEqual(roles("In response, Germany said Ukraine would receive air defence systems.").filter(([type]) => type === "ACCUSE"), []);
});

test("a goal is no happening: purpose clauses and what someone wants or arranges stay hypothetical", () => {
  const stated = (text: string) => (runPipeline(defaultStages, textDoc(text), ctx).data.events?.events ?? []).filter((e) => !e.hypothetical && !e.negated).map((e) => e.trigger);
  assert.deepEqual(stated("Russia massed troops on the border in order to attack Ukraine."), ["massed"]);
  assert.deepEqual(stated("Russia wants to seize the port of Odesa."), []);
  assert.deepEqual(stated("The army shelled the village to drive out the rebels.").includes("shelled"), true);
  assert.deepEqual(stated("Russia seized the port of Odesa."), ["seized"]);
});

test("a word both noun and verb takes the tagger's reading: the 2014 protests are demonstrations, not an objection", () => {
  const types = (text: string) => (runPipeline(defaultStages, textDoc(text), ctx).data.events?.events ?? []).map((e) => [e.trigger, e.type]);
  assert.deepEqual(types("The last election in Hong Kong was held before the 2014 protests."), [["protests", "PROTEST"]]);
  assert.deepEqual(types("Fighting has not re-emerged in the region since the ceasefire.").map(([, type]) => type), ["ASSAULT"]);
});
