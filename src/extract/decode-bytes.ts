import iconv from "iconv-lite";
import { utf16Endianness } from "./sniff-binary.js";

const boms: readonly { readonly bytes: readonly number[]; readonly encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

const metaCharsetPattern = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const xmlEncodingPattern = /^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
  /** Bytes were not valid in the chosen encoding and were replaced with U+FFFD. */
  readonly lossy: boolean;
  /** Nothing declared the encoding and the bytes were not UTF-8, so a legacy encoding was guessed. */
  readonly guessed?: boolean;
}

export function bomLength(bytes: Uint8Array): number {
  return boms.find((bom) => bom.bytes.every((byte, i) => bytes[i] === byte))?.bytes.length ?? 0;
}

/**
 * Bytes → string, trusting in order: a BOM, the charset declared outside the bytes (HTTP header), a
 * `<meta charset>`/`http-equiv`/XML declaration in the first KB, BOM-less UTF-16, then UTF-8 — falling back to
 * windows-1252 (the web's legacy default) when the bytes are mostly not UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const bom = boms.find((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) return decodeWith(bytes.subarray(bom.bytes.length), bom.encoding);
  const declared = usableEncoding(declaredCharset) ?? usableEncoding(sniffDeclaredCharset(bytes));
  if (declared && !isUtf8(declared)) return decodeWith(bytes, declared);
  const utf16 = utf16Endianness(bytes);
  if (utf16) return decodeWith(bytes, utf16);
  return decodeUtf8OrLegacy(bytes);
}

function sniffDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return (metaCharsetPattern.exec(head) ?? xmlEncodingPattern.exec(head))?.[1];
}

/** A declared charset iconv-lite knows; a page claiming UTF-16 in a meta tag is really ASCII-compatible. */
function usableEncoding(charset: string | undefined): string | null {
  if (!charset) return null;
  const name = charset.trim().toLowerCase();
  if (name.startsWith("utf-16") || name === "unicode") return null;
  // WHATWG maps these labels to windows-1252, which is what such pages are really written in.
  if (name === "iso-8859-1" || name === "latin1" || name === "us-ascii" || name === "ascii") return "windows-1252";
  return iconv.encodingExists(name) ? name : null;
}

function isUtf8(encoding: string): boolean {
  return encoding === "utf-8" || encoding === "utf8";
}

function decodeWith(bytes: Uint8Array, encoding: string): DecodedText {
  if (isUtf8(encoding)) return decodeUtf8OrLegacy(bytes);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return { text, encoding, lossy: text.includes("\uFFFD") };
}

/**
 * UTF-8 when it decodes cleanly or nearly so (a few corrupt bytes become U+FFFD); windows-1252 when invalid
 * sequences are frequent, since then the file is almost certainly in a legacy single-byte encoding.
 */
function decodeUtf8OrLegacy(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", lossy: false };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const replaced = countReplacements(text);
    const nonAscii = bytes.reduce((count, byte) => count + (byte >= 0x80 ? 1 : 0), 0);
    if (replaced > 0.3 * nonAscii) return { ...decodeWith(bytes, "windows-1252"), guessed: true };
    return { text, encoding: "utf-8", lossy: true };
  }
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) count += 1;
  return count;
}
