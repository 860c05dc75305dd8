/** A binary format recognised from its first bytes, with the name used in error messages. */
export interface BinaryKind {
  readonly mediaType: string;
  readonly name: string;
}

interface Signature extends BinaryKind {
  readonly magic: readonly number[];
  readonly offset?: number;
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

const signatures: readonly Signature[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], mediaType: "image/png", name: "PNG image" },
  { magic: [0xff, 0xd8, 0xff], mediaType: "image/jpeg", name: "JPEG image" },
  { magic: ascii("GIF8"), mediaType: "image/gif", name: "GIF image" },
  { magic: ascii("WEBP"), offset: 8, mediaType: "image/webp", name: "WebP image" },
  { magic: ascii("%PDF"), mediaType: "application/pdf", name: "PDF document" },
  { magic: [0x50, 0x4b, 0x03, 0x04], mediaType: "application/zip", name: "ZIP archive (or Office document)" },
  { magic: [0x1f, 0x8b], mediaType: "application/gzip", name: "gzip data" },
  { magic: ascii("ftyp"), offset: 4, mediaType: "video/mp4", name: "MP4 video" },
  { magic: ascii("ID3"), mediaType: "audio/mpeg", name: "MP3 audio" },
  { magic: [0x7f, 0x45, 0x4c, 0x46], mediaType: "application/x-executable", name: "ELF executable" },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], mediaType: "application/x-ole-storage", name: "legacy Office document" },
  { magic: ascii("SQLite format 3"), mediaType: "application/vnd.sqlite3", name: "SQLite database" },
];

const sampleBytes = 4096;

/**
 * Recognises bytes that are not text: a known magic number, or (for unknown formats) NUL bytes or many
 * control characters in the first few KB. UTF-16 text has NULs too, so a UTF-16 BOM or the regular
 * every-other-byte NUL pattern of UTF-16 counts as text.
 */
export function sniffBinary(bytes: Uint8Array): BinaryKind | null {
  const known = signatures.find((sig) => sig.magic.every((byte, i) => bytes[(sig.offset ?? 0) + i] === byte));
  if (known) return { mediaType: known.mediaType, name: known.name };
  if (looksLikeUtf16(bytes)) return null;
  const sample = bytes.subarray(0, sampleBytes);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return { mediaType: "application/octet-stream", name: "binary data (NUL bytes)" };
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls += 1;
  }
  return sample.length > 0 && controls / sample.length > 0.05
    ? { mediaType: "application/octet-stream", name: "binary data (control characters)" }
    : null;
}

/** A BOM, or NULs in nearly every even (BE) or odd (LE) position, as ASCII-range UTF-16 text has. */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return true;
  }
  return utf16Endianness(bytes) !== null;
}

/** Endianness of BOM-less UTF-16 from where the NULs fall, or null when the bytes do not look like UTF-16. */
export function utf16Endianness(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.min(Math.floor(bytes.length / 2), sampleBytes / 2);
  if (pairs < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0) evenNuls += 1;
    if (bytes[2 * i + 1] === 0) oddNuls += 1;
  }
  if (oddNuls / pairs > 0.4 && evenNuls / pairs < 0.05) return "utf-16le";
  if (evenNuls / pairs > 0.4 && oddNuls / pairs < 0.05) return "utf-16be";
  return null;
}
