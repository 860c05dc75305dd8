import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { analyzeSource } from "../analyze.js";
import { defaultLimits } from "../core/limits.js";
import { createSource } from "../core/create-source.js";
import { detectMediaType } from "../extract/detect-media-type.js";
import { storeLinked } from "../link/store-linked.js";
import type { Store } from "../store/store.js";
import { builtWebDir, loadStaticFiles } from "./static-files.js";

export interface ServeOptions {
  /** When set, POST /api/documents ingests for callers sending `Authorization: Bearer TOKEN`; else every write is refused. */
  readonly token?: string;
  /** Largest POST body accepted; beyond it the answer is 413. */
  readonly maxBodyBytes?: number;
  /** The built UI's folder; dist/web by default. */
  readonly webDir?: string;
}

const paging = {
  limit: z.coerce.number().int().min(1).max(1000).default(100).openapi({ description: "page size" }),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).openapi({ description: "rows to skip" }),
};
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional().openapi({ description: "ISO date, YYYY[-MM[-DD]]" });
const errorBody = z.object({ error: z.string() }).openapi("Error");
const anyList = z.object({ items: z.array(z.any()), offset: z.number(), limit: z.number() });

/** A list route: GET /api/NAME validated by `query`, answered with one page of items. */
function listRoute<Q extends z.ZodRawShape>(path: string, summary: string, query: Q) {
  return createRoute({
    method: "get",
    path,
    summary,
    request: { query: z.object({ ...paging, ...query }) },
    responses: {
      200: { content: { "application/json": { schema: anyList } }, description: "one page" },
      400: { content: { "application/json": { schema: errorBody } }, description: "bad parameters" },
    },
  });
}

/** One page of rows, from a store asked for offset + limit rows where its query has no offset of its own. */
function page<T>(rows: readonly T[], offset: number, limit: number) {
  return { items: rows.slice(offset, offset + limit), offset, limit };
}

/** A page the store already cut in SQL. */
const pageOf = <T>(items: T[], offset: number, limit: number) => ({ items, offset, limit });

/** The JSON API over a store, read-only unless a token is given. */
export function createApp(store: Store, options: ServeOptions = {}) {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => (result.success ? undefined : c.json({ error: `bad parameters: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}` }, 400)),
  });

  app.use("*", async (c, next) => {
    await next();
    // Article text comes from the web: no inline script may ever run, and nothing loads from elsewhere.
    c.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    c.header("X-Content-Type-Options", "nosniff");
  });

  app.openapi(listRoute("/api/claims", "stored claims", { speaker: z.string().max(200).optional(), stance: z.enum(["assert", "deny", "demand", "warn", "question", "promise"]).optional() }), async (c) => {
    const q = c.req.valid("query");
    return c.json(pageOf(await store.claims({ speakers: q.speaker === undefined ? undefined : await store.entityIds([q.speaker]), stance: q.stance, limit: q.limit, offset: q.offset }), q.offset, q.limit), 200);
  });
  app.openapi(listRoute("/api/disputes", "claims beside the claims that deny them", {}), async (c) => {
    const q = c.req.valid("query");
    const disputed = await store.claims({ disputed: true, limit: q.limit, offset: q.offset });
    const denialIds = [...new Set(disputed.flatMap((claim) => claim.disputedBy))];
    const byId = new Map((denialIds.length === 0 ? [] : await store.claims({ ids: denialIds })).map((claim) => [claim.id, claim]));
    const disputes = disputed.map((claim) => ({ claim, denials: claim.disputedBy.flatMap((id) => byId.get(id) ?? []) }));
    return c.json(pageOf(disputes, q.offset, q.limit), 200);
  });
  app.openapi(listRoute("/api/events", "stored events (negated ones never listed; only confident ones unless all=true)", {
    type: z.string().regex(/^[A-Za-z_]{2,40}$/).optional(), actor: z.string().max(200).optional(), place: z.string().max(200).optional(), from: isoDate, to: isoDate,
    all: z.enum(["true", "false"]).default("false").openapi({ description: "also events below the confidence threshold" }),
    main: z.enum(["true", "false"]).default("false").openapi({ description: "only the events their reports are about" }),
  }), async (c) => {
    const q = c.req.valid("query");
    const ids = async (name: string | undefined) => (name === undefined ? undefined : await store.entityIds([name]));
    const query = {
      type: q.type?.toUpperCase(), actors: await ids(q.actor), places: await ids(q.place), from: q.from, to: q.to, all: q.all === "true", main: q.main === "true",
      limit: q.limit, offset: q.offset,
    };
    return c.json(pageOf(await store.events(query), q.offset, q.limit), 200);
  });
  app.openapi(listRoute("/api/entities", "stored actors and places", { type: z.string().regex(/^[a-z_-]{2,40}$/).optional() }), async (c) => {
    const q = c.req.valid("query");
    return c.json(pageOf(await store.actors({ type: q.type, limit: q.limit, offset: q.offset }), q.offset, q.limit), 200);
  });
  app.openapi(listRoute("/api/stories", "syndication groups: each story's original report and its copies", {}), async (c) => {
    const q = c.req.valid("query");
    const groups = page(await store.syndicationGroups(), q.offset, q.limit);
    // What each story is about: its original report's main events, most central first.
    const originals = groups.items.map((g) => g.original.document);
    const main = originals.length === 0 ? [] : await store.events({ main: true, documents: originals });
    const about = (document: string) => main.filter((e) => e.document === document).sort((a, b) => (a.mainRank ?? 0) - (b.mainRank ?? 0));
    return c.json({ ...groups, items: groups.items.map((g) => ({ ...g, mainEvents: about(g.original.document) })) }, 200);
  });
  app.openapi(listRoute("/api/search", "full-text search", { q: z.string().min(1).max(500) }), async (c) => {
    const q = c.req.valid("query");
    return c.json(page(await store.search(q.q, q.offset + q.limit), q.offset, q.limit), 200);
  });
  app.openapi(listRoute("/api/documents", "stored reports, newest first", {}), async (c) => {
    const q = c.req.valid("query");
    return c.json(page(await store.documents(q.offset + q.limit), q.offset, q.limit), 200);
  });
  app.openapi(createRoute({
    method: "get", path: "/api/documents/{id}", summary: "one report's text with its claims, events and mentions at their spans",
    request: { params: z.object({ id: z.string().min(1).max(200) }) },
    responses: {
      200: { content: { "application/json": { schema: z.any() } }, description: "the document" },
      404: { content: { "application/json": { schema: errorBody } }, description: "unknown id" },
    },
  }), async (c) => {
    const doc = await store.document(c.req.valid("param").id);
    return doc === null ? c.json({ error: `no such document: ${c.req.valid("param").id}` }, 404) : c.json(doc, 200);
  });
  app.openapi(createRoute({ method: "get", path: "/api/stats", summary: "counts", responses: { 200: { content: { "application/json": { schema: z.record(z.string(), z.number()) } }, description: "counts" } } }), async (c) =>
    c.json({ ...(await store.stats()) }, 200));

  app.post("/api/documents", bodyLimit({ maxSize: options.maxBodyBytes ?? defaultLimits.maxInputBytes, onError: (c) => c.json({ error: "body too large" }, 413) }), async (c) => {
    if (options.token === undefined) return c.json({ error: "this server is read-only (start it with --token to allow ingest)" }, 403);
    if (c.req.header("authorization") !== `Bearer ${options.token}`) return c.json({ error: "missing or wrong token" }, 401);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const url = c.req.query("url");
    const input = url ?? "POST /api/documents";
    const source = createSource(input, bytes, { mediaType: detectMediaType(bytes, input), url, fetchedAt: new Date().toISOString() });
    const status = (await store.hasDocument(source.id)) ? "exists" : await storeLinked(store, analyzeSource(source));
    return c.json({ id: source.id, status }, status === "added" ? 201 : 200);
  });

  app.doc31("/api/openapi.json", { openapi: "3.1.0", info: { title: "sitrep", version: "0.1.0" } });
  serveUi(app, loadStaticFiles(options.webDir ?? builtWebDir));
  app.notFound((c) => c.json({ error: `no such resource: ${c.req.path}` }, 404));
  // A store failure (empty, locked while being written) is a clear JSON error, never a stack trace to the client.
  app.onError((error, c) => c.json({ error: `the store could not answer: ${error.message.split("\n")[0]}` }, 500));
  return app;
}

/** The built UI, read-only: index.html at / and the hashed bundles under /assets/. */
function serveUi(app: OpenAPIHono, files: ReturnType<typeof loadStaticFiles>) {
  const answer = (path: string) => {
    const file = files.get(path);
    return file === undefined ? undefined : new Response(file.body, { headers: { "content-type": file.contentType, "cache-control": path === "/index.html" ? "no-cache" : "max-age=31536000, immutable" } });
  };
  app.get("/", (c) => answer("/index.html") ?? c.json({ error: "the UI is not built (npm run build makes dist/web)" }, 404));
  app.get("/assets/*", (c, next) => answer(c.req.path) ?? next());
}
