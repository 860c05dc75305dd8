import type { Span } from "../core/span.js";

export interface Paragraph extends Span {
  readonly index: number;
  /** An in-article subheading rather than body text. */
  readonly heading: boolean;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
}

/** A word, number or punctuation mark; `sentence` is the index of the sentence holding it. */
export interface Token extends Span {
  readonly text: string;
  readonly sentence: number;
}

/** A quoted passage: `span` includes the quote marks, `inner` is what was said. */
export interface Quote extends Span {
  readonly inner: Span;
  /** False when the closing mark is missing and the quote was closed at the paragraph end. */
  readonly closed: boolean;
}

export interface Annotations {
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly quotes: readonly Quote[];
}

declare module "../core/doc.js" {
  interface DocData {
    annotations: Annotations;
  }
}
