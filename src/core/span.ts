/** A half-open range of UTF-16 code units in `article.text`: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function createSpan(start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start)) {
    throw new RangeError(`span expected 0 <= start <= end, got [${start}, ${end})`);
  }
  return { start, end };
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
