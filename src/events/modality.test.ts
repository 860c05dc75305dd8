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

test("negation scope: no, never, without, denied, refused, stopped short of, prevented from", () => {
  const negatedOnly = [
    "No rockets were fired at Kharkiv overnight.",
    "Turkish troops did not attack the Iraqi border posts.",
    "Iran denied carrying out the bombing in Baku.",
    "Russia denied that its jets had bombed Odesa.",
    "Armenian forces never shelled Baku.",
    "Nobody was detained in Donetsk.",
    "German police stopped short of arresting the Iranian activists.",
  ];
  for (const text of negatedOnly) {
    const events = eventsIn(text);
    assert.ok(events.length > 0, text);
    assert.equal(events.filter((e) => !e.negated || e.hypothetical).length, 0, text);
  }
  const withdrawal = eventsIn("Armenian troops withdrew without shelling Baku.");
  assert.deepEqual(withdrawal.map((e) => [e.type, e.negated]), [["RETREAT", false], ["ASSAULT", true]]);
  const prevented = eventsIn("Hamas fighters were prevented from attacking the crossing.");
  assert.equal(prevented.find((e) => e.type === "ASSAULT")?.negated, true);
  const refusal = stated("Armenia refused to withdraw its troops from Karabakh.");
  assert.deepEqual(refusal.map((e) => e.type), ["REJECT"]);
});

test("a denied event inside a deny claim is negated and sourced to the denial", () => {
  const text = "Turkey denied that Turkish drones struck Iraqi villages.";
  const doc = handDoc(text, world, [{ id: "c1", speaker: "country:TR", cue: "denied", stance: "deny", content: "Turkish drones struck Iraqi villages" }], [], { published });
  const events = eventsOf(doc);
  const strike = events.find((e) => e.type === "ASSAULT");
  assert.equal(strike?.negated, true);
  assert.equal(strike?.source, "c1");
  assert.equal(events.filter((e) => !e.negated && !e.hypothetical).length, 0);
});

test("irrealis: possibility, expectation, deliberation, fears, in case of, questions are hypothetical", () => {
  const supposed = [
    "Iran may strike Iraqi Kurdish camps.",
    "Germany is expected to send tanks to Ukraine.",
    "France is considering sanctions on Iran.",
    "There are fears of an attack on Odesa.",
    "The risk of renewed fighting in Karabakh is high.",
    "Ukrainian troops are on alert in case of shelling near Kharkiv.",
    "Will Russia attack Odesa again?",
    "The protest planned for Saturday in Baku drew warnings.",
    "Russia would attack Odesa, analysts in Kyiv fear.",
  ];
  for (const text of supposed) {
    const events = eventsIn(text);
    assert.ok(events.length > 0, text);
    assert.equal(events.filter((e) => !e.negated && !e.hypothetical).length, 0, text);
    assert.ok(events.some((e) => e.hypothetical), text);
  }
});

test("'would' in reported speech is the speaker's announced future, outside it a supposition", () => {
  assert.equal(stated("Germany said it would send tanks to Ukraine.")[0]?.type, "AGREE");
  const supposed = eventsIn("Without sanctions Germany would send tanks to Ukraine.");
  assert.ok(supposed.every((e) => e.hypothetical || e.negated));
});

test("a warning about what others might do, or against their acts, is no threat", () => {
  assert.equal(stated("France warned of possible attacks on Odesa.").length, 0);
  assert.equal(stated("Germany warned Iran against attacking Iraqi towns.").filter((e) => e.type === "THREATEN").length, 0);
  assert.equal(stated("Iran warned that it would shell Iraqi towns.")[0]?.type, "THREATEN");
});

test("a demanding verb with nothing after it reports the sentence before it", () => {
  const events = eventsIn("Armenia has not attacked Baku, the Armenian Foreign Ministry insisted.");
  assert.equal(events.filter((e) => e.type === "REQUEST").length, 0);
  assert.ok(events.every((e) => e.negated));
});

test("a postponed or cancelled meeting did not take place", () => {
  assert.equal(stated("Armenia postponed talks with Azerbaijan.").filter((e) => e.type === "CONSULT").length, 0);
  assert.equal(stated("The talks between Armenia and Azerbaijan were cancelled.").filter((e) => e.type === "CONSULT").length, 0);
  const open = eventsIn("Iran did not rule out military action against Iraq.");
  assert.ok(open.every((e) => e.hypothetical && !e.negated));
});

test("what nobody could confirm is not stated as fact", () => {
  for (const text of ["There is no evidence that Iran shelled Iraqi towns.", "Officials could not independently confirm that Russian jets bombed Odesa."]) {
    const events = eventsIn(text);
    assert.ok(events.length > 0, text);
    assert.equal(events.filter((e) => !e.negated && !e.hypothetical).length, 0, text);
  }
});

test("an actor's own plan or readiness is PLOVER's THREATEN/AGREE; a called-for act is no event", () => {
  for (const text of ["Turkey is ready to attack Iraqi camps.", "Iran aims to retake Iraqi border posts.", "Russia plans to shell Odesa."]) {
    assert.deepEqual(stated(text).map((e) => e.type), ["THREATEN"], text);
  }
  assert.deepEqual(stated("The UN called for Russia to halt its attacks on Kharkiv.").map((e) => e.type), ["REQUEST"]);
});

test("hearsay is never stated: 'reports of', 'rumours that', 'unconfirmed reports said'", () => {
  const hearsayOnly = [
    "There were reports of a strike on the Kharkiv power plant.",
    "Local officials spoke of reports of shelling in Donetsk.",
    "Rumours that Russian troops had arrested the mayor circulated online.",
    "Unconfirmed reports said Turkish jets had bombed Iraqi villages.",
    "The claim that Ukrainian forces attacked Odesa is false, the ministry said.",
    "According to rumours, Russian troops shelled Kharkiv overnight.",
    "Russian troops shelled Kharkiv overnight, unconfirmed reports said.",
  ];
  for (const text of hearsayOnly) {
    const events = eventsIn(text);
    assert.ok(events.some((e) => e.type === "ASSAULT" || e.type === "COERCE"), text);
    assert.equal(stated(text).length, 0, text);
  }
  // A report that attributes is no rumour.
  assert.equal(stated("A UN report said Russian forces shelled Kharkiv.")[0]?.type, "ASSAULT");
  assert.equal(stated("Officials confirmed reports that Russian troops shelled Kharkiv.")[0]?.type, "ASSAULT");
});

test("'had nothing to do with' negates; 'failed to' negates force and turns cooperation into REJECT", () => {
  const disowned = eventsIn("Turkey said it had nothing to do with the attack on the Iraqi border post.");
  assert.deepEqual(disowned.map((e) => [e.type, e.negated]), [["ASSAULT", true]]);
  const failed = eventsIn("Russian troops failed to capture the village.");
  assert.deepEqual(failed.map((e) => [e.type, e.negated]), [["ASSAULT", true]]);
  assert.equal(stated("Iraqi forces failed to storm the building.").length, 0);
  assert.equal(stated("Russian forces failed to withdraw from Kharkiv.")[0]?.type, "REJECT");
});

test("'insisted' is a demand only with 'on' or 'that', not when it asserts", () => {
  assert.equal(stated("Iran insisted it had not supplied drones to Russia.").filter((e) => e.type === "REQUEST").length, 0);
  assert.equal(stated("Russia insisted on Monday that Ukraine must withdraw from Karabakh.")[0]?.type, "REQUEST");
});

test("a noun trigger's own verb group, past its object, carries the modality", () => {
  assert.equal(stated("A Turkish attack on Iraqi Kurdish positions is not expected.").length, 0);
  assert.equal(stated("The attack on the convoy never happened, Russia said.").length, 0);
  assert.equal(stated("The attack on the convoy was likely carried out by Russian troops.")[0]?.type, "ASSAULT");
});

test("avoided, planned, believed and 'if confirmed' leave the act unstated", () => {
  assert.equal(eventsIn("Turkey avoided imposing sanctions on Iran.").find((e) => e.type === "SANCTION")?.negated, true);
  assert.equal(eventsIn("Hamas called off a planned attack on the crossing.").find((e) => e.type === "ASSAULT")?.hypothetical, true);
  assert.equal(stated("Russia is believed to have shelled Kharkiv.").length, 0);
  assert.equal(stated("The army was told to prepare for an attack on Kharkiv.").length, 0);
  const unconfirmedReport = eventsIn("Russia's attack on Kharkiv, if confirmed, would be the largest this year.");
  assert.deepEqual(unconfirmedReport.map((e) => [e.type, e.hypothetical]), [["ASSAULT", true]]);
});

test("what a party fears is only possible", () => {
  assert.equal(stated("Armenia fears Azerbaijan will invade.").length, 0);
  assert.equal(stated("Officials are worried Russia will attack Odesa.").length, 0);
});

test("taking part: the participant acts, and a refusal to take part is REJECT, a boycott no meeting", () => {
  assert.deepEqual(stated("Armenia took part in the talks in Baku on Monday.").map((e) => [e.type, e.actor]), [["CONSULT", "country:AM"]]);
  assert.deepEqual(stated("Germany will not participate in the negotiations.").map((e) => [e.type, e.actor]), [["REJECT", "country:DE"]]);
  assert.equal(eventsIn("Russia boycotted the meeting in Kyiv.").find((e) => e.type === "CONSULT")?.negated, true);
});
