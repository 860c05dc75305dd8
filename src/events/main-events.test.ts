import assert from "node:assert/strict";
import { test } from "node:test";
import type { Paragraph, Sentence } from "../annotate/annotations.js";
import type { Span } from "../core/span.js";
import type { Event } from "./event.js";
import { mainEventsOf, type ReportLayout } from "./main-events.js";

const headline = "Rebels shell the port";
const body = [
  "Rebels shelled the port of Kismayo on Monday, officials said.",
  "The government met donors in Nairobi.",
  "Later the army blocked roads.",
  "Residents said rebels had shelled the port before.",
].join(" ");
const text = `${headline}\n\n${body}`;

/** The layout of `text`: the headline as a heading, then one paragraph of four sentences. */
function layout(title: string | null = headline): ReportLayout {
  const starts = [0, ...body.split(/(?<=\.) /u).map((s) => text.indexOf(s))];
  const sentences: Sentence[] = starts.map((start, index) => {
    const end = index === 0 ? headline.length : text.indexOf(".", start) + 1;
    return { start, end, index, paragraph: index === 0 ? 0 : 1 };
  });
  const paragraphs: Paragraph[] = [
    { start: 0, end: headline.length, index: 0, heading: true },
    { start: headline.length + 2, end: text.length, index: 1, heading: false },
  ];
  return { text, title, headings: [{ text: headline, span: { start: 0, end: headline.length } }], paragraphs, sentences };
}

function spanOf(words: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  assert.ok(start >= 0, `"${words}" (occurrence ${nth}) is in the test text`);
  return { start, end: start + words.length };
}

function event(id: string, trigger: string, spans: readonly Span[], more: Partial<Event> = {}): Event {
  const evidence = spans[0] ?? { start: 0, end: 0 };
  return {
    id, type: "ASSAULT", mode: null, actor: "rebels", recipient: null, actors: [], recipients: [], location: null, date: null,
    datePrecision: null, dateText: null, dateSource: null, source: null, disputed: false, negated: false, hypothetical: false,
    trigger, evidence, evidenceSpans: spans, confidence: 0.85, ...more,
  };
}

test("the happening of the headline and the lead is the main event, before a surer one further down", () => {
  const shelling = event("shelling", "shelled", [spanOf("shell the port"), spanOf("shelled the port")]);
  const blockade = event("blockade", "blocked", [spanOf("blocked roads")], { type: "COERCE", confidence: 1 });
  assert.deepEqual(mainEventsOf([blockade, shelling], layout()), ["shelling"]);
});

test("events that did not happen as stated, or that the stage is unsure of, are never main events", () => {
  const denied = event("denied", "shelled", [spanOf("shelled the port")], { negated: true });
  const goal = event("goal", "shelled", [spanOf("shelled the port")], { hypothetical: true });
  const past = event("past", "shelled", [spanOf("had shelled")], { historical: true });
  const unsure = event("unsure", "met", [spanOf("met donors")], { type: "CONSULT", confidence: 0.3 });
  assert.deepEqual(mainEventsOf([denied, goal, past, unsure], layout()), []);
});

test("a second main event needs a score near the first and a sentence of its own", () => {
  const shelling = event("shelling", "shelled", [spanOf("shelled the port")]);
  const sameSentence = event("claim", "said", [spanOf("officials said")], { type: "ACCUSE" });
  const meeting = event("meeting", "met", [spanOf("met donors")], { type: "CONSULT" });
  const roads = event("roads", "blocked", [spanOf("blocked roads")], { type: "COERCE" });
  assert.deepEqual(mainEventsOf([shelling, sameSentence, meeting, roads], layout()), ["shelling", "meeting"]);
});

test("a title the text does not carry still points to the event whose words it uses", () => {
  const meeting = event("meeting", "met", [spanOf("met donors")], { type: "CONSULT" });
  const roads = event("roads", "blocked", [spanOf("blocked roads")], { type: "COERCE" });
  const withoutHeadline = { ...layout("Army blocked roads to the port"), headings: [] };
  assert.deepEqual(mainEventsOf([meeting, roads], withoutHeadline), ["roads"]);
});
