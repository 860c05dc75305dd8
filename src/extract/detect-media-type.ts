import { bomLength } from "./decode-bytes.js";
import { sniffBinary } from "./sniff-binary.js";

const htmlNamePattern = /\.(?:x?html?|php|aspx?|jsp)$/i;
const textNamePattern = /\.(?:txt|text|md|markdown)$/i;
const htmlStartPattern = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|h[1-6])\b/i;
const htmlTagPattern = /<\/(?:p|div|article|body|html|h[1-6]|span|a|li|section)>/i;

/**
 * The media type of a document from its content, then its name: `text/html`, `text/plain`, or the type of a
 * recognised binary format (`image/png`, `application/pdf`, … `application/octet-stream`). Gzip input is
 * reported as `application/gzip`: unpacking is the caller's job.
 */
export function detectMediaType(bytes: Uint8Array, name: string): string {
  const binary = sniffBinary(bytes);
  if (binary) return binary.mediaType;
  const head = decodeHead(bytes);
  if (htmlStartPattern.test(head)) return "text/html";
  if (htmlNamePattern.test(name)) return "text/html";
  if (textNamePattern.test(name)) return "text/plain";
  return htmlTagPattern.test(head) ? "text/html" : "text/plain";
}

/** The first KB as text, good enough to look for tags in any ASCII-compatible or UTF-16 encoding. */
function decodeHead(bytes: Uint8Array): string {
  const head = bytes.subarray(bomLength(bytes), 2048);
  const withoutNuls = head.filter((byte) => byte !== 0);
  return new TextDecoder("latin1").decode(withoutNuls);
}
