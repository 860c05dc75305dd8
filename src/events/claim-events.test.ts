import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsOf, handDoc } from "../../test/events/hand-findings.js";
import { world } from "../../test/events/world.js";

test("an event known through a claim carries the claim, and its dispute", () => {
  const text = "It was reported that Armenian positions were shelled by Azerbaijani artillery. Baku denied the reports.";
  const doc = handDoc(
    text,
    world,
    [
      { id: "c1", speaker: null, cue: "It was reported", stance: "assert", content: "Armenian positions were shelled by Azerbaijani artillery" },
      { id: "c2", speaker: "country:AZ", cue: "denied", stance: "deny", content: "the reports" },
    ],
    [{ denial: "c2", disputed: "c1" }],
  );
  const events = eventsOf(doc);
  assert.equal(events.length, 1);
  assert.deepEqual([events[0]?.source, events[0]?.disputed, events[0]?.actor], ["c1", true, "country:AZ"]);
});

test("a demand claim is a REQUEST from its speaker to the addressee; what it demands is no event", () => {
  const text = "“The government of Armenia must recognize Karabakh and withdraw its troops,” Zelensky said.";
  const doc = handDoc(text, world, [{ id: "c1", speaker: "person:zelensky", cue: "said", stance: "demand", content: "The government of Armenia must recognize Karabakh and withdraw its troops" }]);
  const events = eventsOf(doc);
  assert.deepEqual(events.map((e) => [e.type, e.actor, e.recipient]), [["REQUEST", "person:zelensky", "country:AM"]]);
});

test("an assertion made in response is no accusation without accusing wording", () => {
  const text = "In response, Baku pointed out that Armenia still controls areas in Azerbaijan.";
  const doc = handDoc(text, world, [{ id: "c1", speaker: "country:AZ", cue: "pointed out", stance: "assert", content: "Armenia still controls areas in Azerbaijan" }]);
  assert.deepEqual(eventsOf(doc).map((e) => e.type), []);
});

test("an assertion framed with accusing wording is an ACCUSE of the party it names", () => {
  const text = "Baku accused Armenia of keeping troops in Azerbaijan.";
  const doc = handDoc(text, world, [{ id: "c1", speaker: "country:AZ", cue: "accused", stance: "assert", content: "of keeping troops in Azerbaijan" }]);
  const events = eventsOf(doc);
  assert.deepEqual(events.map((e) => [e.type, e.actor, e.recipient]), [["ACCUSE", "country:AZ", "country:AM"]]);
});

test("a party reporting harm done to it by another accuses that other", () => {
  const text = "The Ukrainian Defense Ministry said Russian drones attacked Ukrainian ports.";
  const doc = handDoc(text, world, [{ id: "c1", speaker: "gov:UA:defense", cue: "said", stance: "assert", content: "Russian drones attacked Ukrainian ports" }]);
  const types = eventsOf(doc).map((e) => `${e.type} ${e.actor}->${e.recipient}`);
  assert.ok(types.includes("ASSAULT country:RU->country:UA"), types.join("; "));
  assert.ok(types.includes("ACCUSE gov:UA:defense->country:RU"), types.join("; "));
});

test("repeated mentions of one happening merge and keep every evidence span", () => {
  const text = "Azerbaijan launches offensive in Karabakh\n\nAzerbaijan has launched a new offensive in Karabakh. Azerbaijan also arrested two journalists.";
  const events = eventsOf(handDoc(text, world, [], [], { published: "2024-03-15T10:00:00Z" }));
  const offensive = events.filter((e) => e.type === "ASSAULT");
  assert.equal(offensive.length, 1);
  assert.equal(offensive[0]?.evidenceSpans.length, 2);
  for (const span of offensive[0]?.evidenceSpans ?? []) assert.ok(text.slice(span.start, span.end).includes("offensive"));
  assert.equal(events.filter((e) => e.type === "COERCE").length, 1);
});

test("the speaker of a reporting verb is not the actor of the event it reports", () => {
  const text = "Russia said rebels attacked its base near Kharkiv.";
  const doc = handDoc(text, world, [{ id: "c1", speaker: "country:RU", cue: "said", stance: "assert", content: "rebels attacked its base near Kharkiv" }]);
  const attack = eventsOf(doc).find((e) => e.type === "ASSAULT");
  assert.equal(attack?.actor, null);
  assert.equal(attack?.source, "c1");
  const named = handDoc("Russia said Ukrainian drones attacked Kharkiv.", world, [
    { id: "c1", speaker: "country:RU", cue: "said", stance: "assert", content: "Ukrainian drones attacked Kharkiv" },
  ]);
  assert.equal(eventsOf(named).find((e) => e.type === "ASSAULT")?.actor, "country:UA");
});

test("with no claim found, a reported clause still keeps its own subject", () => {
  const events = eventsOf(handDoc("Azerbaijan said gunmen attacked a convoy.", world));
  assert.equal(events.find((e) => e.type === "ASSAULT")?.actor, null);
  const own = eventsOf(handDoc("Azerbaijan said on Monday it had shelled Armenian positions.", world));
  assert.equal(own.find((e) => e.type === "ASSAULT")?.actor, "country:AZ");
});

test("a pronoun's owner in a passive is the target, not the actor", () => {
  const text = "Turkey said its convoy was attacked near the border.";
  const doc = handDoc(text, world, [{ id: "c1", speaker: "country:TR", cue: "said", stance: "assert", content: "its convoy was attacked near the border" }]);
  assert.notEqual(eventsOf(doc).find((e) => e.type === "ASSAULT")?.actor, "country:TR");
});

test("harm a speaker reports as only possible or not done is no accusation", () => {
  const speech = (text: string, content: string) =>
    eventsOf(handDoc(text, world, [{ id: "c1", speaker: "country:AM", cue: "said", stance: "assert", content }]));
  const possible = speech("Armenia said Azerbaijan could shell Armenian villages.", "Azerbaijan could shell Armenian villages");
  const denied = speech("Armenia said Azerbaijan did not shell Armenian villages.", "Azerbaijan did not shell Armenian villages");
  for (const events of [possible, denied]) assert.deepEqual(events.filter((e) => !e.negated && !e.hypothetical).map((e) => e.type), []);
  const done = speech("Armenia said Azerbaijan shelled Armenian villages.", "Azerbaijan shelled Armenian villages");
  assert.ok(done.some((e) => e.type === "ACCUSE" && e.actor === "country:AM" && e.recipient === "country:AZ"));
});
