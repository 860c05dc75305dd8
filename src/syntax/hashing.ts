/**
 * Features are 32-bit integers: a template number mixed with the hashed strings it combines. Hashing instead of a
 * vocabulary keeps the model a flat table and feature extraction free of string concatenation on the hot path.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function round(h: number, value: number): number {
  let k = Math.imul(value, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** One feature: a template id and up to three atoms (hashed strings or small numbers). */
export function feature(template: number, a: number, b = 0, c = 0): number {
  let h = round(template * 0x9e3779b1, a);
  h = round(h, b);
  h = round(h, c);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}
