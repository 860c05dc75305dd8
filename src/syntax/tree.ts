/** Questions later stages ask of the tree, so they read relations instead of matching strings. */
import type { Span } from "../core/span.js";
import type { Syntax, Word } from "./syntax-layer.js";

/** Whether `deprel` is `relation` or one of its subtypes ("obl" matches "obl:tmod"). */
export function isRelation(deprel: string, relation: string): boolean {
  return deprel === relation || deprel.startsWith(`${relation}:`);
}

export function word(syntax: Syntax, index: number): Word {
  const w = syntax.words[index];
  if (w === undefined) throw new Error(`no word ${index}`);
  return w;
}

/** Children of a word, optionally only those in one relation (subtypes included). */
export function childrenOf(syntax: Syntax, index: number, relation?: string): Word[] {
  const children = (syntax.children[index] ?? []).map((c) => word(syntax, c));
  return relation === undefined ? children : children.filter((c) => isRelation(c.deprel, relation));
}

/** Every word the word dominates, itself included, in text order. */
export function subtree(syntax: Syntax, index: number): number[] {
  const out: number[] = [];
  const stack = [index];
  while (stack.length > 0) {
    const i = stack.pop() ?? 0;
    out.push(i);
    for (const c of syntax.children[i] ?? []) stack.push(c);
  }
  return out.sort((a, b) => a - b);
}

/** The characters a word's subtree covers, optionally leaving out children in some relations (e.g. "punct"). */
export function subtreeSpan(syntax: Syntax, index: number, without: readonly string[] = []): Span {
  let start = Infinity;
  let end = -Infinity;
  const stack = [index];
  while (stack.length > 0) {
    const i = stack.pop() ?? 0;
    const w = word(syntax, i);
    start = Math.min(start, w.start);
    end = Math.max(end, w.end);
    for (const c of syntax.children[i] ?? []) {
      if (!without.some((r) => isRelation(word(syntax, c).deprel, r))) stack.push(c);
    }
  }
  return { start, end };
}

const CLAUSAL = ["root", "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj"];

/** The head of the clause a word belongs to: the nearest ancestor (or itself) that heads a clause. */
export function clauseOf(syntax: Syntax, index: number): number {
  for (let i = index; ; ) {
    const w = word(syntax, i);
    if (w.head < 0 || CLAUSAL.some((r) => isRelation(w.deprel, r))) return i;
    if (isRelation(w.deprel, "conj") && (w.upos === "VERB" || childrenOf(syntax, i, "nsubj").length > 0)) return i;
    i = w.head;
  }
}

/** A passive predicate has a passive auxiliary or a passive subject ("was killed", "killed by …" reduced relatives aside). */
export function isPassive(syntax: Syntax, index: number): boolean {
  return childrenOf(syntax, index).some((c) => ["aux:pass", "nsubj:pass", "csubj:pass"].includes(c.deprel));
}

const NEGATORS = new Set(["not", "n't", "never", "no"]);

/** The negation words of a predicate ("did not say", "never denied", "no one"). */
export function negationOf(syntax: Syntax, index: number): Word[] {
  return childrenOf(syntax, index).filter((c) => NEGATORS.has(c.lemma.toLowerCase()) && (isRelation(c.deprel, "advmod") || c.deprel === "det"));
}

/** The modal auxiliaries of a predicate ("may", "could", "will"). */
export function modalsOf(syntax: Syntax, index: number): Word[] {
  return childrenOf(syntax, index, "aux").filter((c) => c.xpos === "MD");
}

/** Auxiliaries and copulas of a predicate, in text order. */
export function auxiliariesOf(syntax: Syntax, index: number): Word[] {
  return childrenOf(syntax, index).filter((c) => isRelation(c.deprel, "aux") || c.deprel === "cop");
}

/** The words of one sentence. */
export function sentenceWords(syntax: Syntax, sentence: number): readonly Word[] {
  const s = syntax.sentences[sentence];
  return s === undefined ? [] : syntax.words.slice(s.firstWord, s.endWord);
}

/** The word whose span contains a character offset, or -1 (binary search over the words in text order). */
export function wordAt(syntax: Syntax, offset: number): number {
  let lo = 0;
  let hi = syntax.words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = word(syntax, mid);
    if (offset < w.start) hi = mid - 1;
    else if (offset >= w.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
