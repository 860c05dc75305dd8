import type { Annotations, Quote } from "../annotate/annotations.js";
import type { Span } from "../core/span.js";
import type { Syntax } from "../syntax/syntax-layer.js";
import { childrenOf, wordAt } from "../syntax/tree.js";

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
  /** The parse reads this word as no verb (see `parsedAsNonVerb`); false when no parse is at hand. */
  readonly nonVerb: boolean;
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
export function sentenceWords(annotations: Annotations, syntax?: Syntax): SentenceWords[] {
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
      nonVerb: syntax !== undefined && parsedAsNonVerb(syntax, token.start),
    });
  }
  return sentences.map((s, i) => ({ start: s.start, end: s.end, index: s.index, paragraph: s.paragraph, words: grouped[i] ?? [] }));
}

// Parts of speech that never head a reporting clause; AUX and VERB both do ("has said").
const nonVerbTags = new Set(["NOUN", "PROPN", "ADJ", "ADP", "DET", "PRON", "NUM"]);

/**
 * The word at `offset` is tagged as no verb and sits in the tree as one: "claims of fraud", "the only two Arab
 * states". A root tagged as a noun without a copula is left undecided: a sentence needs a predicate, and there the
 * tagger is more likely wrong than the sentence verbless ("The commander spoke on …").
 */
function parsedAsNonVerb(syntax: Syntax, offset: number): boolean {
  const index = wordAt(syntax, offset);
  const word = syntax.words[index];
  if (word === undefined || !nonVerbTags.has(word.upos)) return false;
  return word.deprel !== "root" || childrenOf(syntax, index, "cop").length > 0;
}
