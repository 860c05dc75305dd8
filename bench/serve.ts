// `sitrep serve` under load: API p95 per list endpoint, each UI view's first render in headless chromium, and the
// UI bundle's gzipped size, beside a static file served by the same server in the same run.
// Targets (issue 14): API p95 ≤ 100 ms, first render ≤ 1 s, bundle ≤ 500 kB gzipped, on ≥ 100,000 documents.
// Usage: npm run bench:serve [-- DOCUMENTS [SECONDS]]   (default 100000 documents or 90 s of ingest, whichever comes first)
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { serve } from "@hono/node-server";
import { chromium } from "playwright-core";
import { analyzeSource } from "../src/analyze.js";
import { createSource } from "../src/core/create-source.js";
import type { Doc } from "../src/core/doc.js";
import { claimLinks } from "../src/link/corpus-claims.js";
import { createApp } from "../src/serve/app.js";
import { builtWebDir } from "../src/serve/static-files.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";

const wantedDocuments = Number(process.argv[2] ?? 100_000);
const ingestSeconds = Number(process.argv[3] ?? 90);
const requestsPerEndpoint = 40;
const fixtures = ["test/fixtures/seed/article.html", "test/fixtures/seed/report.txt", "test/fixtures/hostile/article.html"];

/** Copy `n` of an analysed report: its own id, date and claim ids, so copies are distinct reports, not one claim seen n times. */
async function storeCopy(store: Store, doc: Doc, n: number): Promise<void> {
  const links = claimLinks(doc);
  const own = (id: string) => `${id}-${n}`;
  const day = new Date(Date.UTC(2020, 0, 1) + (n % 1500) * 86_400_000).toISOString().slice(0, 10);
  const copy: Doc = { ...doc, source: { ...doc.source, id: `${doc.source.id.slice(0, 40)}-${n}`, input: `bench-${n}` }, article: { ...doc.article, published: day } };
  await store.putDocument(copy, {
    duplicateOf: null, bands: [],
    claims: Object.fromEntries(Object.entries(links.claims).map(([id, corpus]) => [id, own(corpus)])),
    disputes: links.disputes.map((d) => ({ denial: own(d.denial), disputed: own(d.disputed) })),
  });
}

async function buildStore(path: string): Promise<{ store: Store; documents: number; seconds: number }> {
  const store = openSqliteStore(path);
  const docs = fixtures.map((f) => analyzeSource(createSource(f, readFileSync(f), { mediaType: f.endsWith(".html") ? "text/html" : "text/plain" })));
  const start = performance.now();
  let n = 0;
  while (n < wantedDocuments && performance.now() - start < ingestSeconds * 1000) {
    await storeCopy(store, docs[n % docs.length]!, n);
    n++;
  }
  return { store, documents: n, seconds: (performance.now() - start) / 1000 };
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
}

async function requestP95(url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < requestsPerEndpoint; i++) {
    const start = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    times.push(performance.now() - start);
  }
  return p95(times);
}

const assetPaths = () => readdirSync(join(builtWebDir, "assets")).map((name) => join(builtWebDir, "assets", name));
const line = (label: string, value: string, target: string) => console.log(`${label.padEnd(34)} ${value.padStart(10)}  ${target}`);

const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-serve-"));
try {
  const { store, documents, seconds } = await buildStore(join(dir, "bench.db"));
  console.log(`store: ${documents} documents (copies of ${fixtures.length} fixtures, ingested in ${seconds.toFixed(0)} s; asked for ${wantedDocuments}). ` +
    "The corpus benchmark's 100,000 reports are not used here.");
  const server = serve({ fetch: createApp(store).fetch, hostname: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const staticAsset = `/assets/${assetPaths().find((p) => p.endsWith(".css"))?.split("/").at(-1) ?? ""}`;
  console.log(`\nAPI p95 of ${requestsPerEndpoint} requests, ms`);
  line("static file (baseline)", (await requestP95(base + staticAsset)).toFixed(1), "");
  for (const path of ["/api/stats", "/api/documents", "/api/claims", "/api/disputes", "/api/events", "/api/entities", "/api/stories", "/api/search?q=ceasefire"]) {
    const ms = await requestP95(base + path);
    line(path, ms.toFixed(1), `target ≤ 100: ${ms <= 100 ? "met" : "missed"}`);
  }
  const browser = await chromium.launch({ executablePath: process.env.SITREP_CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  const page = await browser.newPage();
  const firstDoc = ((await (await fetch(`${base}/api/documents?limit=1`)).json()) as { items: { id: string }[] }).items[0]?.id ?? "";
  console.log("\nfirst render in headless chromium, ms (navigation to the view's content on the page)");
  let start = performance.now();
  await page.goto(base + staticAsset);
  line("static file (baseline)", (performance.now() - start).toFixed(0), "");
  for (const [view, hash] of [["overview", "#/"], ["timeline", "#/timeline"], ["map", "#/map"], ["network", "#/network"], ["disputes", "#/disputes"], ["stories", "#/stories"], ["search", "#/search?q=ceasefire"], ["reader", `#/reader/${firstDoc}`]]) {
    await page.goto("about:blank");
    start = performance.now();
    await page.goto(`${base}/${hash}`);
    await page.waitForSelector(`main[data-view="${view}"]`, { timeout: 120_000 });
    const ms = performance.now() - start;
    line(view!, ms.toFixed(0), `target ≤ 1000: ${ms <= 1000 ? "met" : "missed"}`);
  }
  await browser.close();
  const gzipped = assetPaths().reduce((sum, path) => sum + gzipSync(readFileSync(path)).length, 0);
  console.log("\nUI bundle");
  line("dist/web/assets gzipped, kB", (gzipped / 1000).toFixed(1), `target ≤ 500: ${gzipped <= 500_000 ? "met" : "missed"}`);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
