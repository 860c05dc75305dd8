/**
 * MinHash signatures of a text's word 3-shingles, and LSH band keys over them (Broder 1997; Leskovec, Rajaraman
 * and Ullman, "Mining of Massive Datasets", ch. 3). Two texts whose shingle sets have Jaccard similarity J agree
 * on each signature value with probability J, so the share of equal values estimates J; and they share at least one
 * band key with probability 1 − (1 − J^rows)^bands, which is what makes finding a copy an index lookup.
 */

/** Values in a signature: 16 bands of 4 rows. */
export const signatureLength = 64;
const rowsPerBand = 4;
// With 16 bands of 4 rows the chance of becoming a candidate rises steeply around J = (1/16)^(1/4) = 0.5:
// 0.99 at J = 0.7, 0.12 at J = 0.3. Candidates are then checked against `sameStoryJaccard`.

/** Texts whose signatures agree on at least this share of values are one story: copies and light edits. */
export const sameStoryJaccard = 0.5;

/** Below this many words a text's shingles say more about its boilerplate than its story. */
export const minimumWords = 40;

/** One fixed seed per signature value, from a fixed start: the same text has the same signature in every run. */
const seeds: Uint32Array = (() => {
  const out = new Uint32Array(signatureLength);
  let state = 0x9e3779b9;
  for (let i = 0; i < signatureLength; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    out[i] = mix(state);
  }
  return out;
})();

/** The signature of a text given as its words (any case), or null when it has too few words to compare. */
export function minhashSignature(words: readonly string[]): Uint32Array | null {
  if (words.length < minimumWords) return null;
  const lower = words.map((w) => w.toLowerCase());
  const signature = new Uint32Array(signatureLength).fill(0xffffffff);
  for (let i = 0; i + 2 < lower.length; i++) {
    const shingle = fnv1a(`${lower[i]} ${lower[i + 1]} ${lower[i + 2]}`);
    for (let k = 0; k < signatureLength; k++) {
      // mix is a bijection on 32 bits, so each seed gives its own permutation of the shingle hashes.
      const value = mix((shingle ^ (seeds[k] ?? 0)) >>> 0);
      if (value < (signature[k] ?? 0)) signature[k] = value;
    }
  }
  return signature;
}

/** A signature as 8 hex digits per value, the form the store keeps. */
export function signatureToHex(signature: Uint32Array): string {
  return Array.from(signature, (value) => value.toString(16).padStart(8, "0")).join("");
}

/** The LSH band keys of a signature in hex: the band's number, then its values, so keys of different bands never meet. */
export function bandKeys(signatureHex: string): string[] {
  const width = rowsPerBand * 8;
  const keys: string[] = [];
  for (let band = 0; band * width < signatureHex.length; band++) {
    keys.push(`${band.toString(16).padStart(2, "0")}:${signatureHex.slice(band * width, (band + 1) * width)}`);
  }
  return keys;
}

/** The share of values two hex signatures agree on: an estimate of their texts' Jaccard similarity. */
export function estimatedJaccard(a: string, b: string): number {
  if (a.length !== b.length) {
    throw new Error(`signatures to compare must be the same length, got ${a.length} and ${b.length} hex digits`);
  }
  let same = 0;
  for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) same++;
  return same / (a.length / 8);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the output, and never maps two inputs to one. */
function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
