import { WARCParser } from "warcio";
import { createSource } from "../../core/create-source.js";
import { DocumentError } from "../../core/document-error.js";
import type { Limits } from "../../core/limits.js";
import type { IngestResult } from "../ingest-result.js";

const htmlType = /^(?:text\/html|application\/xhtml\+xml)/i;

/**
 * Each HTML response record becomes a document with its target URI, capture date and declared charset.
 * A record cut short (a truncated download) is reported; the complete records before it are kept.
 */
export async function* warcSources(input: string, bytes: Uint8Array, limits: Limits): AsyncGenerator<IngestResult> {
  const { completeBytes, problem } = completeRecords(bytes);
  let index = 0;
  try {
    for await (const record of WARCParser.iterRecords([bytes.subarray(0, completeBytes)])) {
      index++;
      const contentType = record.httpHeaders?.headers.get("content-type") ?? "";
      if (record.warcType !== "response" || !htmlType.test(contentType)) continue;
      const name = `${input}#record ${index}`;
      const payload = await record.readFully(true);
      if (payload.length > limits.maxInputBytes) {
        yield { ok: false, error: new DocumentError(name, "record is over the per-document limit") };
        continue;
      }
      const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
      const hints = charset ? { charset } : {};
      yield { ok: true, source: createSource(name, payload, { mediaType: "text/html", url: record.warcTargetURI ?? null, fetchedAt: record.warcDate ?? null, hints }) };
    }
  } catch (error) {
    yield { ok: false, error: new DocumentError(`${input}#record ${index + 1}`, `corrupt WARC record (${(error as Error).message})`) };
    return;
  }
  if (problem) yield { ok: false, error: new DocumentError(`${input}#record ${problem.record}`, problem.text) };
}

const crlfcrlf = [0x0d, 0x0a, 0x0d, 0x0a];

/** Walks the record headers' Content-Length fields to find where the last complete record ends. */
function completeRecords(bytes: Uint8Array): { completeBytes: number; problem: { record: number; text: string } | null } {
  let offset = 0;
  for (let record = 1; ; record++) {
    while (offset < bytes.length && (bytes[offset] === 0x0d || bytes[offset] === 0x0a)) offset++;
    if (offset >= bytes.length) return { completeBytes: bytes.length, problem: null };
    const headerEnd = indexOf(bytes, crlfcrlf, offset);
    const header = new TextDecoder("latin1").decode(bytes.subarray(offset, headerEnd === -1 ? offset + 4096 : headerEnd));
    const length = /\r\nContent-Length:\s*(\d+)/i.exec(header)?.[1];
    if (!header.startsWith("WARC/") || headerEnd === -1 || length === undefined) {
      return { completeBytes: offset, problem: { record, text: "truncated or corrupt WARC record (no complete WARC header)" } };
    }
    const end = headerEnd + 4 + Number(length);
    if (end > bytes.length) {
      return { completeBytes: offset, problem: { record, text: `truncated WARC record (${bytes.length - headerEnd - 4} of ${length} bytes)` } };
    }
    offset = end;
  }
}

function indexOf(bytes: Uint8Array, needle: readonly number[], from: number): number {
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
