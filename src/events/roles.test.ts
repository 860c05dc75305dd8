import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsOf, handDoc } from "../../test/events/hand-findings.js";
import { world } from "../../test/events/world.js";

const published = "2024-03-15T10:00:00Z";
const eventsIn = (text: string) => eventsOf(handDoc(text, world, [], [], { published }));
const roles = (text: string) => eventsIn(text).map((e) => [e.type, e.actor, e.recipient]);

test("'an attack by X on Y': X acts on Y, whoever repelled it", () => {
  const [event] = eventsIn("Ukrainian forces repelled an attack by the Russian army on the city of Kharkiv.");
  assert.equal(event?.type, "ASSAULT");
  assert.equal(event?.actor, "country:RU");
  // The defender was the target; the place attacked is the location.
  assert.equal(event?.recipient, "country:UA");
  assert.equal(event?.location, "city:kharkiv");
  assert.deepEqual(roles("An attack by Hamas on Turkey was foiled."), [["ASSAULT", "group:hamas", "country:TR"]]);
});

test("a speech act is located where it was said, never at a place named in what was said", () => {
  const [said] = eventsIn("The UN chief said in Odesa on Friday, calling for an immediate ceasefire in Kharkiv.");
  assert.equal(said?.type, "REQUEST");
  assert.equal(said?.location, "city:odesa");
  const [unplaced] = eventsIn("Germany called for an immediate ceasefire in Kharkiv.");
  assert.equal(unplaced?.type, "REQUEST");
  assert.equal(unplaced?.location, null);
});

test("a pledge of aid is AGREE (codebook §3.6: broad promises of future AID) to the party named after it", () => {
  assert.deepEqual(roles("Germany pledged another 500 million euros in military aid to Ukraine."), [["AGREE", "country:DE", "country:UA"]]);
  // The beneficiary is sought in the pledge's own clause only.
  const [pledge] = eventsIn("Germany pledged more military aid on Thursday, while Turkey threatened to block the package.");
  assert.deepEqual([pledge?.type, pledge?.recipient], ["AGREE", null]);
});

test("hosting talks between two sides: the hosts act together, the sides receive", () => {
  const [event] = eventsIn("Turkey and France hosted talks between Russia and Ukraine in Odesa.");
  assert.equal(event?.type, "CONSULT");
  assert.equal(event?.mode, "third-party");
  assert.deepEqual([event?.actor, event?.actors], ["country:TR", ["country:FR"]]);
  assert.deepEqual([event?.recipient, event?.recipients], ["country:RU", ["country:UA"]]);
  assert.equal(event?.location, "city:odesa");
  // Hosting a person is still a visit by that person.
  assert.deepEqual(roles("Turkey hosted Zelensky."), [["CONSULT", "person:zelensky", "country:TR"]]);
});

test("'both sides', 'the warring parties' are the sides of the latest fight", () => {
  const events = eventsIn("Russian troops attacked Ukraine near Kharkiv. The United Nations urged both sides to allow humanitarian access.");
  const request = events.find((e) => e.type === "REQUEST");
  assert.equal(request?.actor, "org:un");
  assert.deepEqual([request?.recipient, ...(request?.recipients ?? [])].sort(), ["country:RU", "country:UA"]);
  const alone = eventsIn("The United Nations urged both sides to allow humanitarian access.");
  assert.equal(alone[0]?.recipient, null);
});

test("an event given as the cause of another is a happening of its own, with its own actor", () => {
  const events = eventsIn("Moscow said the strikes were a response to Ukrainian attacks on Kharkiv.");
  const assaults = events.filter((e) => e.type === "ASSAULT");
  assert.equal(assaults.length, 2);
  assert.equal(assaults[1]?.actor, "country:UA");
  assert.notEqual(assaults[0]?.actor, "country:UA");
  assert.notEqual(assaults[0]?.recipient, "country:UA");
  // The place attacked belongs to the cause, not to the strikes.
  assert.deepEqual([assaults[0]?.location, assaults[1]?.location], [null, "city:kharkiv"]);
});

test("in a warning or promise, the speaker's own announced act is its threat or promise; another's is not an event", () => {
  const own = "Turkey said on Tuesday that it would attack the camps.";
  const ownEvents = eventsOf(handDoc(own, world, [{ id: "c1", speaker: "country:TR", cue: "said", content: "it would attack the camps", stance: "warn" }], [], { published }));
  assert.deepEqual(ownEvents.map((e) => [e.type, e.actor]), [["THREATEN", "country:TR"]]);
  const other = "Turkey warned that Russia would attack Ukraine.";
  const otherEvents = eventsOf(handDoc(other, world, [{ id: "c1", speaker: "country:TR", cue: "warned", content: "Russia would attack Ukraine", stance: "warn" }], [], { published }));
  assert.ok(!otherEvents.some((e) => e.actor === "country:RU"));
});

test("a fronted place phrase ending in a comma does not swallow the subject after it, but a list does", () => {
  assert.deepEqual(roles("In Nagorno-Karabakh, Azerbaijan has launched a new military operation."), [["ASSAULT", "country:AZ", null]]);
  const [listed] = eventsIn("Fighting between Russia, Ukraine and Azerbaijan resumed.");
  assert.notEqual(listed?.actor, "country:AZ", "a name inside 'between A, B and C' is not the subject");
});

test("'X said rebels attacked its base': with no named target, the reporter owns what was hit", () => {
  assert.deepEqual(roles("Armenia said Azerbaijani troops attacked its positions near Karabakh."), [["ASSAULT", "country:AZ", "country:AM"]]);
  assert.deepEqual(roles("Russia said saboteurs attacked its base in Karabakh on Monday."), [["ASSAULT", null, "country:RU"]]);
  assert.deepEqual(roles("Iran said its embassy in Baku was attacked."), [["ASSAULT", null, "country:IR"]]);
  // A named target wins over the pronoun, and the reporter is never both sides.
  assert.deepEqual(roles("Ukraine said its forces shelled Russian positions."), [["ASSAULT", "country:UA", "country:RU"]]);
  assert.deepEqual(roles("Turkey said it had shelled their bases in Iraq."), [["ASSAULT", "country:TR", null]]);
});

test("a noun's agent after its passive verb: 'the attack was carried out by X'", () => {
  assert.deepEqual(roles("The attack on the convoy was carried out by Russian troops."), [["ASSAULT", "country:RU", null]]);
  // The reporter before the article is no modifier of the noun.
  assert.deepEqual(roles("Russia said the attack was carried out by Ukrainian saboteurs."), [["ASSAULT", "country:UA", null]]);
});

test("a fronted subordinate clause holds no subject of the main clause", () => {
  assert.deepEqual(roles("If Ukrainian forces enter Donetsk, Russia will retaliate.").filter(([type]) => type === "THREATEN"), [["THREATEN", "country:RU", null]]);
  assert.deepEqual(roles("After Armenian troops withdrew from Karabakh, Azerbaijani forces shelled Baku."), [["RETREAT", "country:AM", null], ["ASSAULT", "country:AZ", null]]);
});

test("an accusation of an act names the act's author, not its victims", () => {
  const accused = roles("The Armenian Foreign Ministry condemned the shelling of Armenian villages by Azerbaijani forces.");
  assert.deepEqual(accused.filter(([type]) => type === "ACCUSE"), [["ACCUSE", "gov:AM:foreign", "country:AZ"]]);
});

test("a light verb in the infinitive gives its noun the subject: 'plans to hold talks'", () => {
  assert.deepEqual(roles("Ukraine plans to hold talks with Turkey next week."), [["AGREE", "country:UA", "country:TR"]]);
});
