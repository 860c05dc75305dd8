import type { Span } from "../core/span.js";

/** One word of the sentence model: a slice of `article.text` with its tags, lemma and place in the tree. */
export interface Word extends Span {
  /** Position among all the document's words. */
  readonly index: number;
  readonly sentence: number;
  readonly form: string;
  readonly upos: string;
  readonly xpos: string;
  readonly lemma: string;
  /** Index of the head word, or -1 for the sentence's root. */
  readonly head: number;
  /** UD v2 relation with its subtype ("nsubj:pass", "obl:agent"). */
  readonly deprel: string;
}

export interface SyntaxSentence extends Span {
  readonly index: number;
  /** Words first..end-1 belong to this sentence. */
  readonly firstWord: number;
  readonly endWord: number;
}

/** The one reading of every sentence that all later stages share. */
export interface Syntax {
  readonly words: readonly Word[];
  readonly sentences: readonly SyntaxSentence[];
  /** Children of each word, in text order. */
  readonly children: readonly (readonly number[])[];
}

declare module "../core/doc.js" {
  interface DocData {
    syntax: Syntax;
  }
}
