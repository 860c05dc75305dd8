import type { Span } from "../core/span.js";

/** What the link stage adds: a fingerprint that finds the same story republished by other outlets. */
export interface LinkFindings {
  /** 64-bit SimHash of the body's word 3-shingles, as 16 hex digits; null for texts too short to compare. */
  readonly fingerprint: string | null;
}

declare module "../core/doc.js" {
  interface DocData {
    link: LinkFindings;
  }
}

/** Fingerprints of wire copy that differ in at most this many bits are the same story (Manku et al., WWW 2007). */
export const nearDuplicateBits = 3;

/** Below this many words a SimHash says more about the boilerplate than the story. */
const minimumWords = 40;

export function simhash(text: string, words: readonly Span[]): string | null {
  if (words.length < minimumWords) return null;
  const weights = new Int32Array(64);
  const lower = words.map((w) => text.slice(w.start, w.end).toLowerCase());
  for (let i = 0; i + 2 < lower.length; i++) {
    const shingle = `${lower[i]} ${lower[i + 1]} ${lower[i + 2]}`;
    addBits(weights, fnv1a(shingle, 0x811c9dc5), 0);
    addBits(weights, fnv1a(shingle, 0x01000193), 32);
  }
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) if ((weights[nibble * 4 + bit] ?? 0) > 0) value |= 1 << bit;
    hex += value.toString(16);
  }
  return hex;
}

/** Number of differing bits between two fingerprints. */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < a.length; i++) {
    let x = parseInt(a[i] ?? "0", 16) ^ parseInt(b[i] ?? "0", 16);
    for (; x; x &= x - 1) distance++;
  }
  return distance;
}

function addBits(weights: Int32Array, hash: number, offset: number): void {
  for (let bit = 0; bit < 32; bit++) weights[offset + bit] = (weights[offset + bit] ?? 0) + ((hash >>> bit) & 1 ? 1 : -1);
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The first stored document whose fingerprint is within `nearDuplicateBits` of this one, if any. */
export function findNearDuplicate(fingerprint: string | null, stored: readonly { id: string; fingerprint: string }[]): string | null {
  if (fingerprint === null) return null;
  return stored.find((doc) => hammingDistance(fingerprint, doc.fingerprint) <= nearDuplicateBits)?.id ?? null;
}
