import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsOf, handDoc } from "../../test/events/hand-findings.js";
import { world } from "../../test/events/world.js";

const published = "2024-03-15T10:00:00Z";

test("a sentence of 2,000 words is coded without crashing and with sane events", () => {
  const words = Array.from({ length: 2000 }, (_, i) => (i % 50 === 0 ? "Russia attacked Ukraine and" : "the"));
  const text = `${words.join(" ")} end.`;
  const events = eventsOf(handDoc(text, world, [], [], { published }));
  assert.ok(events.length >= 1 && events.length <= 40);
  for (const e of events) assert.ok(e.evidence.start >= 0 && e.evidence.end <= text.length);
});

test("a list of 500 place names yields no invented events", () => {
  const names = Array.from({ length: 500 }, (_, i) => ["Kharkiv", "Odesa", "Donetsk", "Baku"][i % 4]);
  const text = `Places: ${names.join(", ")}.`;
  const events = eventsOf(handDoc(text, world, [], [], { published }));
  assert.equal(events.length, 0);
});

test("ten thousand capitalised words and unknown scripts pass through", () => {
  const capitals = Array.from({ length: 10000 }, (_, i) => `Word${i}`).join(" ");
  const text = `${capitals}. 俄罗斯袭击了乌克兰。 Россия атаковала Украину.`;
  assert.doesNotThrow(() => eventsOf(handDoc(text, world, [], [], { published })));
});

test("an empty article has no events", () => {
  assert.deepEqual(eventsOf(handDoc("", world)), []);
});
