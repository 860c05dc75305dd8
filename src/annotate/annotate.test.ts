import { createContext } from "../analyze.js";
import assert from "node:assert/strict";
import { test } from "node:test";
import { textDoc } from "../../test/support/text-doc.js";
import { requireData } from "../core/doc.js";
import { annotateStage } from "./annotate-stage.js";
import { verbForms } from "./inflection.js";

const ctx = createContext(new Date("2024-01-01T00:00:00Z"));
const annotate = (text: string, headingText?: string) => {
  const start = headingText ? text.indexOf(headingText) : -1;
  const headings = headingText ? [{ text: headingText, span: { start, end: start + headingText.length } }] : [];
  const doc = annotateStage.run(textDoc(text, { headings }), ctx);
  return { text, ...requireData(doc, "annotations", "test") };
};
const slices = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

test("paragraphs split on blank lines and headings are marked", () => {
  const a = annotate("Talks resume\n\nThe envoy arrived. He met officials.\n\n\nA second paragraph.", "Talks resume");
  assert.deepEqual(slices(a.text, a.paragraphs), ["Talks resume", "The envoy arrived. He met officials.", "A second paragraph."]);
  assert.deepEqual(a.paragraphs.map((p) => p.heading), [true, false, false]);
});

test("sentences end at terminators but not after abbreviations or initials", () => {
  const a = annotate("Gen. Smith met Dr. Jones in the U.S. capital on Jan. 5. John F. Kennedy was cited. It rained!");
  assert.deepEqual(slices(a.text, a.sentences), [
    "Gen. Smith met Dr. Jones in the U.S. capital on Jan. 5.",
    "John F. Kennedy was cited.",
    "It rained!",
  ]);
});

test("a sentence ending inside a quote keeps the closing mark", () => {
  const a = annotate("He said it was “false.” Officials agreed.");
  assert.deepEqual(slices(a.text, a.sentences), ["He said it was “false.”", "Officials agreed."]);
});

test("tokens split possessives and keep hyphenated names", () => {
  const a = annotate("Armenia’s Nagorno-Karabakh policy.");
  assert.deepEqual(a.tokens.map((t) => t.text), ["Armenia", "’s", "Nagorno-Karabakh", "policy", "."]);
});

test("quotes of several styles are found with their inner span", () => {
  const a = annotate("“Curly,” he said. «Guillemets» and „German“ and 「CJK」 and \"straight\" quotes.");
  assert.deepEqual(slices(a.text, a.quotes.map((q) => q.inner)), ["Curly,", "Guillemets", "German", "CJK", "straight"]);
  assert.ok(a.quotes.every((q) => q.closed));
});

test("an unbalanced quote closes at its paragraph end, unclosed", () => {
  const a = annotate("He said “we will never stop.\n\nNext paragraph.");
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0]?.closed, false);
  assert.equal(a.text.slice(a.quotes[0]?.inner.start, a.quotes[0]?.inner.end), "we will never stop.");
});

test("a multi-paragraph quote runs on when the next paragraph reopens it", () => {
  const a = annotate("“First part.\n\n“Second part,” she said.");
  assert.equal(a.quotes.length, 1);
  assert.ok(a.text.slice(a.quotes[0]?.inner.start, a.quotes[0]?.inner.end).includes("Second part,"));
});

test("single curly quotes quote, but apostrophes inside and after words do not", () => {
  const a = annotate("Peskov called it ‘a provocation’ on Monday. The ministers’ talks and Armenia’s army went on.");
  assert.deepEqual(slices(a.text, a.quotes.map((q) => q.inner)), ["a provocation"]);
});

test("an unclosed single quote is an apostrophe, not a quote to the paragraph end", () => {
  const a = annotate("In the ‘90s the war began.");
  assert.deepEqual(a.quotes, []);
});

test("verbs double a final consonant only when the stress falls on it", () => {
  const forms = (lemma: string) => [...verbForms(lemma).keys()];
  assert.deepEqual(forms("admit"), ["admit", "admits", "admitted", "admitting"]);
  assert.deepEqual(forms("slam"), ["slam", "slams", "slammed", "slamming"]);
  assert.deepEqual(forms("offer"), ["offer", "offers", "offered", "offering"]);
  assert.deepEqual(forms("limit"), ["limit", "limits", "limited", "limiting"]);
  assert.deepEqual(forms("veto"), ["veto", "vetoes", "vetoed", "vetoing"]);
  assert.deepEqual(forms("deny"), ["deny", "denies", "denied", "denying"]);
});

test("straight single quotes quote in headline style, and a plural possessive inside does not close them", () => {
  const a = annotate("'The workers' union is strong,' he said. 'We stay,' say staff. It's the ministers' plan.");
  assert.deepEqual(slices(a.text, a.quotes.map((q) => q.inner)), ["The workers' union is strong,", "We stay,"]);
});

test("a line break inside a paragraph ends a sentence, as in a bulleted live blog", () => {
  const a = annotate("Latest:\n• Officials say 12 died\n• Rescuers say the search goes on");
  assert.deepEqual(slices(a.text, a.sentences), ["Latest:", "• Officials say 12 died", "• Rescuers say the search goes on"]);
});
