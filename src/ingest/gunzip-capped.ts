import { gunzipSync } from "node:zlib";
import { DocumentError } from "../core/document-error.js";
import { formatBytes } from "./format-bytes.js";

const gzipMagic = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Unpacks gzip data, stopping at `maxBytes` so a gzip bomb fails fast instead of filling memory. */
export function gunzipCapped(input: string, bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (!gzipMagic(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE") {
      throw new DocumentError(input, `gzip data expands beyond the ${formatBytes(maxBytes)} limit`);
    }
    throw new DocumentError(input, `corrupt gzip data (${(error as Error).message})`);
  }
}
