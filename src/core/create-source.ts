import { createHash } from "node:crypto";
import type { Source, SourceHints } from "./doc.js";

export interface SourceOptions {
  readonly mediaType: string;
  readonly url?: string | null;
  readonly fetchedAt?: string | null;
  readonly hints?: SourceHints;
}

export function createSource(input: string, bytes: Uint8Array, options: SourceOptions): Source {
  return {
    id: createHash("sha256").update(bytes).digest("hex"),
    input,
    mediaType: options.mediaType,
    bytes,
    url: options.url ?? null,
    fetchedAt: options.fetchedAt ?? null,
    hints: options.hints ?? {},
  };
}
