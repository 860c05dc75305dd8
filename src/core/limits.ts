/** Caps that keep one hostile document from taking the batch down. */
export interface Limits {
  /** Largest document (file, record or item), in bytes: a news report is never this big. */
  readonly maxInputBytes: number;
  /** Largest decompressed size (a gzip bomb stops here). */
  readonly maxDecompressedBytes: number;
  /** Longest article text, in characters, that the language stages analyse. */
  readonly maxTextChars: number;
  /** Deepest element nesting the HTML extractor descends into. */
  readonly maxHtmlDepth: number;
}

export const defaultLimits: Limits = {
  maxInputBytes: 16 * 1024 * 1024,
  maxDecompressedBytes: 64 * 1024 * 1024,
  maxTextChars: 2_000_000,
  maxHtmlDepth: 512,
};
