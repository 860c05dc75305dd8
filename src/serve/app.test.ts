import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { serve, type ServerType } from "@hono/node-server";
import { analyzeSource } from "../analyze.js";
import { createSource } from "../core/create-source.js";
import { storeLinked } from "../link/store-linked.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { tempDir } from "../../test/support/temp-dir.js";
import { createApp } from "./app.js";

const seedHtml = readFileSync("test/fixtures/seed/article.html");
const token = "s3cret";
let store: Store;
let server: ServerType;
let base: string;

before(async () => {
  store = openSqliteStore(join(tempDir(), "serve.db"));
  await storeLinked(store, analyzeSource(createSource("seed.html", seedHtml, { mediaType: "text/html" })));
  server = serve({ fetch: createApp(store, { token, maxBodyBytes: 1024 * 1024 }).fetch, hostname: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
});

async function getJson(path: string, init?: RequestInit) {
  const response = await fetch(base + path, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { items: Record<string, unknown>[] }, headers: response.headers };
}

/** A POST through node:http, which reads the answer even when the server stops reading the body early (413). */
function postRaw(path: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(base + path, { method: "POST", headers: { ...headers, "content-length": String(body.length) } }, (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk)).on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

test("the seed's dispute is served: the claim beside its denial, each with its evidence sentence", async () => {
  const { status, body } = await getJson("/api/disputes");
  assert.equal(status, 200);
  assert.ok(body.items.length >= 1);
  const dispute = body.items[0] as { claim: { stance: string; sources: { evidenceText: string }[] }; denials: { stance: string }[] };
  assert.notEqual(dispute.claim.stance, "deny");
  assert.ok(dispute.denials.some((d) => d.stance === "deny"));
  assert.ok((dispute.claim.sources[0]?.evidenceText.length ?? 0) > 0);
});

test("entities list Azerbaijan, Armenia and Baku; events and claims page with limit and offset", async () => {
  const entities = await getJson("/api/entities?limit=1000");
  const names = entities.body.items.map((e) => e.name);
  for (const name of ["Azerbaijan", "Armenia", "Baku"]) assert.ok(names.includes(name), name);
  const all = await getJson("/api/claims?limit=1000");
  assert.ok(all.body.items.length >= 3);
  const second = await getJson("/api/claims?limit=1&offset=1");
  assert.deepEqual(second.body.items, [all.body.items[1]]);
  const events = await getJson("/api/events?all=true&limit=1000");
  assert.ok(events.body.items.length > 2);
  assert.ok(events.body.items.every((e) => e.negated === false));
  for (const [path, rows] of [["/api/events?all=true", events.body.items], ["/api/entities", entities.body.items]] as const) {
    const third = await getJson(`${path}${path.includes("?") ? "&" : "?"}limit=1&offset=2`);
    assert.deepEqual(third.body.items, [rows[2]], `${path}: the page of one after two is the third row`);
  }
  const main = await getJson("/api/events?main=true");
  assert.deepEqual(main.body.items.map((e) => [e.type, e.actor, e.mainRank]), [["ASSAULT", "country:AZ", 1]], "the report is about Azerbaijan's operation");
});

test("disputes page in the store: a page past the last dispute is empty, and each denial comes with its claim", async () => {
  const all = await getJson("/api/disputes?limit=1000");
  const past = await getJson(`/api/disputes?offset=${all.body.items.length}`);
  assert.deepEqual(past.body.items, []);
  const first = await getJson("/api/disputes?limit=1");
  assert.deepEqual(first.body.items, all.body.items.slice(0, 1));
});

test("search, stats, stories and the OpenAPI document answer", async () => {
  const hits = await getJson("/api/search?q=ceasefire");
  assert.ok(hits.body.items.length >= 1);
  const stats = await getJson("/api/stats");
  assert.equal(stats.body.documents, 1);
  assert.equal((await getJson("/api/stories")).status, 200);
  const spec = await getJson("/api/openapi.json");
  const paths = Object.keys(spec.body.paths as object);
  for (const path of ["/api/claims", "/api/disputes", "/api/events", "/api/entities", "/api/search", "/api/stats"]) assert.ok(paths.includes(path), path);
});

test("bad parameters are 400 JSON naming the parameter; unknown paths are 404 JSON", async () => {
  for (const path of ["/api/claims?limit=abc", "/api/claims?limit=0", "/api/events?offset=-1", "/api/claims?stance=shout", "/api/search"]) {
    const { status, body } = await getJson(path);
    assert.equal(status, 400, path);
    assert.match(String(body.error), /bad parameters/, path);
  }
  const missing = await getJson("/api/documents/nope");
  assert.equal(missing.status, 404);
  assert.match(String(missing.body.error), /no such document/);
  assert.match(String((await getJson("/api/nothing")).body.error), /no such resource/);
});

test("every answer carries a CSP that forbids inline scripts", async () => {
  const { headers } = await getJson("/api/stats");
  const csp = headers.get("content-security-policy") ?? "";
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
});

test("POST /api/documents needs the token, refuses oversized bodies with 413, and ingests with the token", async () => {
  const text = "Officials in Baku said on Monday that Armenian forces shelled a village. Armenia denied the report.";
  assert.equal((await getJson("/api/documents", { method: "POST", body: text })).status, 401);
  assert.equal((await getJson("/api/documents", { method: "POST", body: text, headers: { authorization: "Bearer wrong" } })).status, 401);
  const big = await postRaw("/api/documents", Buffer.alloc(2 * 1024 * 1024, "x"), { authorization: `Bearer ${token}` });
  assert.equal(big.status, 413);
  assert.deepEqual(JSON.parse(big.body), { error: "body too large" });
  const added = await getJson("/api/documents", { method: "POST", body: text, headers: { authorization: `Bearer ${token}` } });
  assert.equal(added.status, 201);
  assert.equal((await getJson("/api/stats")).body.documents, 2);
});

test("a server started without a token refuses every write with 403", async () => {
  const readOnly = createApp(store);
  const response = await readOnly.request("/api/documents", { method: "POST", body: "text" });
  assert.equal(response.status, 403);
});

test("the UI is served read-only from its folder with content types and the CSP; paths outside it are 404", async () => {
  const web = tempDir();
  mkdirSync(join(web, "assets"));
  writeFileSync(join(web, "index.html"), "<!doctype html><title>ui</title>");
  writeFileSync(join(web, "assets", "app.js"), "export {};");
  const ui = createApp(store, { webDir: web });
  const index = await ui.request("/");
  assert.equal(index.status, 200);
  assert.match(index.headers.get("content-type") ?? "", /^text\/html/);
  assert.match(index.headers.get("content-security-policy") ?? "", /script-src 'self'/);
  assert.match((await ui.request("/assets/app.js")).headers.get("content-type") ?? "", /^text\/javascript/);
  for (const path of ["/assets/../index.html", "/assets/%2e%2e/%2e%2e/package.json", "/assets/..%2f..%2fpackage.json", "/assets/missing.js"]) {
    assert.equal((await ui.request(path)).status, 404, path);
  }
  assert.equal((await ui.request("/assets/app.js", { method: "POST" })).status, 404, "no writes to the UI's files");
});
