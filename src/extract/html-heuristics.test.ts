import assert from "node:assert/strict";
import { test } from "node:test";
import { createSource } from "../core/create-source.js";
import { defaultLimits } from "../core/limits.js";
import { cleanAuthors } from "./clean-authors.js";
import { extractArticle } from "./extract-article.js";

const sentences = [
  "The regional council approved the new water plan on Monday after months of debate between farmers and city officials.",
  "Under the plan, reservoirs will release more water in dry summers, and cities will pay for new pipes along the valley.",
  "Farmers' unions said the compromise was fair, although several growers warned that the rules could change again next year.",
  "The plan now goes to the national ministry, which has ninety days to raise objections before it takes effect.",
  "Environmental groups welcomed the release rules but said the pipes would take a decade to build at the current pace.",
  "The council will publish the full text of the plan on its website later this week, a spokeswoman said.",
];
const paragraphs = sentences.map((sentence) => `<p>${sentence}</p>`).join("\n");

function extractHtml(html: string) {
  return extractArticle(createSource("page.html", new TextEncoder().encode(html), { mediaType: "text/html" }), defaultLimits);
}

const page = (head: string, body: string): string => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

test("a lead paragraph wrapped apart from the rest of the story, past a photo, is kept; the link list before it is not", () => {
  const para = (text: string): string => `<div class="story-paragraph">${text}</div>`;
  const html = page(
    "",
    `<div class="story-body">
       <ul class="topics"><li><a href="/a">Water</a></li><li><a href="/b">Valley</a></li><li><a href="/c">Council</a></li></ul>
       ${para("(Valley News) The council voted late on Monday, ending a dispute that had split the valley for two years.")}
       <div class="ad-slot"></div>
       <div class="photo"><img src="dam.jpg" alt=""><p class="credit">The dam above the valley. Photo: Valley News</p></div>
       <div class="read-all">${sentences.map(para).join("")}<div class="read-more">Read More</div></div>
     </div>`,
  );
  const text = extractHtml(html).text;
  assert.ok(text.startsWith("(Valley News) The council voted late on Monday"), text.slice(0, 80));
  assert.ok(text.endsWith(sentences[5]!));
  assert.ok(!text.includes("Water\n"));
  assert.ok(!text.includes("The dam above the valley"));
});

test("the visible headline above the article beats a reworded og:title; site names are stripped", () => {
  const reworded = page(
    `<meta property="og:title" content="You won't believe what the valley did with its water | Valley News"><title>Valley News</title>`,
    `<header><h1><a href="/">Valley News</a></h1></header><main><h1>Council approves water plan after months of debate</h1><p class="byline">By Ana Lima</p>${paragraphs}</main>`,
  );
  assert.equal(extractHtml(reworded).title, "Council approves water plan after months of debate");

  const noH1 = (ogTitle: string): string =>
    page(`<meta property="og:title" content="${ogTitle}"><meta property="og:site_name" content="Valley News">`, paragraphs);
  assert.equal(extractHtml(noH1("Council approves water plan | Valley News")).title, "Council approves water plan");
  assert.equal(extractHtml(noH1("Valley News - Council approves water plan")).title, "Council approves water plan");
  assert.equal(extractHtml(noH1("Council approves plan - and farmers react")).title, "Council approves plan - and farmers react");
});

test("a lowercase account name is an author only where markup declares one", () => {
  const declared = page("", `<article><h1>Water plan</h1><span class="meta">by <a rel="author" href="/author/jdadmin/">jdadmin</a></span>${paragraphs}</article>`);
  assert.deepEqual(extractHtml(declared).authors, ["jdadmin"]);
  const classOnly = page("", `<article><h1>Water plan</h1><div class="author-tools">subject</div>${paragraphs}</article>`);
  assert.deepEqual(extractHtml(classOnly).authors, []);
  assert.deepEqual(cleanAuthors(["Текст: Венера Ерофеева"]), ["Венера Ерофеева"]);
  assert.deepEqual(cleanAuthors(["admin"], { accountNames: true }), []);
});

test("an embedded tweet in a social-embed box is part of the article", () => {
  const tweet = `<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The new pipes will flood the lower fields every spring, and nobody asked us <a href="https://t.co/x1">https://t.co/x1</a></p>— Valley Farmer (@valleyfarmer) <a href="https://twitter.com/valleyfarmer/status/1">May 6, 2024</a></blockquote></div>`;
  const html = page("", `<article>${paragraphs}${tweet}<p>${sentences[0]}</p></article>`);
  const text = extractHtml(html).text;
  assert.ok(text.includes("The new pipes will flood the lower fields every spring"), text);
  assert.ok(text.includes("(@valleyfarmer)"));
});

test("list items that open with a linked sentence and go on in prose are kept; a plain link list is not", () => {
  // More linked than plain text, as in a digest whose entries open with the linked story's headline.
  const items = sentences
    .map((_, i) => `<li><strong><a href="/story/${i}">Story ${i}: the valley water plan is out, and farmers in the lower fields are not happy about it</a>.</strong> The council will meet again next week to discuss it.</li>`)
    .join("");
  const links = Array.from({ length: 6 }, (_, i) => `<li><a href="/other/${i}">Another valley story number ${i}</a></li>`).join("");
  const html = page("", `<article><p>${sentences[0]}</p><ol>${items}</ol><p>${sentences[1]}</p></article><ul class="list">${links}</ul>`);
  const text = extractHtml(html).text;
  assert.ok(text.includes("Story 3: the valley water plan is out, and farmers in the lower fields are not happy about it. The council"), text);
  assert.ok(!text.includes("Another valley story"));
});
