import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsOf, handDoc } from "../../test/events/hand-findings.js";
import { world } from "../../test/events/world.js";

const published = "2024-03-15T10:00:00Z";
const eventsIn = (text: string) => eventsOf(handDoc(text, world, [], [], { published }));
const only = (text: string) => {
  const events = eventsIn(text);
  assert.equal(events.length, 1, `expected one event in "${text}", got ${events.map((e) => e.type).join(", ")}`);
  return events[0]!;
};

test("an active verb: the subject acts on the object", () => {
  const event = only("Russia attacked Ukraine.");
  assert.equal(event.type, "ASSAULT");
  assert.equal(event.actor, "country:RU");
  assert.equal(event.recipient, "country:UA");
  assert.equal(event.trigger, "attacked");
});

test("a passive with by: the by-phrase acts, the subject receives", () => {
  const event = only("Armenian positions were shelled by Azerbaijani artillery on Tuesday.");
  assert.equal(event.type, "ASSAULT");
  assert.equal(event.mode, "heavy-weapons");
  assert.equal(event.actor, "country:AZ");
  assert.equal(event.recipient, "country:AM");
});

test("a capital standing for its government acts through its seat", () => {
  const event = only("The road to Armenia was interrupted by Baku for months, cutting food supplies.");
  assert.equal(event.type, "COERCE");
  assert.equal(event.mode, "withhold");
  assert.equal(event.actor, "country:AZ");
});

test("a noun trigger takes a demonym modifier as its actor", () => {
  const event = only("Russian shelling hit Kharkiv overnight.");
  assert.equal(event.type, "ASSAULT");
  assert.equal(event.actor, "country:RU");
  assert.equal(event.location, "city:kharkiv");
});

test("a noun after a light verb belongs to the subject", () => {
  const event = only("Azerbaijan has launched a military operation in Nagorno-Karabakh.");
  assert.equal(event.type, "ASSAULT");
  assert.equal(event.actor, "country:AZ");
  assert.equal(event.location, "region:nk");
});

test("support received from someone is given by them", () => {
  const event = only("Ukraine receives support from Germany.");
  assert.equal(event.type, "SUPPORT");
  assert.equal(event.actor, "country:DE");
  assert.equal(event.recipient, "country:UA");
});

test("a demand is a REQUEST from the demander to the party named after the cue", () => {
  const event = only("The Armenian Foreign Ministry called on Azerbaijan to leave the occupied villages.");
  assert.equal(event.type, "REQUEST");
  assert.equal(event.actor, "gov:AM:foreign");
  assert.equal(event.recipient, "country:AZ");
});

test("X said Y must do something: a REQUEST from X to Y", () => {
  const event = only("Russia said that Ukraine must withdraw its troops.");
  assert.equal(event.type, "REQUEST");
  assert.equal(event.actor, "country:RU");
  assert.equal(event.recipient, "country:UA");
});

test("accusations and rejections are coded with their addressee", () => {
  const accusation = only("Ukraine accused Russia of shelling the plant.");
  assert.equal(accusation.type, "ACCUSE");
  assert.equal(accusation.recipient, "country:RU");
  const rejection = only("Hamas rejected the proposal of the United Nations.");
  assert.equal(rejection.type, "REJECT");
  assert.equal(rejection.actor, "group:hamas");
});

test("rejecting allegations is a denial, not an event", () => {
  assert.equal(eventsIn("Azerbaijan rejected the allegations from Armenia.").length, 0);
});

test("two sides fighting are both actors", () => {
  const event = only("Armenian and Azerbaijani troops clashed near the border.");
  assert.equal(event.type, "ASSAULT");
  assert.deepEqual([event.actor, ...event.actors].sort(), ["country:AM", "country:AZ"]);
  assert.equal(event.recipient, null);
});

test("a consequence participle is part of the same event", () => {
  const events = eventsIn("Russian forces shelled Odesa, killing four civilians.");
  assert.equal(events.length, 1);
  assert.equal(events[0]?.trigger, "shelled");
});

test("context words recode a trigger: blocked roads by protesters is PROTEST, aid suspended is SANCTION", () => {
  assert.equal(only("Thousands of protesters blocked roads in Baku.").type, "PROTEST");
  assert.equal(only("Germany suspended its aid to Armenia.").type, "SANCTION");
  assert.equal(only("Turkey seized territory in Iraq.").type, "ASSAULT");
  assert.equal(only("Iraqi police seized weapons in a raid.").type, "COERCE");
});

test("a word used as a noun is no verb trigger: constitutional order, press release, recognized state", () => {
  assert.equal(eventsIn("The ministry spoke of restoring constitutional order.").length, 0);
  assert.equal(eventsIn("According to a press release from the UN, talks are planned.").filter((e) => e.type === "RETREAT").length, 0);
  assert.equal(eventsIn("The internationally recognized government sits in Baku.").length, 0);
});

test("PLOVER: a MOBILIZE in the context of an ASSAULT by the same side is coded as the ASSAULT only", () => {
  const events = eventsIn("Russia deployed troops to the border. Russia attacked Ukraine the next day.");
  assert.deepEqual(events.map((e) => e.type), ["ASSAULT"]);
});

test("a verb joined by 'and' is its own event, and the first one's object stops before it", () => {
  const events = eventsIn("The UN condemned the attacks and urged Russia to withdraw.");
  assert.deepEqual(events.map((e) => [e.type, e.actor, e.recipient]), [
    ["ACCUSE", "org:un", null],
    ["REQUEST", "org:un", "country:RU"],
  ]);
});

test("an 'and' that joins clauses starts a new subject", () => {
  const events = eventsIn("Zelensky visited Kharkiv last week and Germany pledged more aid.");
  assert.equal(events.find((e) => e.type === "AGREE")?.actor, "country:DE");
});

test("a headline and a body sentence merge once the body sentence has found its actor", () => {
  const text = "Russian strikes kill 20 in Kharkiv\n\nAt least 20 people were killed in Russian airstrikes on Kharkiv on Saturday.";
  const events = eventsIn(text);
  assert.equal(events.length, 1);
  assert.deepEqual([events[0]?.type, events[0]?.actor, events[0]?.date, events[0]?.evidenceSpans.length], ["ASSAULT", "country:RU", "2024-03-09", 2]);
});

test("a happening the opening tells without its actor is the same one a later sentence tells with it; a late repeat is not", () => {
  const filler = "Residents described the night. Officials counted the damage. Schools stayed closed.";
  const opening = `Kharkiv was shelled overnight, officials said. ${filler} Russia shelled Kharkiv from the north.`;
  assert.equal(eventsIn(opening).filter((e) => e.type === "ASSAULT").length, 1, "the opening's shelling told again");
  const late = `${filler} Shops reopened. Kharkiv was shelled overnight. Schools stayed shut. Russia shelled Kharkiv from the north on Friday.`;
  assert.equal(eventsIn(late).filter((e) => e.type === "ASSAULT").length, 2, "two shellings past the opening stay two");
});
