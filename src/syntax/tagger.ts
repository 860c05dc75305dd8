/**
 * Part-of-speech tagging: one greedy left-to-right pass of an averaged perceptron over a joint UPOS+XPOS tag set, so
 * the two tag layers never disagree. Frequent words that train always gave one tag skip the model.
 */
import { feature } from "./hashing.js";
import { argmax, type Scorer } from "./perceptron.js";
import { BOUNDARY, type WordAtoms } from "./word-atoms.js";

export interface TaggerModel {
  /** Joint tags as `UPOS XPOS`. */
  readonly tags: readonly string[];
  readonly weights: Scorer;
  /** Form → tag index, for words that are frequent and unambiguous in training (case kept: "US" is not "us"). */
  readonly dictionary: ReadonlyMap<string, number>;
}

export const MAX_TAGGER_FEATURES = 40;

/** Writes the features of token `i` into `out` and returns their count; `tags` holds the tags decided so far. */
export function taggerFeatures(words: readonly WordAtoms[], i: number, tags: readonly number[], out: Int32Array): number {
  const at = (j: number): WordAtoms => words[j] ?? BOUNDARY;
  const w = at(i);
  const p1 = at(i - 1);
  const p2 = at(i - 2);
  const n1 = at(i + 1);
  const n2 = at(i + 2);
  const t1 = i > 0 ? (tags[i - 1] ?? -1) : -1;
  const t2 = i > 1 ? (tags[i - 2] ?? -1) : -2;
  let n = 0;
  out[n++] = feature(1, 0);
  out[n++] = feature(2, w.lower);
  out[n++] = feature(3, w.form);
  out[n++] = feature(4, w.suffixes[0]);
  out[n++] = feature(5, w.suffixes[1]);
  out[n++] = feature(6, w.suffixes[2]);
  out[n++] = feature(7, w.suffixes[3]);
  out[n++] = feature(8, w.prefixes[0]);
  out[n++] = feature(9, w.prefixes[1]);
  out[n++] = feature(10, w.prefixes[2]);
  out[n++] = feature(11, w.shape);
  out[n++] = feature(12, w.flags, i === 0 ? 1 : 0);
  out[n++] = feature(13, t1);
  out[n++] = feature(14, t1, t2);
  out[n++] = feature(15, t1, w.lower);
  out[n++] = feature(16, p1.lower);
  out[n++] = feature(17, p2.lower);
  out[n++] = feature(18, n1.lower);
  out[n++] = feature(19, n2.lower);
  out[n++] = feature(20, p1.suffixes[2]);
  out[n++] = feature(21, n1.suffixes[2]);
  out[n++] = feature(22, p1.lower, w.lower);
  out[n++] = feature(23, w.lower, n1.lower);
  out[n++] = feature(24, n1.shape);
  out[n++] = feature(25, p1.shape, w.shape);
  out[n++] = feature(26, t1, w.suffixes[2]);
  out[n++] = feature(27, n1.flags, w.flags);
  out[n++] = feature(28, n1.suffixes[1], w.suffixes[2]);
  out[n++] = feature(29, n1.lower, n2.lower);
  out[n++] = feature(30, p1.lower, p2.lower);
  out[n++] = feature(31, t1, n1.lower);
  out[n++] = feature(32, w.prefixes[0], w.flags);
  return n;
}

/** The tag index of every token. */
export function tagWords(model: TaggerModel, forms: readonly string[], words: readonly WordAtoms[]): number[] {
  const tags: number[] = [];
  const features = new Int32Array(MAX_TAGGER_FEATURES);
  const scores = new Float32Array(model.tags.length);
  for (let i = 0; i < words.length; i++) {
    const known = model.dictionary.get(forms[i] ?? "");
    if (known !== undefined) {
      tags.push(known);
      continue;
    }
    const count = taggerFeatures(words, i, tags, features);
    scores.fill(0);
    model.weights.score(features, count, scores);
    tags.push(argmax(scores));
  }
  return tags;
}
