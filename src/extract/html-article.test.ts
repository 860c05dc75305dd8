import assert from "node:assert/strict";
import { test } from "node:test";
import { createSource } from "../core/create-source.js";
import type { SourceHints } from "../core/doc.js";
import { defaultLimits } from "../core/limits.js";
import { spanText } from "../core/span.js";
import { extractArticle } from "./extract-article.js";

const sentences = [
  "The regional council approved the new water plan on Monday after months of debate between farmers and city officials.",
  "Under the plan, reservoirs will release more water in dry summers, and cities will pay for new pipes along the valley.",
  "Farmers' unions said the compromise was fair, although several growers warned that the rules could change again next year.",
  "The plan now goes to the national ministry, which has ninety days to raise objections before it takes effect.",
];
const paragraphs = sentences.map((sentence) => `<p>${sentence}</p>`).join("\n");

function extractHtml(html: string, url: string | null = null, hints: SourceHints = {}) {
  return extractArticle(createSource("page.html", new TextEncoder().encode(html), { mediaType: "text/html", url, hints }), defaultLimits);
}

const page = (head: string, body: string): string => `<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;

test("reader comments, related teasers, share bars and captions stay out of the body", () => {
  const comments = Array.from({ length: 8 }, (_, i) =>
    `<li class="comment"><div class="comment-author"><a href="/u/${i}">reader${i}</a></div><div class="comment-content"><p>I have lived in this valley for forty years and I can tell you that nobody ever asked the farmers what they think about any of this, comment ${i}.</p></div><a class="reply" href="#">Reply</a></li>`,
  ).join("");
  const teasers = Array.from({ length: 6 }, (_, i) =>
    `<div class="card"><h3><a href="/story/${i}">Another story about the valley number ${i}</a></h3><p>A summary of that other story that runs long enough to look like a real paragraph of prose, number ${i}.</p></div>`,
  ).join("");
  const html = page(
    "<title>Council approves water plan | Valley News</title>",
    `<nav><a href="/">Home</a> <a href="/news">News</a></nav>
     <article><h1>Council approves water plan</h1>
       <div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
       <figure><img src="dam.jpg"><figcaption>The dam above the valley, photographed in June.</figcaption></figure>
       ${paragraphs}
     </article>
     <section class="more-stories">${teasers}</section>
     <section id="comments"><h2>8 comments</h2><ol>${comments}</ol></section>`,
  );
  const article = extractHtml(html);
  assert.equal(article.text, sentences.join("\n\n"));
  assert.equal(article.title, "Council approves water plan");
  assert.equal(article.language, "en");
});

test("article text inside a box with a boilerplate-sounding class name is kept", () => {
  const html = page("", `<div class="sidebar"><a href="/a">Most read</a></div><div class="comment-header-related">${paragraphs}</div>`);
  assert.equal(extractHtml(html).text, sentences.join("\n\n"));
});

test("subheadings are body parts with spans; the headline and a dangling 'Related' heading are not", () => {
  const html = page("", `<article><h1>Water plan</h1>${paragraphs}<h2>What happens next</h2><p>${sentences[0]}</p><h3>Related</h3></article>`);
  const article = extractHtml(html);
  assert.deepEqual(article.headings.map((heading) => spanText(article.text, heading.span)), ["What happens next"]);
  assert.ok(!article.text.includes("Water plan\n"));
  assert.ok(!article.text.includes("Related"));
});

test("metadata: JSON-LD first, then meta tags, time elements, the URL and a visible dateline", () => {
  const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Council approves water plan","datePublished":"2024-05-06T09:30:00+02:00","author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"By Tom Berg"}]}]}</script>`;
  const withLd = extractHtml(page(`${jsonLd}<link rel="canonical" href="https://news.example/water-plan">`, paragraphs), "https://mirror.example/x");
  assert.deepEqual(withLd.authors, ["Ana Lima", "Tom Berg"]);
  assert.equal(withLd.published, "2024-05-06T09:30:00+02:00");
  assert.equal(withLd.title, "Council approves water plan");
  assert.equal(withLd.url, "https://news.example/water-plan");

  const withMeta = extractHtml(page(`<meta property="article:published_time" content="2024-05-06"><meta name="author" content="Ana Lima, Staff Writer">`, paragraphs));
  assert.equal(withMeta.published, "2024-05-06");
  assert.deepEqual(withMeta.authors, ["Ana Lima"]);

  const withTime = extractHtml(page("", `<p>By <a rel="author" href="/a">Tom Berg</a></p><time datetime="2024-05-06T07:30:00Z">6 May</time>${paragraphs}`));
  assert.equal(withTime.published, "2024-05-06T07:30:00Z");
  assert.deepEqual(withTime.authors, ["Tom Berg"]);

  assert.equal(extractHtml(page("", paragraphs), "https://news.example/2024/05/06/water-plan/").published, "2024-05-06");
  assert.equal(extractHtml(page(`<link rel="canonical" href="/water-plan">`, paragraphs), "https://news.example/x?utm=1").url, "https://news.example/water-plan");
  const dateline = extractHtml(page("", `<h1>Water plan</h1><div class="meta">By Tom Berg on Monday, May 6th, 2024</div>${paragraphs}`));
  assert.equal(dateline.published, "2024-05-06");
  assert.deepEqual(dateline.authors, ["Tom Berg"]);
});

test("feed hints win over what the page says", () => {
  const html = page(`<meta property="og:title" content="Page title"><meta name="author" content="Page Author">`, paragraphs);
  const article = extractHtml(html, null, { title: "Feed title", authors: ["Maria Costa"], published: "2024-01-02" });
  assert.equal(article.title, "Feed title");
  assert.deepEqual(article.authors, ["Maria Costa"]);
  assert.equal(article.published, "2024-01-02");
});

test("a page without a lang attribute gets a language guess", () => {
  const german = "<p>Der Gemeinderat hat am Montag den neuen Wasserplan beschlossen, und die Landwirte sind mit dem Kompromiss zufrieden.</p>";
  const article = extractHtml(`<html><body>${german.repeat(3)}</body></html>`);
  assert.equal(article.language, "de");
});
