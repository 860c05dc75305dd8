import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsOf, handDoc } from "../../test/events/hand-findings.js";
import { world } from "../../test/events/world.js";

const now = new Date("2024-06-01T12:00:00Z");
const eventOf = (text: string, published: string | null) => eventsOf(handDoc(text, world, [], [], { published }), now)[0];

test("a relative date resolves against the publication date", () => {
  const event = eventOf("Russia shelled Kharkiv on Tuesday.", "2024-03-15T10:00:00Z");
  assert.deepEqual([event?.date, event?.datePrecision, event?.dateText, event?.dateFromIngest], ["2024-03-12", "day", "on Tuesday", false]);
});

test("without a publication date it resolves against the ingest time, flagged", () => {
  const event = eventOf("Russia shelled Kharkiv yesterday.", null);
  assert.deepEqual([event?.date, event?.dateFromIngest], ["2024-05-31", true]);
});

test("present perfect without a date phrase takes the publication date; past tense does not", () => {
  assert.equal(eventOf("Azerbaijan has launched a military operation.", "2024-03-15T10:00:00Z")?.date, "2024-03-15");
  assert.equal(eventOf("Azerbaijan launched a military operation.", "2024-03-15T10:00:00Z")?.date, null);
  assert.equal(eventOf("Azerbaijan has launched a military operation.", null)?.date, null);
});

test("a date stated in another mention of the same happening is kept when they merge", () => {
  const text = "Azerbaijan has launched an anti-terrorist operation. Baku said on Monday that this action will continue.";
  const events = eventsOf(handDoc(text, world, [], [], { published: "2024-03-15T10:00:00Z" }), now);
  assert.equal(events.filter((e) => e.type === "ASSAULT").length, 1);
});

test("bad dates: 32 March and the year 20234 give no date, the words are kept", () => {
  const invalid = eventOf("Russia shelled Kharkiv on 32 March.", "2024-03-15T10:00:00Z");
  assert.deepEqual([invalid?.date, invalid?.dateText], [null, "32 March"]);
  assert.equal(eventOf("Russia shelled Kharkiv in 20234.", "2024-03-15T10:00:00Z")?.date, null);
});

test("a publication date in the future is not trusted: relative dates fall back to the ingest time", () => {
  const event = eventOf("Russia shelled Kharkiv yesterday.", "2091-01-01T00:00:00Z");
  assert.deepEqual([event?.date, event?.dateFromIngest], ["2024-05-31", true]);
  assert.equal(eventOf("Russia shelled Kharkiv yesterday.", "not a date")?.date, "2024-05-31");
});
