import Database from "better-sqlite3";
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { textDoc } from "../../test/support/text-doc.js";
import { tempDir } from "../../test/support/temp-dir.js";
import type { Claim } from "../claims/claim.js";
import { withData, type Doc } from "../core/doc.js";
import type { Entity } from "../entities/entity.js";
import type { Event } from "../events/event.js";
import { readFileSync } from "node:fs";
import { createContext } from "../analyze.js";
import { annotateStage } from "../annotate/annotate-stage.js";
import { linkStage } from "../link/link-stage.js";
import { claimLinks } from "../link/corpus-claims.js";
import { storeLinked } from "../link/store-linked.js";
import { freshPostgresDatabase, testPostgresUrl } from "../../test/support/postgres.js";
import { openPostgresStore } from "./postgres/postgres-store.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store, StoredClaim } from "./store.js";

const dir = tempDir();
const backends: { name: string; open: () => Promise<Store>; skip: string | false }[] = [
  { name: "sqlite", open: () => Promise.resolve(openSqliteStore(join(dir, `${Math.random().toString(36).slice(2)}.db`))), skip: false },
  {
    name: "postgres",
    open: async () => openPostgresStore(await freshPostgresDatabase(testPostgresUrl ?? "")),
    // A user's clone may have no PostgreSQL; CI always sets the server, so these tests run there.
    skip: testPostgresUrl ? false : "SITREP_TEST_POSTGRES is not set (scripts/start-test-postgres.sh starts a server)",
  },
];

const text = "Baku said the army struck. Armenia denied it.";
const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

function analysedDoc(body = text): Doc {
  const az: Entity = {
    id: "country:AZ", name: "Azerbaijan", aliases: [], type: "country", country: "AZ",
    mentions: [{ ...span("Baku"), text: "Baku", entity: "country:AZ", sentence: 0, role: "actor" }],
  };
  const am: Entity = {
    id: "country:AM", name: "Armenia", aliases: [], type: "country", country: "AM",
    mentions: [{ ...span("Armenia"), text: "Armenia", entity: "country:AM", sentence: 1, role: "actor" }],
  };
  const mod: Entity = { id: "gov:AZ:defense", name: "Defense Ministry", aliases: [], type: "government", memberOf: "country:AZ", mentions: [] };
  const claim = (id: string, who: string, entity: string, stance: Claim["stance"], content: string, sentence: string): Claim => ({
    id, speaker: { text: who, entity, spans: [span(who)], resolution: "named" }, cue: "said", cueSpans: [],
    content, contentSpans: [span(content)], channel: null, stance, kind: "statement", direct: false, evidence: span(sentence),
  });
  const event: Event = {
    id: "e1", type: "ASSAULT", mode: null, actor: "country:AZ", recipient: null, actors: [], recipients: [], location: null,
    date: "2023-09-19", datePrecision: "day", dateText: null, dateSource: "text", source: "c1", disputed: true,
    negated: false, hypothetical: false, trigger: "struck", evidence: span("the army struck"), evidenceSpans: [], confidence: 0.9,
  };
  let doc = textDoc(body, { title: "Strike reported" });
  doc = withData(doc, "entities", { entities: [az, am, mod], mentions: [...az.mentions, ...am.mentions] });
  doc = withData(doc, "claims", {
    claims: [
      claim("c1", "Baku", "country:AZ", "assert", "the army struck", "Baku said the army struck."),
      claim("c2", "Armenia", "country:AM", "deny", "it", "Armenia denied it."),
    ],
    disputes: [{ denial: "c2", disputed: "c1" }],
  });
  return withData(doc, "events", { events: [event], mainEvents: [event.id] });
}

const ctx = createContext(new Date("2024-01-01T00:00:00Z"));
const report = readFileSync("test/fixtures/seed/report.txt", "utf8");
const paragraphs = report.split("\n\n").slice(2);
const withLink = (body: string, url: string) =>
  linkStage.run(annotateStage.run(textDoc(body, { url, title: "Baku launches military operation" }), ctx), ctx);
/** One story as a wire ran it, three outlets' edits of it, then an unrelated report, in storing order. */
const syndicated = [
  withLink(paragraphs.join("\n\n"), "https://www.wire.example/karabakh"),
  withLink(["Azerbaijan moves on Karabakh", ...paragraphs.slice(1)].join("\n\n"), "https://daily.example/world/1"),
  withLink(paragraphs.slice(0, -3).join("\n\n"), "https://gazette.example/a"),
  withLink(`BAKU (Herald) - ${paragraphs.join("\n\n")}\n\nSubscribe to the Herald for more. © 2023 Herald Media.`, "https://herald.example/b"),
  withLink(
    "Germany pledged another 500 million euros in military aid on Thursday, while Hungary again threatened to block a European Union " +
      "package. Poland's foreign minister warned that Russia would not stop at Ukraine, and called on allies to speed up deliveries of " +
      "air defence systems before the winter, when attacks on the power grid are expected to grow.",
    "https://other.example/c",
  ),
];

for (const backend of backends) {
  describe(`store: ${backend.name}`, { skip: backend.skip }, () => {
    test("stores a document once; the same content again is a no-op", async () => {
      const store = await backend.open();
      assert.equal(await storeLinked(store, analysedDoc()), "added");
      assert.equal(await storeLinked(store, analysedDoc()), "exists");
      assert.deepEqual(await store.stats(), { documents: 1, claims: 2, events: 1, entities: 3, errors: 0 });
      await store.close();
    });

    test("a document comes back with its text and the spans of its claims, events and mentions in text order", async () => {
      const store = await backend.open();
      const doc = analysedDoc();
      await storeLinked(store, doc);
      assert.deepEqual((await store.documents()).map((d) => [d.id, d.title]), [[doc.source.id, "Strike reported"]]);
      const stored = await store.document(doc.source.id);
      assert.equal(stored?.text, text);
      assert.deepEqual(stored.marks.map((m) => [m.kind, text.slice(m.start, m.end)]), [
        ["claim", "Baku said the army struck."], ["mention", "Baku"], ["event", "the army struck"], ["claim", "Armenia denied it."], ["mention", "Armenia"],
      ]);
      assert.equal(await store.document("nope"), null, "an unknown id is null");
      await store.close();
    });

    test("claims come back with their sources and their disputes", async () => {
      const store = await backend.open();
      const doc = analysedDoc();
      await storeLinked(store, doc);
      const claims = await store.claims();
      const [asserted, denial] = ["assert", "deny"].map((stance) => claims.find((c) => c.stance === stance));
      assert.equal(asserted?.speakerName, "Azerbaijan");
      assert.match(asserted?.id ?? "", /^claim:[0-9a-f]{20}$/);
      assert.deepEqual(asserted?.sources, [{
        document: doc.source.id, claim: "c1", url: null, outlet: null, title: "Strike reported", published: null, span: span("Baku said the army struck."),
        evidenceText: "Baku said the army struck.",
      }]);
      assert.equal(asserted?.outlets, 1);
      assert.deepEqual(asserted?.disputedBy, [denial?.id]);
      assert.deepEqual(denial?.disputes, [asserted?.id]);
      assert.deepEqual((await store.claims({ stance: "deny" })).map((c) => c.id), [denial?.id]);
      await store.close();
    });

    test("the same claim in several reports is one claim with every source; a syndication group counts as one outlet", async () => {
      const store = await backend.open();
      const at = (url: string, body: string) => withData(analysedDoc(body), "link", { outlet: new URL(url).hostname, minhash: null, bands: [] });
      await storeLinked(store, at("https://wire.example/1", text));
      await storeLinked(store, at("https://daily.example/2", `${text} `));
      // A copy in the wire's syndication group: the store is told so, and counts it with its original.
      const copy = at("https://herald.example/3", `${text}  `);
      const wire = (await store.claims())[0]?.sources[0]?.document ?? "";
      await store.putDocument(copy, { duplicateOf: wire, bands: [], ...claimLinks(copy) });
      const claims = await store.claims();
      assert.equal(claims.length, 2, "two claims, not six");
      assert.deepEqual(claims.map((c) => c.sources.map((s) => s.outlet)), [
        ["wire.example", "daily.example", "herald.example"], ["wire.example", "daily.example", "herald.example"],
      ]);
      assert.deepEqual(claims.map((c) => c.outlets), [2, 2]);
      assert.equal((await store.stats()).claims, 2);
      await store.close();
    });

    test("filtering claims by a government includes its organs", async () => {
      const store = await backend.open();
      const doc = analysedDoc();
      const claims = doc.data.claims?.claims ?? [];
      const byMinistry = { ...claims[0]!, id: "c3", speaker: { ...claims[0]!.speaker, entity: "gov:AZ:defense" } };
      await storeLinked(store, withData(doc, "claims", { claims: [...claims, byMinistry], disputes: [] }));
      const reportIds = (claims: StoredClaim[]) => claims.flatMap((c) => c.sources.map((s) => s.claim)).sort();
      assert.deepEqual(reportIds(await store.claims({ speakers: ["country:AZ"] })), ["c1", "c3"]);
      assert.deepEqual(reportIds(await store.claims({ speakers: ["country:AM"] })), ["c2"]);
      await store.close();
    });

    test("events, actors and full-text search read what was stored", async () => {
      const store = await backend.open();
      await storeLinked(store, analysedDoc());
      const [event] = await store.events({ type: "ASSAULT" });
      assert.equal(event?.actorName, "Azerbaijan");
      assert.equal(event?.disputed, true);
      assert.equal(event?.evidenceText, "the army struck");
      assert.equal(event?.mainRank, 1, "the report's first main event");
      assert.deepEqual((await store.events({ main: true })).map((e) => e.id), ["e1"]);
      assert.deepEqual(await store.events({ type: "AGREE" }), []);
      const actors = await store.actors();
      assert.deepEqual(actors.map((a) => [a.id, a.mentions, a.documents]), [["country:AM", 1, 1], ["country:AZ", 1, 1]]);
      const hits = await store.search("army (struck*");
      assert.equal(hits.length, 1);
      assert.match(hits[0]?.snippet ?? "", /\[army\] \[struck\]/);
      assert.deepEqual(await store.search("ceasefire"), []);
      await store.close();
    });

    test("a denial in one report is linked to the claim it denies in another, and both are kept", async () => {
      const store = await backend.open();
      const report = (body: string, published: string, said: Claim, mentioned: Entity[]) => {
        const doc = textDoc(body, { published, title: null });
        const mentions = mentioned.flatMap((e) => e.mentions);
        return withData(withData(doc, "entities", { entities: mentioned, mentions }), "claims", { claims: [said], disputes: [] });
      };
      const whole = (body: string) => ({ start: 0, end: body.length });
      const say = (body: string, entity: string, stance: Claim["stance"], content: string): Claim => ({
        id: "c1", speaker: { text: entity, entity, spans: [], resolution: "named" }, cue: stance === "deny" ? "denied" : "said", cueSpans: [], content,
        contentSpans: [], channel: null, stance, kind: "statement", direct: false, evidence: whole(body),
      });
      const country = (code: string, name: string, body: string, word: string): Entity => ({
        id: `country:${code}`, name, aliases: [], type: "country", country: code,
        mentions: [{ start: body.indexOf(word), end: body.indexOf(word) + word.length, text: word, entity: `country:${code}`, sentence: 0, role: "actor" }],
      });
      const claimText = "Azerbaijan said that Armenian forces had shelled its positions near Lachin.";
      const denialText = "Armenia denied that its forces had shelled Azerbaijani positions near Lachin.";
      const unrelatedText = "Armenia denied that Azerbaijan had closed the road to Goris for trucks.";
      await storeLinked(store, report(claimText, "2024-03-04", say(claimText, "country:AZ", "assert", "that Armenian forces had shelled its positions near Lachin"),
        [country("AZ", "Azerbaijan", claimText, "Azerbaijan")]));
      await storeLinked(store, report(denialText, "2024-03-05", say(denialText, "country:AM", "deny", "that its forces had shelled Azerbaijani positions near Lachin"),
        [country("AM", "Armenia", denialText, "Armenia"), country("AZ", "Azerbaijan", denialText, "Azerbaijani")]));
      await storeLinked(store, report(unrelatedText, "2024-03-06", say(unrelatedText, "country:AM", "deny", "that Azerbaijan had closed the road to Goris for trucks"),
        [country("AM", "Armenia", unrelatedText, "Armenia"), country("AZ", "Azerbaijan", unrelatedText, "Azerbaijan")]));
      const claims = await store.claims();
      const byContent = (start: string) => claims.find((c) => c.content.startsWith(start));
      const [claim, denial, other] = [byContent("that Armenian"), byContent("that its forces"), byContent("that Azerbaijan had closed")];
      assert.deepEqual(claim?.disputedBy, [denial?.id]);
      assert.deepEqual(denial?.disputes, [claim?.id]);
      assert.deepEqual(other?.disputes, [], "a denial about something else answers nothing");
      assert.deepEqual((await store.claims({ disputed: true })).map((c) => c.id), [claim?.id]);
      await store.close();
    });

    test("entity ids are found by id, or by a name or alias seen in a report, case and accents aside", async () => {
      const store = await backend.open();
      const doc = analysedDoc();
      const entities = doc.data.entities?.entities ?? [];
      const tr: Entity = { id: "country:TR", name: "Türkiye", aliases: ["Turkey"], type: "country", country: "TR", mentions: [] };
      await storeLinked(store, withData(doc, "entities", { entities: [...entities, tr], mentions: doc.data.entities?.mentions ?? [] }));
      assert.deepEqual(await store.entityIds(["turkiye"]), ["country:TR"]);
      assert.deepEqual(await store.entityIds(["TURKEY"]), ["country:TR"]);
      assert.deepEqual(await store.entityIds(["country:AZ", "armenia"]), ["country:AM", "country:AZ"]);
      assert.deepEqual(await store.entityIds(["Narnia"]), []);
      assert.deepEqual(await store.entityIds([]), []);
      await store.close();
    });

    test("claims filter by disputed and by publication date; events by place, country and date range", async () => {
      const store = await backend.open();
      const doc = analysedDoc();
      await storeLinked(store, { ...doc, article: { ...doc.article, published: "2023-09-20T08:00:00Z" } });
      assert.deepEqual((await store.claims({ disputed: true })).map((c) => c.sources[0]?.claim), ["c1"]);
      assert.deepEqual((await store.claims({ since: "2023-09-20" })).length, 2);
      assert.deepEqual(await store.claims({ since: "2023-09-21" }), []);
      assert.deepEqual(await store.claims({ speakers: [] }), []);
      const claims = await store.claims();
      assert.deepEqual((await store.claims({ limit: 1, offset: 1 })).map((c) => c.id), [claims[1]?.id], "the page after the first claim is the second");
      assert.deepEqual((await store.claims({ ids: [claims[1]?.id ?? ""] })).map((c) => c.content), [claims[1]?.content]);
      assert.equal((await store.events({ from: "2023-09-19", to: "2023-09-19" })).length, 1);
      assert.deepEqual(await store.events({ from: "2023-09-20" }), []);
      assert.deepEqual(await store.events({ to: "2023-09-18" }), []);
      assert.deepEqual((await store.events({ actors: ["country:AZ"] })).map((e) => e.id), ["e1"]);
      assert.deepEqual(await store.events({ actors: ["country:AM"] }), []);
      assert.deepEqual(await store.events({ places: ["country:AZ"] }), [], "the event has no place");
      await store.close();
    });

    test("an event the report says did not happen is stored but never listed", async () => {
      const store = await backend.open();
      const doc = analysedDoc();
      const events = (doc.data.events?.events ?? []).map((e) => ({ ...e, negated: true }));
      await storeLinked(store, withData(doc, "events", { events, mainEvents: [] }));
      assert.deepEqual(await store.events({ all: true }), []);
      assert.equal((await store.stats()).events, 1, "the row is kept");
      await store.close();
    });

    test("an event's place filter matches the place itself or the country it lies in", async () => {
      const store = await backend.open();
      const doc = analysedDoc();
      const town: Entity = { id: "geonames:1", name: "Tartar", aliases: [], type: "city", country: "AZ", geo: { lat: 40.3, lon: 46.9 }, mentions: [] };
      const events = (doc.data.events?.events ?? []).map((e) => ({ ...e, location: town.id }));
      const entities = doc.data.entities?.entities ?? [];
      await storeLinked(store, withData(withData(doc, "events", { events, mainEvents: [] }), "entities", { entities: [...entities, town], mentions: [] }));
      assert.deepEqual((await store.events({ places: ["geonames:1"] })).map((e) => e.locationName), ["Tartar"]);
      assert.deepEqual((await store.events({ places: ["country:AZ"] })).map((e) => e.lat), [40.3]);
      assert.deepEqual(await store.events({ places: ["country:AM"] }), []);
      assert.deepEqual(await store.events({ main: true }), [], "this copy names no main event");
      await store.close();
    });

    test("copies of one story form one group keeping every outlet and URL; another story stands alone; re-storing changes nothing", async () => {
      const store = await backend.open();
      for (const doc of syndicated) assert.equal(await storeLinked(store, doc), "added");
      const groups = await store.syndicationGroups();
      assert.equal(groups.length, 1, "the unrelated report is in no group");
      assert.deepEqual(groups[0]?.original, {
        document: syndicated[0]?.source.id, input: "test", url: "https://www.wire.example/karabakh", outlet: "wire.example",
        title: "Baku launches military operation", published: null,
      });
      assert.deepEqual(groups[0]?.copies.map((c) => [c.outlet, c.url]), [
        ["daily.example", "https://daily.example/world/1"], ["gazette.example", "https://gazette.example/a"], ["herald.example", "https://herald.example/b"],
      ]);
      assert.equal(await storeLinked(store, syndicated[2]!), "exists");
      // The linker indexes originals only: a copy's bands would only lead back to its original.
      assert.deepEqual((await store.syndicationCandidates(syndicated[1]?.data.link?.bands ?? [])).map((c) => c.document), [syndicated[0]?.source.id]);
      assert.deepEqual(await store.syndicationGroups(), groups);
      assert.equal((await store.stats()).documents, 5);
      await store.close();
    });

    test("syndication candidates are the documents indexed under a band key, with their group's original", async () => {
      const store = await backend.open();
      const [wire, copy, trimmed, , unrelated] = syndicated;
      await store.putDocument(wire!, { duplicateOf: null, bands: wire?.data.link?.bands ?? [], claims: {}, disputes: [] });
      await store.putDocument(copy!, { duplicateOf: wire?.source.id ?? null, bands: copy?.data.link?.bands ?? [], claims: {}, disputes: [] });
      const candidates = await store.syndicationCandidates(trimmed?.data.link?.bands ?? []);
      assert.deepEqual(candidates.map((c) => [c.document, c.original]), [[wire?.source.id, wire?.source.id], [copy?.source.id, wire?.source.id]]);
      assert.equal(candidates[0]?.minhash, wire?.data.link?.minhash);
      assert.deepEqual(await store.syndicationCandidates(unrelated?.data.link?.bands ?? []), []);
      assert.deepEqual(await store.syndicationCandidates(["00:no-such-band"]), []);
      assert.deepEqual(await store.syndicationCandidates([]), []);
      await store.close();
    });

    test("errors are kept once per input and problem, and cleared when the input later succeeds", async () => {
      const store = await backend.open();
      await store.putError("test", "empty file");
      await store.putError("test", "empty file");
      await store.putError("other.html", "binary content");
      assert.equal((await store.stats()).errors, 2);
      await storeLinked(store, analysedDoc());
      assert.deepEqual((await store.errors()).map((e) => e.input), ["other.html"]);
      await store.close();
    });
  });
}

test("a SQLite file an earlier sitrep wrote with other columns is refused with a clear error", () => {
  const path = join(dir, "schema-1.db");
  const old = new Database(path);
  old.exec("CREATE TABLE documents (id TEXT PRIMARY KEY, input TEXT NOT NULL, fingerprint TEXT, duplicate_of TEXT)");
  old.close();
  assert.throws(() => openSqliteStore(path), /^Error: the database was written by an earlier sitrep with other columns \(no such column: .*\); ingest into a new database$/);
});

describe("store: postgres, two workers at once", { skip: backends[1]?.skip ?? false }, () => {
  test("the same document stored by two connections concurrently is stored once", async () => {
    const url = await freshPostgresDatabase(testPostgresUrl ?? "");
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    const doc = analysedDoc();
    const links = { duplicateOf: null, bands: [], ...claimLinks(doc) };
    const results = await Promise.all([a.putDocument(doc, links), b.putDocument(doc, links)]);
    assert.deepEqual(results.sort(), ["added", "exists"]);
    assert.equal((await a.stats()).documents, 1);
    await Promise.all([a.close(), b.close()]);
  });
});
