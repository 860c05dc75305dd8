import type { Quote } from "../annotate/annotations.js";
import type { Span } from "../core/span.js";
import { isClosingMark } from "./word-shapes.js";
import type { Word } from "./words.js";

/** Quotations by their first and last character offset. */
export interface QuoteIndex {
  readonly byStart: ReadonlyMap<number, Quote>;
  readonly byEnd: ReadonlyMap<number, Quote>;
  readonly paragraphStarts: readonly number[];
  readonly text: string;
}

export function quoteBefore(words: readonly Word[], boundary: number, quotes: QuoteIndex): Quote | undefined {
  const at = words[boundary]?.lower === "," && isClosingMark(words[boundary - 1]) ? boundary - 1 : boundary;
  const mark = words[at];
  return mark?.isQuoteMark ? quotes.byEnd.get(mark.end) : undefined;
}

/** A quotation's words as content spans: split at paragraph breaks, without continuation marks or a trailing comma. */
export function quoteInner(quote: Quote, quotes: QuoteIndex): Span[] {
  const spans: Span[] = [];
  const starts = quotes.paragraphStarts;
  let start = quote.inner.start;
  for (let k = firstAfter(starts, start); k < starts.length && (starts[k] ?? Infinity) < quote.inner.end; k++) {
    const paragraphStart = starts[k] ?? 0;
    spans.push({ start, end: paragraphStart });
    start = paragraphStart + 1;
  }
  spans.push({ start, end: quote.inner.end });
  return spans.map((span) => trimSpan(quotes.text, span)).filter((span) => span.end > span.start);
}

/** Index of the first sorted offset greater than `offset` (binary search). */
function firstAfter(sorted: readonly number[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

// A split quotation's first part ends in the comma that leads into the attribution: it is not what was said.
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /[\s,]/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}
