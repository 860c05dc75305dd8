import { createSource } from "../../core/create-source.js";
import { DocumentError } from "../../core/document-error.js";
import type { Limits } from "../../core/limits.js";
import type { IngestResult } from "../ingest-result.js";

interface JsonLine {
  readonly url?: unknown;
  readonly html?: unknown;
  readonly text?: unknown;
  readonly published?: unknown;
  readonly title?: unknown;
}

const optionalString = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : undefined);

/** One document per line: `{url?, html?|text?, published?, title?}`; a bad line fails alone, named `file#line N`. */
export function* jsonLinesSources(input: string, bytes: Uint8Array, limits: Limits): Generator<IngestResult> {
  const lines = new TextDecoder().decode(bytes).split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const name = `${input}#line ${index + 1}`;
    try {
      yield { ok: true, source: lineSource(name, line, limits) };
    } catch (error) {
      yield { ok: false, error: error instanceof DocumentError ? error : new DocumentError(name, (error as Error).message) };
    }
  }
}

function lineSource(name: string, line: string, limits: Limits) {
  let record: JsonLine;
  try {
    record = JSON.parse(line) as JsonLine;
  } catch {
    throw new DocumentError(name, "not valid JSON");
  }
  if (record === null || typeof record !== "object" || Array.isArray(record)) throw new DocumentError(name, "expected a JSON object");
  const html = optionalString(record.html);
  const body = html ?? optionalString(record.text);
  if (body === undefined) throw new DocumentError(name, 'expected an "html" or "text" field with the report');
  const encoded = new TextEncoder().encode(body);
  if (encoded.length > limits.maxInputBytes) throw new DocumentError(name, "report is over the per-document limit");
  const title = optionalString(record.title);
  const published = optionalString(record.published);
  return createSource(name, encoded, {
    mediaType: html === undefined ? "text/plain" : "text/html",
    url: optionalString(record.url) ?? null,
    hints: { ...(title && { title }), ...(published && { published }) },
  });
}
