import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsOf, handDoc, runEvents } from "../../test/events/hand-findings.js";
import { world } from "../../test/events/world.js";

const now = new Date("2024-06-01T12:00:00Z");
const eventOf = (text: string, published: string | null) => eventsOf(handDoc(text, world, [], [], { published }), now)[0];

test("a relative date resolves against the publication date", () => {
  const event = eventOf("Russia shelled Kharkiv on Tuesday.", "2024-03-15T10:00:00Z");
  assert.deepEqual([event?.date, event?.datePrecision, event?.dateText, event?.dateSource], ["2024-03-12", "day", "on Tuesday", "text"]);
});

test("without a publication date a relative date resolves against the analysis time, flagged and warned about", () => {
  const doc = handDoc("Russia shelled Kharkiv yesterday.", world, [], [], { published: null });
  const event = eventsOf(doc, now)[0];
  assert.deepEqual([event?.date, event?.dateSource], ["2024-05-31", "analysis-time"]);
  const warnings = runEvents(doc, now).messages.filter((m) => m.stage === "events" && m.level === "warning");
  assert.equal(warnings.length, 1, `expected one warning, got ${JSON.stringify(warnings)}`);
  assert.match(warnings[0]?.text ?? "", /"yesterday" was read against the analysis time/);
});

test("an event with no date expression takes the publication date; with neither it is undated", () => {
  const past = eventOf("Azerbaijan launched a military operation.", "2024-03-15T10:00:00Z");
  assert.deepEqual([past?.date, past?.dateSource], ["2024-03-15", "published"]);
  const undated = eventOf("Azerbaijan has launched a military operation.", null);
  assert.deepEqual([undated?.date, undated?.dateSource], [null, null]);
});

test("a date stated in another mention of the same happening is kept when they merge", () => {
  const text = "Azerbaijan has launched an anti-terrorist operation. Baku said on Monday that this action will continue.";
  const events = eventsOf(handDoc(text, world, [], [], { published: "2024-03-15T10:00:00Z" }), now);
  assert.equal(events.filter((e) => e.type === "ASSAULT").length, 1);
});

test("bad dates: 32 March gives no date and keeps its words; 20234 is no year, so the report date stands", () => {
  const invalid = eventOf("Russia shelled Kharkiv on 32 March.", "2024-03-15T10:00:00Z");
  assert.deepEqual([invalid?.date, invalid?.dateText], [null, "32 March"]);
  const noYear = eventOf("Russia shelled Kharkiv in 20234.", "2024-03-15T10:00:00Z");
  assert.deepEqual([noYear?.date, noYear?.dateText, noYear?.dateSource], ["2024-03-15", null, "published"]);
});

test("a publication date in the future is not trusted: relative dates fall back to the ingest time", () => {
  const event = eventOf("Russia shelled Kharkiv yesterday.", "2091-01-01T00:00:00Z");
  assert.deepEqual([event?.date, event?.dateSource], ["2024-05-31", "analysis-time"]);
  assert.equal(eventOf("Russia shelled Kharkiv yesterday.", "not a date")?.date, "2024-05-31");
});
