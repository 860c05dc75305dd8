import assert from "node:assert/strict";
import { test } from "node:test";
import { createSource } from "../core/create-source.js";
import { defaultLimits } from "../core/limits.js";
import { spanText } from "../core/span.js";
import { extractArticle } from "./extract-article.js";
import { splitRunInHeading } from "./split-run-in-heading.js";

function extractText(text: string, hints = {}) {
  return extractArticle(createSource("report.txt", new TextEncoder().encode(text), { mediaType: "text/plain", hints }), defaultLimits);
}

test("a run-in subheading is split from the sentence it ran into", () => {
  assert.deepEqual(splitRunInHeading("Flood waters recede across the northern provinces The army said on Sunday that roads had reopened."), [
    "Flood waters recede across the northern provinces",
    "The army said on Sunday that roads had reopened.",
  ]);
  assert.deepEqual(splitRunInHeading("Talks stall over border crossings According to diplomats, the sides failed to agree on a timetable."), [
    "Talks stall over border crossings",
    "According to diplomats, the sides failed to agree on a timetable.",
  ]);
});

test("ordinary sentences are not split", () => {
  assert.equal(splitRunInHeading("The minister said the talks would resume in the spring after the elections."), null);
  assert.equal(splitRunInHeading("Officials in Kyiv, speaking on Monday, said The Hague would rule next year."), null);
  assert.equal(splitRunInHeading("Prices rose sharply in the capital In Lagos the rise was smaller"), null);
  assert.equal(splitRunInHeading("NEW YORK CITY The mayor said on Monday that the subway would reopen."), null);
});

test("title line, standalone headings and paragraphs, with spans into the text", () => {
  const lead = "The storm made landfall at dawn, and officials said it was the worst in a decade.";
  const article = extractText(`Storm hits coast\n\n${lead}\n\nDamage assessment\n\nCrews began clearing roads.\n`);
  assert.equal(article.title, "Storm hits coast");
  assert.equal(article.text, `${lead}\n\nDamage assessment\n\nCrews began clearing roads.`);
  assert.deepEqual(article.headings.map((heading) => spanText(article.text, heading.span)), ["Damage assessment"]);
  assert.equal(article.published, null);
  assert.equal(article.language, "en");
});

test("feed hints supply title, authors and date", () => {
  const article = extractText("The storm made landfall at dawn, officials said.", {
    title: "Storm hits coast",
    authors: ["By Ana Lima"],
    published: "2024-03-01T08:00:00+01:00",
  });
  assert.equal(article.title, "Storm hits coast");
  assert.deepEqual(article.authors, ["Ana Lima"]);
  assert.equal(article.published, "2024-03-01T08:00:00+01:00");
});

test("trailing page chrome and related-story teasers are cut", () => {
  const article = extractText(
    [
      "Storm hits coast",
      "The storm made landfall at dawn, officials said.",
      "Crews began clearing roads on Tuesday.",
      "Markets rally as rates fall – Investors cheer the central bank.",
      "Maria Gonzalez",
      "Read More »",
      "Share this:",
      "Leave a Reply",
      "Your email address will not be published. Required fields are marked *",
    ].join("\n\n"),
  );
  assert.equal(article.text, "The storm made landfall at dawn, officials said.\n\nCrews began clearing roads on Tuesday.");
});

test("without chrome after it, a one-sentence last paragraph is body, not a teaser", () => {
  const article = extractText("Storm hits coast\n\nThe storm made landfall at dawn.\n\nRoads reopened by noon – crews worked all night.\n\nMaria Gonzalez");
  assert.equal(article.text, "The storm made landfall at dawn.\n\nRoads reopened by noon – crews worked all night.");
  assert.deepEqual(article.authors, ["Maria Gonzalez"]);
});

test("single-newline text is one paragraph per line", () => {
  const article = extractText("Storm hits coast\nThe storm made landfall at dawn.\nCrews began clearing roads.");
  assert.equal(article.text, "The storm made landfall at dawn.\n\nCrews began clearing roads.");
});

test("a bare name after the last paragraph signs the report: it is the author, not body text", () => {
  const article = extractText("Storm hits coast\n\nThe storm made landfall at dawn.\n\nCrews worked all night to reopen the roads.\n\n— Maria Gonzalez");
  assert.deepEqual(article.authors, ["Maria Gonzalez"]);
  assert.equal(article.text, "The storm made landfall at dawn.\n\nCrews worked all night to reopen the roads.");
});

test("a bare name after a headline-like line is a teaser's byline: both go, and nobody becomes the author", () => {
  const article = extractText("Storm hits coast\n\nThe storm made landfall at dawn.\n\nCrews worked all night.\n\nMarkets rally as rates fall\n\nJohn Smith");
  assert.deepEqual(article.authors, []);
  assert.equal(article.text, "The storm made landfall at dawn.\n\nCrews worked all night.");
});

test("a wire dateline with a year dates the report; one without a year does not", () => {
  const dated = "Strikes hit grid\n\nKYIV, Ukraine, March 22, 2024 (AP) — Russia launched missiles overnight, officials said.\n";
  assert.equal(extractText(dated).published, "2024-03-22");
  const yearless = "Army repels attack\n\nKHARTOUM, June 14 (Reuters) - Sudan's army said it repelled an attack.\n";
  assert.equal(extractText(yearless).published, null);
  const plain = "Talks resume\n\nThe envoy said on March 3, 2024 that talks would resume.\n";
  assert.equal(extractText(plain).published, null, "a date inside the story is not a dateline");
});
