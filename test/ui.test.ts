import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser, type Page } from "playwright-core";
import { analyzeSource } from "../src/analyze.js";
import { createSource } from "../src/core/create-source.js";
import { storeLinked } from "../src/link/store-linked.js";
import { createApp } from "../src/serve/app.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import { tempDir } from "./support/temp-dir.js";

// Debian's chromium, never a downloaded browser. CI installs it (.ci/run); a user without it is told why these are skipped.
const chromiumPath = process.env.SITREP_CHROMIUM ?? "/usr/bin/chromium";
const missing = existsSync(chromiumPath) ? false : `no chromium at ${chromiumPath} (apt-get install chromium, or set SITREP_CHROMIUM)`;
if (missing !== false && process.env.CI) throw new Error(`CI must have a browser for the UI tests: ${missing}`);

const artifacts = "test-artifacts";
const fixtures: [string, string][] = [
  ["seed.html", "test/fixtures/seed/article.html"],
  ["seed.txt", "test/fixtures/seed/report.txt"],
  ["hostile.html", "test/fixtures/hostile/article.html"],
];
let store: Store;
let server: ServerType;
let browser: Browser;
let page: Page;
let base: string;
const foreignRequests: string[] = [];
const dialogs: string[] = [];

before(async () => {
  if (missing !== false) return;
  store = openSqliteStore(join(tempDir(), "ui.db"));
  for (const [input, path] of fixtures) {
    await storeLinked(store, analyzeSource(createSource(input, readFileSync(path), { mediaType: path.endsWith(".html") ? "text/html" : "text/plain" })));
  }
  server = serve({ fetch: createApp(store).fetch, hostname: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("request", (request) => {
    if (!request.url().startsWith(`${base}/`)) foreignRequests.push(request.url());
  });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  mkdirSync(artifacts, { recursive: true });
});
after(async () => {
  if (missing !== false) return;
  await browser.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
});

/** Opens a route and waits until its view has rendered; saves a screenshot of it. */
async function open(hash: string, view: string): Promise<void> {
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector(`main[data-view="${view}"]`);
  await page.screenshot({ path: join(artifacts, `${view}.png`), fullPage: true });
}

const texts = (selector: string) => page.locator(selector).allTextContents();
const attributes = async (selector: string, name: string) => Promise.all((await page.locator(selector).all()).map(async (element) => (await element.getAttribute(name)) ?? ""));

test("the overview shows the counts, the latest reports and the newest disputes", { skip: missing }, async () => {
  await open("#/", "overview");
  const counts = (await texts("#counts .card")).join(" ");
  assert.match(counts, /3\s*documents/, `expected 3 documents in the counts, got "${counts}"`);
  assert.equal(await page.locator("#latest .item").count(), 3, "three latest reports");
  assert.ok((await page.locator("#newest-disputes .item").count()) >= 1, "at least one dispute on the overview");
});

test("the seed's dispute is on the board: a claim beside its denial", { skip: missing }, async () => {
  await open("#/disputes", "disputes");
  const board = (await texts("#disputes .dispute")).join("\n");
  assert.match(board, /Denied by/);
  assert.match(board, /\(deny\)/, `expected a denial on the board, got:\n${board.slice(0, 500)}`);
});

test("Azerbaijan, Armenia and Artsakh are nodes of the actor network; clicking one filters by it", { skip: missing }, async () => {
  await open("#/network", "network");
  const names = await attributes("#network .node-group", "data-name");
  // Artsakh's entity is the "Republic of Artsakh"; the countries are named as such.
  for (const name of [/^Azerbaijan$/, /^Armenia$/, /Artsakh$/]) assert.ok(names.some((n) => name.test(n)), `expected a node ${name}, got ${names.join(", ")}`);
  await page.locator('#network .node-group[data-name="Armenia"]').click();
  await page.waitForURL(/#\/network\?actor=/);
  assert.match(page.url(), /actor=country%3AAM|actor=country:AM/);
});

test("Baku and Stepanakert are markers on the offline map", { skip: missing }, async () => {
  await open("#/map", "map");
  const names = (await attributes("#map circle", "data-names")).join("|");
  // Stepanakert is in the gazetteer as Xankandi; the marker gives both names.
  for (const place of [/^Baku$/, /\(Stepanakert\)$/]) assert.ok(names.split("|").some((n) => place.test(n)), `expected a marker ${place}, got ${names}`);
  assert.ok((await page.locator("#map path.country").count()) > 100, "the countries are drawn");
});

test("the timeline lists events, narrows by type from the URL, and the back button returns", { skip: missing }, async () => {
  await open("#/timeline", "timeline");
  const all = await page.locator("#events .item").count();
  assert.ok(all > 0, "events on the timeline");
  await open("#/timeline?type=ASSAULT", "timeline");
  const assaults = await texts("#events .item b");
  assert.ok(assaults.length > 0 && assaults.every((t) => t.includes("ASSAULT")), `only ASSAULT events, got ${assaults.join("; ")}`);
  await page.goBack();
  await page.waitForURL(/#\/timeline$/);
  await page.waitForSelector('main[data-view="timeline"]');
  assert.equal(await page.locator("#events .item").count(), all, "back shows every event again");
});

test("ticking 'main' keeps the events their reports are about, each marked, with the choice in the URL", { skip: missing }, async () => {
  await open("#/timeline", "timeline");
  const all = await page.locator("#events .item").count();
  await page.locator('form.filters input[name="main"]').check();
  await page.locator("form.filters button").click();
  await page.waitForURL(/#\/timeline\?main=true$/);
  await page.waitForSelector('main[data-view="timeline"]');
  const main = await texts("#events .item");
  assert.ok(main.length > 0 && main.length < all, `fewer events than the ${all} in all, got ${main.length}`);
  assert.ok(main.every((t) => t.includes("main") && t.includes("ASSAULT")), `each a main event, the seed's assault: ${main.join(" | ")}`);
  assert.equal(await page.locator('form.filters input[name="main"]').isChecked(), true, "the box stays ticked");
});

test("stories list each syndicated report with its sources; search results open the reader", { skip: missing }, async () => {
  await open("#/stories", "stories");
  assert.ok((await page.locator("#stories .story").count()) >= 1, "the seed's two versions form a story");
  const about = (await texts("#stories .story .about .item"))[0] ?? "";
  assert.match(about, /ASSAULT Azerbaijan/u, "the story is about Azerbaijan's operation");
  await page.locator("#stories .story .about .item").first().click();
  await page.waitForSelector('main[data-view="reader"]');
  await open("#/search?q=ceasefire", "search");
  assert.ok((await page.locator("#hits .hit").count()) >= 1, "search finds the seed");
  await page.locator("#hits .hit a").first().click();
  await page.waitForSelector('main[data-view="reader"]');
});

test("clicking a claim opens the reader with its sentence highlighted; back returns to the board", { skip: missing }, async () => {
  await open("#/disputes", "disputes");
  const claim = page.locator("#disputes .dispute .item").first();
  const said = (await claim.locator(".claim-text").textContent()) ?? "";
  await claim.click();
  await page.waitForSelector('main[data-view="reader"] mark.target');
  await page.screenshot({ path: join(artifacts, "reader.png"), fullPage: true });
  const highlighted = (await texts("mark.target")).join("");
  const content = said.replace(/^.*?\): /, "").slice(0, 20);
  assert.ok(highlighted.includes(content), `expected the highlighted sentence to hold "${content}", got "${highlighted}"`);
  await page.goBack();
  await page.waitForSelector('main[data-view="disputes"]');
});

test("an article's scripts, onerror attributes, javascript: links and SVG never run and show as text", { skip: missing }, async () => {
  const id = ((await (await fetch(`${base}/api/search?q=quiet`)).json()) as { items: { document: string }[] }).items[0]?.document ?? "";
  assert.ok(id !== "", "the hostile article is stored");
  for (const [hash, view] of [[`#/reader/${id}`, "reader"], ["#/search?q=shelling", "search"], ["#/", "overview"], ["#/disputes", "disputes"], ["#/timeline", "timeline"]] as const) {
    await open(hash, view);
    assert.equal(await page.evaluate("window.pwned"), undefined, `nothing ran in ${view}`);
    assert.equal(await page.locator("main script, main img, main iframe, main [onerror], main [onload], main a[href^='javascript']").count(), 0, `no live markup in ${view}`);
  }
  await open(`#/reader/${id}`, "reader");
  const title = (await page.locator("#reader-title").textContent()) ?? "";
  assert.match(title, /<script>window\.pwned=1<\/script>/, `the title's markup shows as text, got "${title}"`);
  assert.match((await page.locator("#reader-text").textContent()) ?? "", /onerror="window\.pwned=5"/);
  assert.deepEqual(dialogs, [], "no dialog opened");
});

test("the page asked nothing of any host but the server", { skip: missing }, () => {
  assert.deepEqual(foreignRequests, [], "requests to other hosts");
});
