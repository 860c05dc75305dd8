import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { captureOutput } from "../../test/support/capture-output.js";
import { tempDir } from "../../test/support/temp-dir.js";
import { main } from "./main.js";

const dir = tempDir();
const seedHtml = "test/fixtures/seed/article.html";
const seedText = "test/fixtures/seed/report.txt";
const missing = join(dir, "missing.html");

function feed(name: string, items: number): string {
  const item = (n: number) => `<item><title>Talks ${n}</title><link>https://news.example/${n}</link>
<description>&lt;p&gt;The foreign minister said on Monday that talks would resume in Geneva.&lt;/p&gt;</description></item>`;
  const path = join(dir, name);
  writeFileSync(path, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${Array.from({ length: items }, (_, i) => item(i + 1)).join("")}</channel></rss>`);
  return path;
}

async function analyze(argv: string[]) {
  const io = captureOutput();
  const status = await main(["analyze", ...argv], io);
  return { status, stdout: io.stdout(), stderr: io.stderr() };
}

type Line = { input: string; source?: { input: string }; error?: string };

test("--format json for several inputs prints one JSON array of {input, ...analysis}", async () => {
  const { status, stdout } = await analyze([seedHtml, seedText, "--format", "json"]);
  assert.equal(status, 0);
  const value = JSON.parse(stdout) as Line[];
  assert.ok(Array.isArray(value));
  assert.deepEqual(value.map((v) => [v.input, v.source?.input]), [[seedHtml, seedHtml], [seedText, seedText]]);
});

test("--format json for one file is the analysis object itself", async () => {
  const { status, stdout } = await analyze([seedText, "--format", "json"]);
  assert.equal(status, 0);
  const value = JSON.parse(stdout) as Record<string, unknown>;
  assert.equal(Array.isArray(value), false);
  assert.deepEqual(Object.keys(value), ["source", "article", "entities", "claims", "events", "mainEvents", "disputes", "messages"]);
});

test("a feed is a JSON array, one element per item, even with a single item", async () => {
  const wire = feed("wire.rss", 2);
  const two = JSON.parse((await analyze([wire])).stdout) as Line[];
  assert.deepEqual(two.map((v) => v.input), [`${wire}#item 1`, `${wire}#item 2`]);
  const lone = feed("lone.rss", 1);
  const one = JSON.parse((await analyze([lone, "--format", "json"])).stdout) as Line[];
  assert.deepEqual(one.map((v) => v.input), [`${lone}#item 1`]);
});

test("a failed input is an {input, error} element of the array, and the exit code is 1", async () => {
  const { status, stdout, stderr } = await analyze([seedText, missing, "--format", "json"]);
  assert.equal(status, 1);
  const value = JSON.parse(stdout) as Line[];
  assert.deepEqual(value.map((v) => v.input), [seedText, missing]);
  assert.deepEqual(value[1], { input: missing, error: "no such file or directory" });
  assert.equal(stderr, `sitrep: ${missing}: no such file or directory\n`);
});

test("--format json with no report at all is an empty array; a single missing file prints no JSON", async () => {
  assert.deepEqual(await analyze([tempDir(), "--format", "json"]), { status: 0, stdout: "[]\n", stderr: "" });
  assert.deepEqual(await analyze([missing]), { status: 1, stdout: "", stderr: `sitrep: ${missing}: no such file or directory\n` });
});

test("ndjson prints one object per line, a failed input as {input, error}", async () => {
  const wire = feed("lines.rss", 2);
  const { status, stdout } = await analyze([seedText, wire, missing, "--format", "ndjson"]);
  assert.equal(status, 1);
  const lines = stdout.split("\n");
  assert.equal(lines.pop(), "");
  const parsed = lines.map((l) => JSON.parse(l) as Line);
  assert.deepEqual(parsed.map((v) => v.input), [seedText, `${wire}#item 1`, `${wire}#item 2`, missing]);
  assert.equal(parsed[3]?.error, "no such file or directory");
});

test("analyze --help says which shape json has", async () => {
  const { status, stdout } = await analyze(["--help"]);
  assert.equal(status, 0);
  assert.ok(stdout.includes("json (the default for one file) prints one JSON value: the analysis object when the input is one file\n"));
});
