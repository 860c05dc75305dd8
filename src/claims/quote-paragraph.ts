import type { Attribution } from "./attribution.js";
import { quoteInner, type QuoteIndex } from "./quotations.js";
import type { SentenceWords } from "./words.js";

/**
 * Newswire convention: a paragraph opening with a quotation and no attribution of its own goes on with the
 * speaker of the paragraph just before it ("…," Stam told Reuters.¶“If the employers …”); so does a quotation
 * that makes a whole sentence after an indirect report in its paragraph ("He said the vote was rigged. “We will
 * appeal.”"). The quotation becomes a claim without a cue word, whose speaker is inferred from the previous claim.
 */
export function quoteParagraph(sentence: SentenceWords, previous: Attribution, firstOfParagraph: boolean, quotes: QuoteIndex): Attribution | null {
  const first = sentence.words[0];
  if (!first?.opens || (!previous.speaker && !previous.borrowsSpeaker && previous.cue.kind !== "continuation")) return null;
  const quote = quotes.byStart.get(first.start);
  if (!quote || previous.quotes.includes(quote)) return null;
  const nextParagraph = firstOfParagraph && sentence.paragraph === previous.sentence.paragraph + 1;
  const afterIndirect = !previous.direct && sentence.paragraph === previous.sentence.paragraph && quote.end >= (sentence.words.at(-1)?.end ?? Infinity);
  if (!nextParagraph && !afterIndirect) return null;
  return {
    cue: { kind: "continuation", first: 0, last: -1, stance: "assert", passive: false },
    sentence,
    speaker: null,
    borrowsSpeaker: false,
    content: quoteInner(quote, quotes),
    quotes: [quote],
    direct: true,
    clausal: true,
    channel: null,
  };
}
