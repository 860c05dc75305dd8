import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { scorePage } from "../../bench/extract-metric.js";
import { createSource } from "../core/create-source.js";
import { defaultLimits } from "../core/limits.js";
import { extractArticle } from "./extract-article.js";

/**
 * Synthetic pages of types the benchmark (news and blog articles) barely covers, each with its body text as a
 * reader sees it: body precision and recall are measured with the benchmark's own shingle metric.
 */
const fixtureDir = "src/extract/fixtures";
const minScore = 0.9;

const pages = [
  { file: "blog-with-comments", title: "Why our town library switched to solar panels", author: "Margaret Ellison", day: "2024-04-12" },
  { file: "press-release", title: "Norvane Health opens diagnostics plant in Tampere", author: null, day: "2025-03-04" },
  { file: "live-blog", title: "Storm Edda live: rail services suspended as winds reach 90mph", author: "Priya Natarajan", day: "2025-01-24" },
  { file: "government-statement", title: "Flood defence funding for 40 coastal communities", author: null, day: "2025-02-11" },
  { file: "amp-article", title: "Valencia amplía el carril bici hasta el puerto", author: "Lucía Ferrer", day: "2024-10-08" },
  { file: "russian-windows-1251", title: "В Самаре открыли новый мост через Волгу", author: "Ирина Соколова", day: "2024-09-17" },
] as const;

for (const page of pages) {
  void test(`page type ${page.file}: body precision and recall >= ${minScore}, title, author and date`, () => {
    const bytes = readFileSync(`${fixtureDir}/${page.file}.html`);
    const article = extractArticle(createSource(`${page.file}.html`, bytes, { mediaType: "text/html" }), defaultLimits);
    const expected = readFileSync(`${fixtureDir}/${page.file}.expected.txt`, "utf8");
    const score = scorePage(expected, article.text);
    assert.ok((score.precision ?? 0) >= minScore, `precision ${score.precision}:\n${article.text}`);
    assert.ok((score.recall ?? 0) >= minScore, `recall ${score.recall}:\n${article.text}`);
    assert.equal(article.title, page.title);
    assert.equal(article.authors[0] ?? null, page.author);
    assert.equal(article.published?.slice(0, 10) ?? null, page.day);
  });
}
