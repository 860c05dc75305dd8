import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { tempDir } from "../../test/support/temp-dir.js";
import { defaultLimits } from "../core/limits.js";
import { readInputs } from "./read-inputs.js";

const dir = tempDir();
const read = async (paths: string[], limits = defaultLimits) => {
  const results = [];
  for await (const result of readInputs(paths, limits)) results.push(result);
  return results;
};
const problems = async (paths: string[], limits = defaultLimits) =>
  (await read(paths, limits)).flatMap((r) => (r.ok ? [] : [`${r.error.input}: ${r.error.problem}`]));

test("a file becomes a source keyed by the sha-256 of its bytes", async () => {
  const path = join(dir, "a.txt");
  writeFileSync(path, "Officials said the talks would resume.");
  const [result] = await read([path]);
  assert.ok(result?.ok);
  assert.match(result.source.id, /^[0-9a-f]{64}$/);
  assert.equal(result.source.mediaType, "text/plain");
  assert.equal(new TextDecoder().decode(result.source.bytes), "Officials said the talks would resume.");
});

test("gzip input is unpacked and typed by its inner name", async () => {
  const path = join(dir, "page.html.gz");
  writeFileSync(path, gzipSync("<html><body><p>Hello there.</p></body></html>"));
  const [result] = await read([path]);
  assert.ok(result?.ok);
  assert.equal(result.source.mediaType, "text/html");
  assert.match(new TextDecoder().decode(result.source.bytes), /^<html>/);
});

test("a gzip bomb stops at the decompression cap with a clear error", async () => {
  const path = join(dir, "bomb.txt.gz");
  writeFileSync(path, gzipSync(Buffer.alloc(5 * 1024 * 1024, 0x61)));
  assert.deepEqual(await problems([path], { ...defaultLimits, maxDecompressedBytes: 1024 * 1024 }), [
    `${path}: gzip data expands beyond the 1.0 MB limit`,
  ]);
});

test("missing, empty and oversized inputs each give one error and the others still come through", async () => {
  const good = join(dir, "good.txt");
  const empty = join(dir, "empty.txt");
  const big = join(dir, "big.txt");
  writeFileSync(good, "A report.");
  writeFileSync(empty, "");
  writeFileSync(big, "x".repeat(2048));
  const results = await read([join(dir, "missing.html"), empty, good, big], { ...defaultLimits, maxInputBytes: 1024 });
  assert.deepEqual(
    results.map((r) => (r.ok ? `ok ${r.source.input}` : r.error.message)),
    [
      `${join(dir, "missing.html")}: no such file or directory`,
      `${empty}: empty file`,
      `ok ${good}`,
      `${big}: content is 2.0 KB, over the 1.0 KB per-document limit`,
    ],
  );
});

test("a directory is read recursively in name order, skipping hidden entries", async () => {
  const root = join(dir, "tree");
  mkdirSync(join(root, "b"), { recursive: true });
  writeFileSync(join(root, "c.txt"), "C.");
  writeFileSync(join(root, "a.txt"), "A.");
  writeFileSync(join(root, "b", "inner.txt"), "B.");
  writeFileSync(join(root, ".hidden"), "H.");
  const inputs = (await read([root])).map((r) => (r.ok ? r.source.input : r.error.input));
  assert.deepEqual(inputs, [join(root, "a.txt"), join(root, "b", "inner.txt"), join(root, "c.txt")]);
});
