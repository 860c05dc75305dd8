import assert from "node:assert/strict";
import { test } from "node:test";
import type { StoredEvent } from "../store/store.js";
import { eventsCsv } from "./events-csv.js";
import { toPloverRecord } from "./plover-record.js";
import { toCsv } from "./to-csv.js";

const event: StoredEvent = {
  document: "f2173a8d3b439960ff3e84843cef8d87", title: "Strike", url: "https://news.example/a", published: "2023-09-19",
  evidence: { start: 0, end: 10 }, evidenceText: 'He said "go", then, left', id: "event-1", type: "ASSAULT", mode: "heavy-weapons",
  actor: "country:AZ", actorName: "Azerbaijan", actorCountry: "AZ", recipient: null, recipientName: null, recipientCountry: null,
  location: "region:nagorno-karabakh", locationName: "Nagorno-Karabakh", locationCountry: "AZ", lat: 39.85, lon: -46.75,
  date: "2023-09-19", datePrecision: "day", source: "claim-4", disputed: true, negated: false, hypothetical: false,
  dateSource: "text", confidence: 0.9, mainRank: 1,
};

test("a PLOVER record names actor, event, mode, location with coordinates, and the source text", () => {
  const record = toPloverRecord(event);
  assert.equal(record.event, "ASSAULT");
  assert.deepEqual(record.actor, { id: "country:AZ", name: "Azerbaijan", country: "AZ" });
  assert.equal(record.recipient, null);
  assert.deepEqual(record.location, { id: "region:nagorno-karabakh", name: "Nagorno-Karabakh", country: "AZ", lat: 39.85, lon: -46.75 });
  assert.equal(record.source_claim, "claim-4");
  assert.equal(record.text, event.evidenceText);
  assert.equal(record.url, "https://news.example/a");
});

test("CSV quotes commas and quotes, leaves numbers alone, and defuses spreadsheet formulas", () => {
  assert.equal(toCsv(["a", "b", "c"], [['x, "y"', -46.75, "=HYPERLINK(1)"]]), 'a,b,c\r\n"x, ""y""",-46.75,\'=HYPERLINK(1)\r\n');
  const csv = eventsCsv([event]).split("\r\n");
  assert.equal(csv[0]?.split(",")[3], "event");
  assert.match(csv[1] ?? "", /^2023-09-19,day,text,ASSAULT,heavy-weapons,country:AZ,Azerbaijan,AZ,,,,/);
  assert.ok(csv[1]?.includes('"He said ""go"", then, left"'));
});
