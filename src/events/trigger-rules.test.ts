import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsOf, handDoc } from "../../test/events/hand-findings.js";
import { world } from "../../test/events/world.js";

const published = "2024-03-15T10:00:00Z";
const eventsIn = (text: string) => eventsOf(handDoc(text, world, [], [], { published }));
const typesIn = (text: string) => eventsIn(text).map((e) => `${e.type}${e.mode ? `/${e.mode}` : ""}`);

test("'strike' is force in a military context and a labour protest only in a labour context", () => {
  assert.deepEqual(typesIn("Russian air strikes hit Odesa."), ["ASSAULT/aerial"]);
  assert.ok(!typesIn("The strikes were a response to attacks on Kharkiv.").some((t) => t.startsWith("PROTEST")));
  assert.ok(!typesIn("The strikes continued overnight.").some((t) => t.startsWith("PROTEST")));
  assert.deepEqual(typesIn("Dock workers went on strike on Monday."), ["PROTEST/strike"]);
  assert.deepEqual(typesIn("Teachers began a general strike over pay."), ["PROTEST/strike"]);
  assert.deepEqual(typesIn("The unions called a strike for Thursday."), ["PROTEST/strike"]);
});

test("a verb phrase split by a date or adverb is still one trigger", () => {
  const [event] = eventsIn("The United Nations called Thursday on Russia to withdraw its troops.");
  assert.equal(event?.type, "REQUEST");
  assert.equal(event?.trigger, "called Thursday on");
  assert.equal(event?.recipient, "country:RU");
  assert.equal(eventsIn("Germany called again for a ceasefire.")[0]?.type, "REQUEST");
});

test("a separable particle after its object is still one trigger", () => {
  const [event] = eventsIn("Azerbaijan forced the Armenian monitors out of Karabakh.");
  assert.equal(event?.type, "COERCE");
  assert.equal(event?.trigger, "forced the Armenian monitors out");
  assert.equal(event?.actor, "country:AZ");
  assert.equal(event?.recipient, "country:AM");
  const appositive = eventsIn("Azerbaijan forced the monitoring agency, UN, out of Karabakh.")[0];
  assert.deepEqual([appositive?.type, appositive?.recipient], ["COERCE", "org:un"]);
  // A preposition or clause break ends the object: no trigger runs across it.
  assert.ok(!typesIn("Azerbaijan forced the convoy to stop and the monitors moved out.").includes("COERCE/deport"));
});

test("a participle clause after a noun describes the noun and is no event of its own", () => {
  assert.deepEqual(typesIn("Armenia published a letter handed over to the United Nations on Monday."), []);
  const events = eventsIn("Ukraine said it shot down 20 of 25 drones launched by Russia overnight.");
  assert.equal(events.length, 1);
  assert.equal(events[0]?.actor, "country:UA");
  // A noun phrase opening the sentence is the subject: its verb stands.
  assert.deepEqual(typesIn("Russia said it had struck facilities supporting the Ukrainian army."), ["ASSAULT"]);
  // A governing -ing form carries the noun's content: the declaration is the demand.
  assert.deepEqual(typesIn("Armenia issued a statement demanding that Azerbaijan withdraw."), ["REQUEST"]);
  assert.deepEqual(typesIn("Dozens of Russian soldiers attacked Kharkiv."), ["ASSAULT"]);
  assert.deepEqual(typesIn("The Russian army said its troops attacked Kharkiv."), ["ASSAULT"]);
  // An -ed word opening the noun phrase is its adjective, not a verb taking it as object.
  assert.deepEqual(typesIn("Iraq said unidentified drones struck the camp."), ["ASSAULT/drone"]);
  assert.deepEqual(typesIn("Hundreds of armed men stormed the building."), ["ASSAULT"]);
});

test("', killing dozens' is the consequence of the event before it, not another event", () => {
  const events = eventsIn("Russia shelled Kharkiv on Monday, killing dozens of civilians.");
  assert.equal(events.length, 1);
  assert.equal(events[0]?.type, "ASSAULT");
});

test("a capitalised trigger word that is part of an unrecognised name is no trigger", () => {
  assert.deepEqual(typesIn("Shell and Glencore suspended operations in Iraq."), ["SANCTION/discontinue"]);
  assert.ok(!typesIn("Delegates from Strike Capital met German officials.").some((t) => t.startsWith("ASSAULT")));
  // A sentence-initial verb is still one, and so are the capitalised verbs of a title-case headline.
  assert.deepEqual(typesIn("Attack on Odesa kills three."), ["ASSAULT"]);
  assert.ok(typesIn("Russian Forces Attack Odesa Port").includes("ASSAULT"));
});
