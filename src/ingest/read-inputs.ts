import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createSource } from "../core/create-source.js";
import { DocumentError } from "../core/document-error.js";
import type { Limits } from "../core/limits.js";
import { detectMediaType } from "../extract/detect-media-type.js";
import { detectContainer } from "./containers/container-kind.js";
import { jsonLinesSources } from "./containers/json-lines-sources.js";
import { formatBytes } from "./format-bytes.js";
import { gunzipCapped } from "./gunzip-capped.js";
import type { IngestResult } from "./ingest-result.js";

/**
 * Reads files, directories (recursively, in name order, hidden entries skipped) and `-` for standard input.
 * Feeds, web archives and JSON Lines yield one Source per item. Each input yields Sources or errors naming it;
 * a bad input never stops the others.
 */
export async function* readInputs(paths: readonly string[], limits: Limits): AsyncGenerator<IngestResult> {
  for (const path of paths) yield* readPath(path, limits);
}

async function* readPath(path: string, limits: Limits): AsyncGenerator<IngestResult> {
  if (path === "-") {
    yield* readBytes(path, () => readFileSync(0), limits, null);
    return;
  }
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    yield failure(path, describeFsError(error));
    return;
  }
  if (stat.isDirectory()) {
    yield* readDirectory(path, limits);
  } else if (!stat.isFile()) {
    yield failure(path, "not a regular file");
  } else if (stat.size > limits.maxDecompressedBytes) {
    yield failure(path, `file is ${formatBytes(stat.size)}, over the ${formatBytes(limits.maxDecompressedBytes)} limit`);
  } else {
    yield* readBytes(path, () => readFileSync(path), limits, stat.mtime.toISOString());
  }
}

async function* readDirectory(path: string, limits: Limits): AsyncGenerator<IngestResult> {
  let names: string[];
  try {
    names = readdirSync(path).filter((name) => !name.startsWith(".")).sort();
  } catch (error) {
    yield failure(path, describeFsError(error));
    return;
  }
  for (const name of names) yield* readPath(join(path, name), limits);
}

async function* readBytes(input: string, read: () => Uint8Array, limits: Limits, fetchedAt: string | null): AsyncGenerator<IngestResult> {
  let bytes: Uint8Array;
  try {
    const raw = read();
    if (raw.length === 0) throw new DocumentError(input, "empty file");
    bytes = gunzipCapped(input, raw, limits.maxDecompressedBytes);
  } catch (error) {
    yield error instanceof DocumentError ? { ok: false, error } : failure(input, describeFsError(error));
    return;
  }
  const name = input.replace(/\.gz$/i, "");
  const container = detectContainer(bytes, name);
  // The WARC and XML parsers load only when an input is one: a plain report never pays for them.
  if (container === "warc") yield* (await import("./containers/warc-sources.js")).warcSources(input, bytes, limits);
  else if (container === "feed") yield* (await import("./containers/feed-sources.js")).feedSources(input, bytes);
  else if (container === "json-lines") yield* jsonLinesSources(input, bytes, limits);
  else if (bytes.length > limits.maxInputBytes) {
    yield failure(input, `content is ${formatBytes(bytes.length)}, over the ${formatBytes(limits.maxInputBytes)} per-document limit`);
  } else {
    yield { ok: true, source: createSource(input, bytes, { mediaType: detectMediaType(bytes, name), fetchedAt }) };
  }
}

function failure(input: string, problem: string): IngestResult {
  return { ok: false, error: new DocumentError(input, problem) };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return error instanceof Error ? error.message : String(error);
}
