import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsOf, handDoc } from "../../test/events/hand-findings.js";
import { world } from "../../test/events/world.js";
import { contextsOf } from "./event-context.js";
import { isHistorical } from "./historical.js";

const report = new Date("2024-03-15T00:00:00Z");
const eventsIn = (text: string, published: string | null = "2024-03-15T10:00:00Z") =>
  eventsOf(handDoc(text, world, [], [], { published }), new Date("2024-03-16T00:00:00Z"));

test("a period that ended more than a year before the report is historical", () => {
  assert.equal(isHistorical("1990-01-01", "decade", report), true);
  assert.equal(isHistorical("2020-01-01", "year", report), true);
  assert.equal(isHistorical("2022-12-01", "month", report), true);
  assert.equal(isHistorical("2023-01-01", "year", report), false);
  assert.equal(isHistorical("2023-12-01", "month", report), false);
  assert.equal(isHistorical("2024-03-12", "day", report), false);
  assert.equal(isHistorical(null, null, report), false);
});

test("events dated by the text to a past period are historical; undated and recent ones are not", () => {
  assert.equal(eventsIn("In the early 1990s, Russia shelled Karabakh.")[0]?.historical, true);
  assert.equal(eventsIn("Russia invaded Ukraine in February 2022.")[0]?.historical, true);
  assert.equal(eventsIn("Russia shelled Kharkiv on Tuesday.")[0]?.historical, false);
  assert.equal(eventsIn("Russia shelled Kharkiv.")[0]?.historical, false);
  // Without the report's own date nothing says what lies before its period.
  assert.equal(eventsIn("Russia invaded Ukraine in February 2022.", null)[0]?.historical, false);
});

test("contexts come from the sentence's words, in codebook order, and only when there are some", () => {
  assert.deepEqual(contextsOf(["troops", "blocked", "food", "and", "water"]), ["military", "human security"]);
  assert.deepEqual(contextsOf(["the", "foreign", "minister", "met", "refugees"]), ["diplomatic", "migration"]);
  assert.deepEqual(contextsOf(["russia", "accused", "ukraine"]), []);
  assert.deepEqual(eventsIn("Russian troops shelled Kharkiv, cutting off electricity.")[0]?.context, ["military", "human security"]);
  assert.equal(eventsIn("Russia accused Ukraine of lying.")[0]?.context, undefined);
});
