import type { Annotations, Quote } from "../annotate/annotations.js";
import type { Span } from "../core/span.js";

/** A token of one sentence, with what the claim rules ask of it. */
export interface Word extends Span {
  readonly text: string;
  readonly lower: string;
  /** The quote whose inner text holds this word, if any. */
  readonly quote: Quote | null;
  readonly isQuoteMark: boolean;
  /** This mark opens a quotation. */
  readonly opens: boolean;
  /** This mark closes a quotation. */
  readonly closes: boolean;
}

export interface SentenceWords extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly words: readonly Word[];
}

const quoteMarks = new Set(["“", "”", "„", "«", "»", "「", "」", "『", "』", '"', "‟", "‹", "›"]);

// ‘ ’ and ' are apostrophes too: they are quotation marks only where the annotate stage found a quotation.
const singleMarks = new Set(["‘", "’", "'"]);

function isQuoteMark(text: string, opens: boolean, closes: boolean): boolean {
  return quoteMarks.has(text) || (singleMarks.has(text) && (opens || closes));
}

/** Groups tokens by sentence and marks the words inside quotations, in one pass over both lists. */
export function sentenceWords(annotations: Annotations): SentenceWords[] {
  const { sentences, tokens, quotes } = annotations;
  const grouped: Word[][] = sentences.map(() => []);
  const starts = new Set(quotes.map((quote) => quote.start));
  const ends = new Set(quotes.filter((quote) => quote.closed).map((quote) => quote.end));
  let q = 0;
  for (const token of tokens) {
    while (q < quotes.length && (quotes[q]?.inner.end ?? 0) <= token.start) q++;
    const quote = quotes[q];
    const inside = quote !== undefined && quote.inner.start <= token.start && token.end <= quote.inner.end;
    const opens = starts.has(token.start);
    const closes = ends.has(token.end);
    grouped[token.sentence]?.push({
      start: token.start,
      end: token.end,
      text: token.text,
      lower: token.text.toLowerCase().replace(/’/g, "'"),
      quote: inside ? quote : null,
      isQuoteMark: isQuoteMark(token.text, opens, closes),
      opens,
      closes,
    });
  }
  return sentences.map((s, i) => ({ start: s.start, end: s.end, index: s.index, paragraph: s.paragraph, words: grouped[i] ?? [] }));
}
