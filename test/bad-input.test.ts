import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { main } from "../src/cli/main.js";
import { captureOutput } from "./support/capture-output.js";
import { runCli } from "./support/run-cli.js";
import { tempDir } from "./support/temp-dir.js";

const dir = tempDir();
const good = join(dir, "good.txt");
writeFileSync(good, "Talks resume\n\nThe foreign minister said on Monday that talks would resume in Geneva.\n");
const png = join(dir, "image.png");
writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
const pdf = join(dir, "paper.pdf");
writeFileSync(pdf, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n");
const empty = join(dir, "empty.html");
writeFileSync(empty, "");
const huge = join(dir, "huge.txt");
writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, "word ".repeat(1000)));
const deep = join(dir, "deep.html");
writeFileSync(deep, `<html><body>${"<div>".repeat(100_000)}<p>The army said it withdrew.</p>${"</div>".repeat(100_000)}</body></html>`);
const latin = join(dir, "invalid-utf8.txt");
writeFileSync(latin, Buffer.concat([Buffer.from("The minister said the caf"), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from(" would close.\n")]));
const missing = join(dir, "missing.html");

/** Each failed input is exactly one line on stderr naming the input, with no stack trace. */
function assertOneLineError(stderr: string, input: string, problem: RegExp) {
  const lines = stderr.split("\n").filter((l) => l.startsWith(`sitrep: ${input}:`));
  assert.equal(lines.length, 1, `one error line for ${input} in:\n${stderr}`);
  assert.match(lines[0] ?? "", problem);
  assert.ok(!/\n\s+at /.test(stderr), "no stack trace without --debug");
}

test("each bad input gets one clear error line; the good input is still analysed; exit code is 1", () => {
  const result = runCli(["analyze", missing, empty, png, pdf, huge, good, "--format", "ndjson"]);
  assert.equal(result.status, 1);
  assertOneLineError(result.stderr, missing, /no such file or directory/);
  assertOneLineError(result.stderr, empty, /empty/);
  assertOneLineError(result.stderr, png, /PNG/);
  assertOneLineError(result.stderr, pdf, /PDF/);
  assertOneLineError(result.stderr, huge, /50\.0 MB, over the 16\.0 MB per-document limit/);
  const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as { input: string; error?: string; article?: { text: string } });
  assert.deepEqual(lines.map((l) => l.input), [missing, empty, png, pdf, huge, good]);
  assert.deepEqual(lines.map((l) => l.error === undefined), [false, false, false, false, false, true]);
  assert.match(lines.at(-1)?.article?.text ?? "", /talks would resume in Geneva/);
});

test("--debug adds the stack trace", () => {
  const result = runCli(["analyze", png, "--debug"]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /\n\s+at /);
});

test("HTML nested 100,000 levels deep is analysed, not crashed on", () => {
  const result = runCli(["analyze", deep, "--format", "json"]);
  assert.equal(result.status, 0, result.stderr);
  const analysis = JSON.parse(result.stdout) as { article: { text: string } };
  assert.match(analysis.article.text, /The army said it withdrew\./);
});

test("invalid UTF-8 is decoded as best it can be, with a warning in the analysis's messages", () => {
  const result = runCli(["analyze", latin, "--format", "json"]);
  assert.equal(result.status, 0, result.stderr);
  const analysis = JSON.parse(result.stdout) as { article: { text: string }; messages: { stage: string; level: string; text: string }[] };
  assert.match(analysis.article.text, /would close/);
  assert.ok(analysis.messages.some((m) => m.stage === "extract" && m.level === "warning"), JSON.stringify(analysis.messages));
});

test("a directory of mixed files: good ones stored, bad ones recorded, nothing lost or duplicated", async () => {
  const db = join(dir, "mixed.db");
  const mixed = join(dir, "mixed");
  mkdirSync(mixed);
  writeFileSync(join(mixed, "a-good.txt"), "Protest\n\nThousands of people protested in the capital on Sunday, police said.\n");
  writeFileSync(join(mixed, "b-image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  writeFileSync(join(mixed, "c-empty.txt"), "");
  assert.equal(await main(["ingest", good, "--db", db], captureOutput()), 0);
  const io = captureOutput();
  assert.equal(await main(["ingest", mixed, good, "--db", db], io), 1);
  assert.match(io.stderr(), /ingested 1 new, 1 already stored, 2 failed/);
  const stats = captureOutput();
  await main(["stats", "--db", db, "--format", "json"], stats);
  const counts = JSON.parse(stats.stdout()) as { documents: number; errors: number };
  assert.equal(counts.documents, 2);
  assert.equal(counts.errors, 2);
});
