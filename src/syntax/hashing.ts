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

/**
 * One feature: a template id and up to three atoms (hashed strings or small numbers), mixed by multiplying each by
 * its own odd constant and finishing with one avalanche. Cheap, because the parser computes about a hundred of these
 * per transition; collisions cost a little accuracy, never correctness.
 */
export function feature(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template, 0x9e3779b1) ^ Math.imul(a, 0x85ebca6b);
  h = (h << 13) | (h >>> 19);
  h ^= Math.imul(b, 0xc2b2ae35);
  h = (h << 11) | (h >>> 21);
  h ^= Math.imul(c, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h | 0;
}
