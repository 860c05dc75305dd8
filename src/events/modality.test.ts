import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsOf, handDoc } from "../../test/events/hand-findings.js";
import { world } from "../../test/events/world.js";

const published = "2024-03-15T10:00:00Z";
const eventsIn = (text: string) => eventsOf(handDoc(text, world, [], [], { published }));
const stated = (text: string) => eventsIn(text).filter((e) => !e.negated && !e.hypothetical);

test("negated events are marked negated and never stated", () => {
  const events = eventsIn("Fighting has not re-emerged in Nagorno-Karabakh since the ceasefire.");
  assert.ok(events.every((e) => e.negated));
  assert.equal(stated("Russia did not attack the convoy.").length, 0);
  assert.equal(stated("There were no airstrikes on Kharkiv.").length, 0);
  assert.equal(stated("Azerbaijan has never shelled civilian areas.").length, 0);
});

test("possible and conditional events are hypothetical or threats, never stated facts", () => {
  assert.equal(stated("An attack on the port could disrupt exports.").length, 0);
  assert.equal(stated("Russia might attack Ukraine again.").length, 0);
  const conditional = eventsIn("If Russia attacks Ukraine again, Germany would respond.");
  assert.ok(conditional.every((e) => e.type !== "ASSAULT" || e.hypothetical));
});

test("threats: the verb or an intended use of force is THREATEN with the threat's mode", () => {
  const threat = stated("Iran threatened to shell Iraqi towns.");
  assert.equal(threat.length, 1);
  assert.equal(threat[0]?.type, "THREATEN");
  assert.equal(threat[0]?.mode, "violence");
  assert.equal(stated("Turkey will impose sanctions on France.")[0]?.type, "THREATEN");
});

test("PLOVER auxiliary modes: future cooperation is AGREE, a future retreat CONCEDE, a refusal REJECT", () => {
  assert.equal(stated("Germany will send tanks to Ukraine.")[0]?.type, "AGREE");
  assert.equal(stated("Russia announced it would withdraw troops from Kharkiv.")[0]?.type, "CONCEDE");
  assert.equal(stated("Iran said it would not accept the conditions.")[0]?.type, "REJECT");
  assert.equal(stated("Armenia and Azerbaijan failed to reach an agreement.")[0]?.type, "REJECT");
});

test("the complement of a governing verb is not a second event", () => {
  const events = stated("Hamas agreed to release the hostages.");
  assert.deepEqual(events.map((e) => e.type), ["AGREE"]);
});

test("a threat under a condition is still a threat, the supposed act is hypothetical", () => {
  const events = eventsIn("Russia threatened to retaliate if Germany sends missiles to Ukraine.");
  const threat = events.find((e) => e.type === "THREATEN");
  assert.equal(threat?.hypothetical, false);
  assert.ok(events.filter((e) => e.type === "AID").every((e) => e.hypothetical));
});

test("an act only weighed ('decided whether to strike') is hypothetical", () => {
  assert.equal(stated("Israel has not yet decided whether to strike Iran.").length, 0);
});
