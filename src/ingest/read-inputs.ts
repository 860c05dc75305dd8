import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createSource } from "../core/create-source.js";
import { DocumentError } from "../core/document-error.js";
import type { Limits } from "../core/limits.js";
import { detectMediaType } from "../extract/detect-media-type.js";
import { formatBytes } from "./format-bytes.js";
import { gunzipCapped } from "./gunzip-capped.js";
import type { IngestResult } from "./ingest-result.js";

/**
 * Reads files, directories (recursively, in name order, hidden entries skipped) and `-` for standard input.
 * Each input yields Sources or one error naming it; a bad input never stops the others.
 */
export function* readInputs(paths: readonly string[], limits: Limits): Generator<IngestResult> {
  for (const path of paths) yield* readPath(path, limits);
}

function* readPath(path: string, limits: Limits): Generator<IngestResult> {
  if (path === "-") {
    yield attempt(path, () => toSource(path, readFileSync(0), limits, null));
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
  } else if (stat.size > limits.maxInputBytes) {
    yield failure(path, `file is ${formatBytes(stat.size)}, over the ${formatBytes(limits.maxInputBytes)} per-document limit`);
  } else {
    yield attempt(path, () => toSource(path, readFileSync(path), limits, stat.mtime.toISOString()));
  }
}

function* readDirectory(path: string, limits: Limits): Generator<IngestResult> {
  let names: string[];
  try {
    names = readdirSync(path).filter((name) => !name.startsWith(".")).sort();
  } catch (error) {
    yield failure(path, describeFsError(error));
    return;
  }
  for (const name of names) yield* readPath(join(path, name), limits);
}

function toSource(input: string, raw: Uint8Array, limits: Limits, fetchedAt: string | null) {
  if (raw.length === 0) throw new DocumentError(input, "empty file");
  const bytes = gunzipCapped(input, raw, limits.maxDecompressedBytes);
  if (bytes.length > limits.maxInputBytes) {
    throw new DocumentError(input, `content is ${formatBytes(bytes.length)}, over the ${formatBytes(limits.maxInputBytes)} per-document limit`);
  }
  const name = input.replace(/\.gz$/i, "");
  return createSource(input, bytes, { mediaType: detectMediaType(bytes, name), fetchedAt });
}

function attempt(input: string, read: () => ReturnType<typeof toSource>): IngestResult {
  try {
    return { ok: true, source: read() };
  } catch (error) {
    if (error instanceof DocumentError) return { ok: false, error };
    return failure(input, describeFsError(error));
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
