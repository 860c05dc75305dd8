import assert from "node:assert/strict";
import { test } from "node:test";
import { textDoc } from "../../test/support/text-doc.js";
import type { Claim } from "../claims/claim.js";
import { withData } from "../core/doc.js";
import type { Event } from "../events/event.js";
import { toAnalysis } from "./analysis.js";
import { formatTextReport } from "./text-report.js";

const text = "The army shelled the town in the 2020 war. Talks failed for months.";
const event = (id: string, date: string | null, datePrecision: Event["datePrecision"], negated = false): Event => ({
  id, type: "ASSAULT", mode: null, actor: "country:AM", recipient: null, actors: [], recipients: [], location: null, date,
  datePrecision, dateText: null, dateSource: date ? "text" : null, source: null, disputed: false, negated, hypothetical: false,
  trigger: id, evidence: { start: 0, end: 10 }, evidenceSpans: [], confidence: 0.9,
});

test("the timeline shows dates only as precise as the text gave them, in order, and leaves negated events out", () => {
  const doc = withData(textDoc(text), "events", {
    events: [event("month", "2023-09-01", "month"), event("year", "2020-01-01", "year"), event("none", null, null), event("denied", "2019-05-02", "day", true)],
    mainEvents: [],
  });
  const report = formatTextReport(toAnalysis(doc));
  const timeline = report.slice(report.indexOf("EVENTS"), report.indexOf("ACTORS"));
  const dates = [...timeline.matchAll(/^ {2}(\S+)\s+ASSAULT/gm)].map((m) => m[1]);
  assert.deepEqual(dates, ["2020", "2023-09", "undated"]);
  assert.ok(!timeline.includes("“denied”"), "a negated event is not in the timeline");
});

test("a quoted claim shows its own quotation marks once; a reported one is set off by the report's", () => {
  const claim = (id: string, content: string, direct: boolean): Claim => ({
    id, speaker: { text: "The minister", entity: null, spans: [], resolution: "named" }, cue: "said", cueSpans: [], content,
    contentSpans: [], channel: null, stance: "assert", kind: "statement", direct, evidence: { start: 0, end: 10 },
  });
  const doc = withData(textDoc(text), "claims", { claims: [claim("claim-1", "“We will hold the line,”", true), claim("claim-2", "that talks failed", false)], disputes: [] });
  const report = formatTextReport(toAnalysis(doc));
  assert.ok(report.includes("said — “We will hold the line,” (quoted)"), report);
  assert.ok(report.includes("said — “that talks failed” (reported)"), report);
});
