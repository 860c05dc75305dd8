import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { createSource } from "../core/create-source.js";
import { defaultLimits } from "../core/limits.js";
import { spanText } from "../core/span.js";
import { extractArticle } from "./extract-article.js";

interface SeedExpectation {
  readonly title: string;
  readonly published: { readonly html: string | null; readonly text: string | null };
  readonly author: string | null;
  readonly headings: readonly string[];
  readonly text_includes: readonly string[];
  readonly text_excludes: readonly string[];
}

const seedDir = "test/fixtures/seed";
const expected = (JSON.parse(readFileSync(`${seedDir}/expected.json`, "utf8")) as { article: SeedExpectation }).article;
const squash = (text: string): string => text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

for (const [kind, file, mediaType] of [
  ["html", "article.html", "text/html"],
  ["text", "report.txt", "text/plain"],
] as const) {
  void test(`seed ${kind}: the article part of expected.json`, () => {
    const source = createSource(file, readFileSync(`${seedDir}/${file}`), { mediaType });
    const article = extractArticle(source, defaultLimits);
    assert.equal(article.title, expected.title);
    assert.equal(article.published?.slice(0, 10) ?? null, expected.published[kind]);
    assert.equal(article.authors[0] ?? null, expected.author);
    assert.deepEqual(article.headings.map((heading) => squash(heading.text)), expected.headings.map(squash));
    for (const heading of article.headings) assert.equal(spanText(article.text, heading.span), heading.text);
    for (const wanted of expected.text_includes) assert.ok(squash(article.text).includes(squash(wanted)), wanted);
    for (const unwanted of expected.text_excludes) assert.ok(!article.text.includes(unwanted), unwanted);
    assert.ok(!article.text.includes(expected.title), "the headline is not part of the body");
    assert.match(article.text, /^\S[\s\S]*\S$/);
    assert.ok(article.text.split("\n\n").every((paragraph) => paragraph.trim() === paragraph && paragraph !== ""));
  });
}
