import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { main } from "../src/cli/main.js";
import { captureOutput } from "./support/capture-output.js";
import { runCli } from "./support/run-cli.js";
import { tempDir } from "./support/temp-dir.js";

const dir = tempDir();
const seedHtml = "test/fixtures/seed/article.html";
const seedText = "test/fixtures/seed/report.txt";

test("analyze prints one JSON analysis for one file, with spans into article.text", async () => {
  const io = captureOutput();
  assert.equal(await main(["analyze", seedHtml], io), 0);
  const analysis = JSON.parse(io.stdout()) as { article: { text: string }; source: { id: string } };
  assert.match(analysis.source.id, /^[0-9a-f]{64}$/);
  assert.ok(analysis.article.text.length > 1000);
});

test("analyze prints one ndjson line per input, each naming its input", async () => {
  const io = captureOutput();
  assert.equal(await main(["analyze", seedHtml, seedText], io), 0);
  const lines = io.stdout().trim().split("\n").map((l) => JSON.parse(l) as { input: string });
  assert.deepEqual(lines.map((l) => l.input), [seedHtml, seedText]);
});

test("analyze reads standard input from -", () => {
  const result = runCli(["analyze", "-", "--format", "json"], readFileSync(seedText, "utf8"));
  assert.equal(result.status, 0, result.stderr);
  assert.equal((JSON.parse(result.stdout) as { source: { input: string } }).source.input, "-");
});

test("analyze --format text gives a report for people with its sections", async () => {
  const io = captureOutput();
  assert.equal(await main(["analyze", seedHtml, "--format", "text"], io), 0);
  for (const section of ["CLAIMS", "DISPUTES", "EVENTS", "ACTORS AND PLACES"]) assert.ok(io.stdout().includes(section), section);
});

test("extract prints the article stage alone", async () => {
  const io = captureOutput();
  assert.equal(await main(["extract", seedHtml, "--format", "ndjson"], io), 0);
  const line = JSON.parse(io.stdout()) as { input: string; article: { text: string } };
  assert.equal(line.input, seedHtml);
  assert.ok(!line.article.text.includes("<p>"), "article text holds no markup");
});

test("a wrong format or unknown command is a usage error with exit code 2", async () => {
  const io = captureOutput();
  assert.equal(await main(["analyze", seedHtml, "--format", "xml"], io), 2);
  assert.equal(io.stderr(), "sitrep: --format must be one of json, ndjson, text, got xml\n");
  assert.equal(await main(["frobnicate"], captureOutput()), 2);
  assert.equal(await main(["ingest"], captureOutput()), 2);
});

test("ingest then query: the store answers claims, events, actors, search and stats", async () => {
  const db = join(dir, "query.db");
  assert.equal(await main(["ingest", seedHtml, "--db", db], captureOutput()), 0);
  const stats = captureOutput();
  await main(["stats", "--db", db, "--format", "json"], stats);
  const counts = JSON.parse(stats.stdout()) as Record<string, number>;
  assert.deepEqual(Object.keys(counts), ["documents", "claims", "events", "entities", "errors"]);
  assert.equal(counts.documents, 1);
  const search = captureOutput();
  await main(["search", "ceasefire", "--db", db, "--format", "json"], search);
  const hits = JSON.parse(search.stdout()) as { input: string; snippet: string }[];
  assert.equal(hits[0]?.input, seedHtml);
  assert.match(hits[0]?.snippet ?? "", /\[ceasefire\]/);
  for (const command of ["claims", "events", "actors"]) {
    const io = captureOutput();
    assert.equal(await main([command, "--db", db, "--format", "json"], io), 0);
    assert.ok(Array.isArray(JSON.parse(io.stdout())), command);
  }
});

test("re-ingesting the same content is a no-op", async () => {
  const db = join(dir, "again.db");
  await main(["ingest", seedHtml, "--db", db], captureOutput());
  const io = captureOutput();
  assert.equal(await main(["ingest", seedHtml, "--db", db], io), 0);
  assert.match(io.stderr(), /ingested 0 new, 1 already stored, 0 failed/);
});

test("events export as PLOVER records and as CSV, each with its evidence text and URL", async () => {
  const db = join(dir, "export.db");
  await main(["ingest", seedHtml, "--db", db], captureOutput());
  const plover = captureOutput();
  assert.equal(await main(["events", "--db", db, "--format", "plover"], plover), 0);
  const records = JSON.parse(plover.stdout()) as { event: string; text: string; url: string | null }[];
  assert.ok(records.length > 0);
  for (const record of records) {
    assert.ok(record.text.length > 0);
    assert.match(record.url ?? "", /^https:\/\/news\.example\//);
  }
  const csv = captureOutput();
  assert.equal(await main(["events", "--db", db, "--format", "csv"], csv), 0);
  const rows = csv.stdout().trim().split("\r\n");
  assert.equal(rows.length, records.length + 1);
  assert.match(rows[0] ?? "", /^date,date_precision,date_source,event,mode,actor/);
});

test("--db takes a postgres:// URL; an unreachable server is one clear error without the password", async () => {
  const io = captureOutput();
  assert.equal(await main(["stats", "--db", "postgres://sitrep:secret@127.0.0.1:1/none"], io), 1);
  assert.match(io.stderr(), /^sitrep: cannot open database postgres:\/\/sitrep:\*\*\*@127\.0\.0\.1:1\/none: /);
  assert.ok(!io.stderr().includes("secret"));
});

test("a report republished with a dateline is listed in one group with the first", async () => {
  const db = join(dir, "dupes.db");
  const copy = join(dir, "republished.txt");
  writeFileSync(copy, readFileSync(seedText, "utf8").replace("Baku launches", "BAKU (Wire) - Baku launches"));
  assert.equal(await main(["ingest", seedText, copy, "--db", db], captureOutput()), 0);
  const io = captureOutput();
  assert.equal(await main(["duplicates", "--db", db, "--format", "json"], io), 0);
  const groups = JSON.parse(io.stdout()) as { original: { input: string }; copies: { input: string }[] }[];
  assert.deepEqual(groups.map((g) => [g.original.input, g.copies.map((c) => c.input)]), [[seedText, [copy]]]);
  const claims = captureOutput();
  assert.equal(await main(["claims", "--db", db, "--format", "json"], claims), 0);
  const records = JSON.parse(claims.stdout()) as { id: string; speaker: string; stance: string; content: string; sources: { document: string }[]; outlets: number; disputedBy: string[] }[];
  assert.ok(records.length > 3);
  // Each claim of the story is one record carried by both reports, and the syndication group is one outlet.
  for (const record of records) {
    assert.deepEqual(Object.keys(record).filter((k) => ["id", "speaker", "stance", "content", "sources", "outlets", "disputedBy"].includes(k)).length, 7);
    assert.equal(record.sources.length, 2, record.content);
    assert.equal(record.outlets, 1, record.content);
  }
  assert.ok(records.some((r) => r.disputedBy.length > 0), "the seed's denial disputes a claim");
});

test("name filters match aliases without case or accents; a name that matches nothing is an error", async () => {
  const db = join(dir, "names.db");
  const report = join(dir, "turkey.txt");
  writeFileSync(report, "Türkiye said on Monday that its forces struck targets in northern Syria. Ankara called the operation self-defence.");
  assert.equal(await main(["ingest", report, "--db", db], captureOutput()), 0);
  for (const name of ["Turkey", "TÜRKIYE", "turkiye", "country:TR"]) {
    const io = captureOutput();
    assert.equal(await main(["events", "--db", db, "--actor", name, "--format", "json"], io), 0, name);
    assert.deepEqual((JSON.parse(io.stdout()) as { actor: string }[]).map((e) => e.actor), ["country:TR"], name);
  }
  const none = captureOutput();
  assert.equal(await main(["claims", "--db", db, "--speaker", "Narnia"], none), 1);
  assert.equal(none.stdout(), "");
  assert.match(none.stderr(), /^sitrep: --speaker "Narnia" names no stored entity /);
  const bad = captureOutput();
  assert.equal(await main(["events", "--db", db, "--from", "2024-02-30"], bad), 2);
  assert.equal(bad.stderr(), "sitrep: --from must be a date as YYYY-MM-DD, got 2024-02-30\n");
});

test("errors lists each stored failure with its input and problem; list commands print CSV with quoted fields", async () => {
  const db = join(dir, "errors.db");
  const empty = join(dir, "empty.txt");
  writeFileSync(empty, "");
  assert.equal(await main(["ingest", empty, seedText, "--db", db], captureOutput()), 1);
  const io = captureOutput();
  assert.equal(await main(["errors", "--db", db, "--format", "json"], io), 0);
  const errors = JSON.parse(io.stdout()) as { input: string; problem: string; at: string }[];
  assert.deepEqual(errors.map((e) => e.input), [empty]);
  assert.match(errors[0]?.problem ?? "", /empty/);
  assert.match(errors[0]?.at ?? "", /^\d{4}-\d{2}-\d{2}T/);
  const csv = captureOutput();
  assert.equal(await main(["claims", "--db", db, "--format", "csv"], csv), 0);
  const [header, ...rows] = csv.stdout().trimEnd().split("\r\n");
  assert.equal(header, "id,speaker,speakerEntity,speakerName,stance,cue,content,channel,direct,sources,outlets,disputes,disputedBy");
  assert.ok(rows.length > 0);
  assert.ok(rows.some((row) => /,"[^"]*, [^"]*",/.test(row)), "a field with a comma is quoted");
  assert.ok(rows.every((row) => row.includes(',"[{""document"":""')), "sources are JSON text, its quotes doubled");
  const table = captureOutput();
  assert.equal(await main(["errors", "--db", db], table), 0);
  assert.match(table.stdout(), /^input +problem +last seen\n/);
});

test("a denial published a day later by another outlet disputes the claim it denies; claims --disputed lists that claim", async () => {
  const db = join(dir, "across.db");
  const reports = join(dir, "across.jsonl");
  writeFileSync(reports, [
    { url: "https://wire.example/a", published: "2024-03-04", text: "Azerbaijan's defence ministry said on Tuesday that Armenian forces had shelled its positions near Lachin, wounding two soldiers." },
    { url: "https://daily.example/b", published: "2024-03-05", text: "Armenia's defence ministry on Wednesday denied that its forces had shelled Azerbaijani positions near Lachin." },
  ].map((r) => JSON.stringify(r)).join("\n"));
  assert.equal(await main(["ingest", reports, "--db", db], captureOutput()), 0);
  const io = captureOutput();
  assert.equal(await main(["claims", "--db", db, "--disputed", "--format", "json"], io), 0);
  const [claim, ...rest] = JSON.parse(io.stdout()) as { stance: string; content: string; sources: { url: string }[]; disputedBy: string[] }[];
  assert.deepEqual(rest, []);
  assert.equal(claim?.stance, "assert");
  assert.match(claim?.content ?? "", /Armenian forces had shelled its positions/);
  assert.deepEqual(claim?.sources.map((s) => s.url), ["https://wire.example/a"]);
  const denials = captureOutput();
  assert.equal(await main(["claims", "--db", db, "--stance", "deny", "--format", "json"], denials), 0);
  const [denial] = JSON.parse(denials.stdout()) as { id: string; sources: { url: string }[] }[];
  assert.deepEqual(claim?.disputedBy, [denial?.id]);
  assert.deepEqual(denial?.sources.map((s) => s.url), ["https://daily.example/b"]);
});
