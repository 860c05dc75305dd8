/**
 * Greedy arc-eager dependency parsing with two averaged perceptrons: one picks the transition, the other the label
 * of each arc it makes. Features follow Zhang & Nivre (2011): words and tags of the stack and buffer, distance,
 * valency, second-order children and heads, and the label sets built so far.
 */
import { Configuration, LEFT, RIGHT, TRANSITIONS } from "./arc-eager.js";
import { feature, hashString } from "./hashing.js";
import { argmax, type Scorer } from "./perceptron.js";

export interface ParserModel {
  readonly labels: readonly string[];
  readonly transitions: Scorer;
  readonly labeller: Scorer;
  /** The coarse tag id of PUNCT, so punctuation left without a head is labelled punct. */
  readonly punctuation: number;
}

/** What the parser reads of each word: index 0 is the root. */
export interface ParserInput {
  readonly words: Int32Array;
  readonly tags: Int32Array;
  /** Coarse tags (UPOS), for features that need less sparsity. */
  readonly coarse: Int32Array;
}

export const MAX_PARSER_FEATURES = 96;
const ROOT_WORD = hashString("<root>");
const ROOT_TAG = 1023;

export function parserInput(lowerForms: readonly string[], tags: readonly number[], coarse: readonly number[]): ParserInput {
  const n = lowerForms.length;
  const words = new Int32Array(n + 1);
  const tagIds = new Int32Array(n + 1);
  const coarseIds = new Int32Array(n + 1);
  words[0] = ROOT_WORD;
  tagIds[0] = ROOT_TAG;
  coarseIds[0] = ROOT_TAG;
  for (let i = 0; i < n; i++) {
    words[i + 1] = hashString(lowerForms[i] ?? "");
    tagIds[i + 1] = (tags[i] ?? 0) + 1;
    coarseIds[i + 1] = (coarse[i] ?? 0) + 1;
  }
  return { words, tags: tagIds, coarse: coarseIds };
}

function distanceBucket(d: number): number {
  return d < 5 ? d : d < 8 ? 5 : d < 12 ? 6 : 7;
}

// Readers of the configuration for feature templates; -1 and 0 stand for "no such word".
function wordOf(x: ParserInput, i: number): number {
  return i < 0 || i >= x.words.length ? 0 : (x.words[i] ?? 0);
}
function tagOf(x: ParserInput, i: number): number {
  return i < 0 || i >= x.tags.length ? 0 : (x.tags[i] ?? 0);
}
function headOf(c: Configuration, i: number): number {
  return i <= 0 ? -1 : (c.heads[i] ?? -1);
}
function labelOf(c: Configuration, i: number): number {
  return i <= 0 ? -1 : (c.labels[i] ?? -1);
}
function childOf(children: Int32Array, i: number): number {
  return i < 0 ? -1 : (children[i] ?? 0) || -1;
}
function valency(counts: Int32Array, i: number): number {
  return i < 0 ? -1 : (counts[i] ?? 0);
}
function setOf(sets: Int32Array, i: number): number {
  return i < 0 ? -1 : (sets[i] ?? 0);
}

/** Transition features of a configuration; returns how many were written to `out`. */
export function transitionFeatures(c: Configuration, x: ParserInput, out: Int32Array): number {
  const s0 = c.top;
  const s1 = c.second;
  const n0 = c.bufferEmpty ? -1 : c.next;
  const n1 = n0 > 0 && n0 + 1 <= c.n ? n0 + 1 : -1;
  const n2 = n1 > 0 && n1 + 1 <= c.n ? n1 + 1 : -1;
  const s0h = headOf(c, s0);
  const s0h2 = headOf(c, s0h);
  const s0l = childOf(c.left1, s0);
  const s0l2 = childOf(c.left2, s0);
  const s0r = childOf(c.right1, s0);
  const s0r2 = childOf(c.right2, s0);
  const n0l = childOf(c.left1, n0);
  const n0l2 = childOf(c.left2, n0);
  const d = s0 > 0 && n0 > 0 ? distanceBucket(n0 - s0) : -1;
  const s0w = wordOf(x, s0), s0t = tagOf(x, s0), n0w = wordOf(x, n0), n0t = tagOf(x, n0);
  const n1w = wordOf(x, n1), n1t = tagOf(x, n1), n2w = wordOf(x, n2), n2t = tagOf(x, n2);
  const s1w = wordOf(x, s1), s1t = tagOf(x, s1);
  const s0vl = valency(c.leftCount, s0), s0vr = valency(c.rightCount, s0), n0vl = valency(c.leftCount, n0);
  const s0lo = setOf(c.labelSetLow, s0), s0hi = setOf(c.labelSetHigh, s0);
  const n0lo = setOf(c.labelSetLow, n0), n0hi = setOf(c.labelSetHigh, n0);
  let k = 0;
  out[k++] = feature(1000, 0);
  // single words
  out[k++] = feature(1001, s0w); out[k++] = feature(1002, s0t); out[k++] = feature(1003, s0w, s0t);
  out[k++] = feature(1004, n0w); out[k++] = feature(1005, n0t); out[k++] = feature(1006, n0w, n0t);
  out[k++] = feature(1007, n1w); out[k++] = feature(1008, n1t); out[k++] = feature(1009, n1w, n1t);
  out[k++] = feature(1010, n2w); out[k++] = feature(1011, n2t); out[k++] = feature(1012, n2w, n2t);
  out[k++] = feature(1013, s1w); out[k++] = feature(1014, s1t); out[k++] = feature(1015, s1w, s1t);
  // pairs
  out[k++] = feature(1020, s0w, s0t, n0w); out[k++] = feature(1021, s0w, s0t, n0t); out[k++] = feature(1022, s0w, n0w, n0t); out[k++] = feature(1023, s0t, n0w, n0t);
  out[k++] = feature(1024, s0w, n0w); out[k++] = feature(1025, s0t, n0t); out[k++] = feature(1026, n0t, n1t); out[k++] = feature(1027, s0w * 31 + s0t, n0w * 31 + n0t);
  // triples of tags
  out[k++] = feature(1030, n0t, n1t, n2t); out[k++] = feature(1031, s0t, n0t, n1t); out[k++] = feature(1032, tagOf(x, s0h), s0t, n0t); out[k++] = feature(1033, s0t, tagOf(x, s0l), n0t);
  out[k++] = feature(1034, s0t, tagOf(x, s0r), n0t); out[k++] = feature(1035, s0t, n0t, tagOf(x, n0l)); out[k++] = feature(1036, s1t, s0t, n0t); out[k++] = feature(1037, s1t, s0t);
  out[k++] = feature(1038, s1w, s0w); out[k++] = feature(1039, s1t, s0t, n1t);
  // distance
  out[k++] = feature(1040, s0w, d); out[k++] = feature(1041, s0t, d); out[k++] = feature(1042, n0w, d); out[k++] = feature(1043, n0t, d); out[k++] = feature(1044, s0w, n0w, d); out[k++] = feature(1045, s0t, n0t, d);
  // valency
  out[k++] = feature(1046, s0w, s0vr); out[k++] = feature(1047, s0t, s0vr); out[k++] = feature(1048, s0w, s0vl); out[k++] = feature(1049, s0t, s0vl); out[k++] = feature(1050, n0w, n0vl); out[k++] = feature(1051, n0t, n0vl);
  // first-order heads and children
  out[k++] = feature(1052, wordOf(x, s0h)); out[k++] = feature(1053, tagOf(x, s0h)); out[k++] = feature(1054, labelOf(c, s0)); out[k++] = feature(1055, wordOf(x, s0l)); out[k++] = feature(1056, tagOf(x, s0l)); out[k++] = feature(1057, labelOf(c, s0l));
  out[k++] = feature(1058, wordOf(x, s0r)); out[k++] = feature(1059, tagOf(x, s0r)); out[k++] = feature(1060, labelOf(c, s0r)); out[k++] = feature(1061, wordOf(x, n0l)); out[k++] = feature(1062, tagOf(x, n0l)); out[k++] = feature(1063, labelOf(c, n0l));
  // second order
  out[k++] = feature(1064, wordOf(x, s0h2)); out[k++] = feature(1065, tagOf(x, s0h2)); out[k++] = feature(1066, labelOf(c, s0h)); out[k++] = feature(1067, wordOf(x, s0l2)); out[k++] = feature(1068, tagOf(x, s0l2)); out[k++] = feature(1069, labelOf(c, s0l2));
  out[k++] = feature(1070, wordOf(x, s0r2)); out[k++] = feature(1071, tagOf(x, s0r2)); out[k++] = feature(1072, labelOf(c, s0r2)); out[k++] = feature(1073, wordOf(x, n0l2)); out[k++] = feature(1074, tagOf(x, n0l2)); out[k++] = feature(1075, labelOf(c, n0l2));
  out[k++] = feature(1076, s0t, tagOf(x, s0l), tagOf(x, s0l2)); out[k++] = feature(1077, s0t, tagOf(x, s0r), tagOf(x, s0r2)); out[k++] = feature(1078, s0t, tagOf(x, s0h), tagOf(x, s0h2)); out[k++] = feature(1079, n0t, tagOf(x, n0l), tagOf(x, n0l2));
  // label sets
  out[k++] = feature(1080, s0w, s0lo, s0hi); out[k++] = feature(1081, s0t, s0lo, s0hi);
  out[k++] = feature(1082, n0w, n0lo, n0hi); out[k++] = feature(1083, n0t, n0lo, n0hi);
  // whether the top already has a head, and the root's state
  out[k++] = feature(1084, s0t, headOf(c, s0) >= 0 ? 1 : 0, n0t); out[k++] = feature(1085, (c.rightCount[0] ?? 0) > 0 ? 1 : 0, s0 === 0 ? 1 : 0, n0t);
  out[k++] = feature(1086, labelOf(c, s0), s0t, n0t); out[k++] = feature(1087, c.bufferEmpty ? 1 : 0, s0t);
  return k;
}

/** Features for the label of the arc `head` → `dependent` about to be made. */
export function labelFeatures(c: Configuration, x: ParserInput, head: number, dependent: number, out: Int32Array): number {
  const hw = wordOf(x, head), ht = tagOf(x, head), dw = wordOf(x, dependent), dt = tagOf(x, dependent);
  const dir = dependent < head ? 1 : 2;
  const dist = head === 0 ? 9 : distanceBucket(Math.abs(head - dependent));
  const hl = head > 0 ? (c.labels[head] ?? -1) : -2;
  const dl1 = c.left1[dependent] ?? 0;
  const hl1 = c.left1[head] ?? 0;
  let k = 0;
  out[k++] = feature(2000, dir);
  out[k++] = feature(2001, dw, dir); out[k++] = feature(2002, dt, dir); out[k++] = feature(2003, hw, dir); out[k++] = feature(2004, ht, dir);
  out[k++] = feature(2005, dt, ht, dir); out[k++] = feature(2006, dw, ht, dir); out[k++] = feature(2007, dt, hw, dir); out[k++] = feature(2008, dw, hw, dir);
  out[k++] = feature(2009, dt, ht, dist); out[k++] = feature(2010, hl, dt, ht); out[k++] = feature(2011, tagOf(x, dependent + 1), dt, dir); out[k++] = feature(2012, tagOf(x, dependent - 1), dt, dir);
  out[k++] = feature(2013, c.labelSetLow[head] ?? 0, c.labelSetHigh[head] ?? 0, dt * 4 + dir);
  out[k++] = feature(2014, c.labelSetLow[dependent] ?? 0, c.labelSetHigh[dependent] ?? 0, dt * 4 + dir);
  out[k++] = feature(2015, wordOf(x, dl1), tagOf(x, dl1), dt); out[k++] = feature(2016, wordOf(x, dl1), ht, dir); out[k++] = feature(2017, tagOf(x, hl1), ht, dt * 4 + dir);
  out[k++] = feature(2018, wordOf(x, hl1), ht, dir); out[k++] = feature(2019, tagOf(x, head + 1), ht, dir); out[k++] = feature(2020, x.coarse[dependent] ?? 0, x.coarse[head] ?? 0, dir);
  out[k++] = feature(2021, dw, dt); out[k++] = feature(2022, hw, ht, dt); out[k++] = feature(2023, c.leftCount[head] ?? 0, ht, dir); out[k++] = feature(2024, c.rightCount[head] ?? 0, ht, dir);
  return k;
}

/** The label the labeller prefers for an arc. */
export function chooseLabel(model: ParserModel, c: Configuration, x: ParserInput, head: number, dependent: number, scratch: Scratch): number {
  const count = labelFeatures(c, x, head, dependent, scratch.features);
  scratch.labelScores.fill(0);
  model.labeller.score(scratch.features, count, scratch.labelScores);
  // Only the root may be labelled root, and the root takes no other label.
  const rootLabel = scratch.rootLabel;
  return argmax(scratch.labelScores, (l) => (head === 0 ? l === rootLabel : l !== rootLabel));
}

export interface Scratch {
  readonly features: Int32Array;
  readonly transitionScores: Float32Array;
  readonly labelScores: Float32Array;
  readonly rootLabel: number;
}

export function scratchFor(labels: readonly string[]): Scratch {
  return {
    features: new Int32Array(MAX_PARSER_FEATURES),
    transitionScores: new Float32Array(TRANSITIONS),
    labelScores: new Float32Array(labels.length),
    rootLabel: labels.indexOf("root"),
  };
}

/** The arc that `transition` makes, as [head, dependent], or null for SHIFT and REDUCE. */
export function arcOf(c: Configuration, transition: number): [number, number] | null {
  if (transition === LEFT) return [c.next, c.top];
  if (transition === RIGHT) return [c.top, c.next];
  return null;
}

export interface Tree {
  /** Head of each word, 1-based words, 0 for the root. */
  readonly heads: Int32Array;
  readonly labels: readonly string[];
}

/** Parses one sentence of n words. */
export function parse(model: ParserModel, x: ParserInput, scratch: Scratch = scratchFor(model.labels)): Tree {
  const n = x.words.length - 1;
  const c = new Configuration(n);
  while (!c.terminal) {
    const count = transitionFeatures(c, x, scratch.features);
    scratch.transitionScores.fill(0);
    model.transitions.score(scratch.features, count, scratch.transitionScores);
    const transition = argmax(scratch.transitionScores, (t) => c.valid(t));
    const arc = arcOf(c, transition);
    const label = arc === null ? -1 : chooseLabel(model, c, x, arc[0], arc[1], scratch);
    c.apply(transition, label);
  }
  return finishTree(c, model, x);
}

/** Words left without a head hang from the root word, so every parse is one tree. */
function finishTree(c: Configuration, model: ParserModel, x: ParserInput): Tree {
  const n = c.n;
  const labels = model.labels;
  let root = 0;
  for (let i = 1; i <= n; i++) if (c.heads[i] === 0) root = i;
  const names: string[] = [];
  const heads = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    let head = c.heads[i] ?? -1;
    let label = labels[c.labels[i] ?? -1] ?? "dep";
    if (head < 0) {
      if (root === 0) {
        root = i;
        head = 0;
        label = "root";
      } else {
        head = root;
        label = (x.coarse[i] ?? 0) === model.punctuation + 1 ? "punct" : "parataxis";
      }
    }
    heads[i] = head;
    names[i] = label;
  }
  return { heads, labels: names };
}
