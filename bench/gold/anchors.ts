/**
 * Gold annotations name their spans by text, not by offsets: `{"s": 4, "cue": "did not say"}` means the first
 * "did not say" in sentence 4 of the report. This turns those anchors into character spans of the report text and
 * fails loudly when an anchor is not found, so a typo in the gold can never score silently.
 */
import type { GoldReport } from "./source-reports.js";

export interface CharSpan {
  readonly start: number;
  readonly end: number;
}

/** One part of a role: its exact text, or the text and which occurrence (1-based) in the sentence region. */
export type AnchorPart = string | { readonly text: string; readonly nth: number };
/** A role: one part, or several in order for a discontinuous span. */
export type Anchor = AnchorPart | readonly AnchorPart[];
/** A sentence index, or [first, last] for a region of several sentences. */
export type SentenceRef = number | readonly [number, number];

export function sentenceRegion(report: GoldReport, s: SentenceRef): CharSpan {
  const [first, last] = typeof s === "number" ? [s, s] : s;
  const a = report.sentences[first];
  const b = report.sentences[last];
  if (a === undefined || b === undefined) throw new Error(`${report.id}: no sentence ${JSON.stringify(s)}`);
  return { start: a.start, end: b.end };
}

/** The spans of a role, in order; each later part is searched after the previous one. */
export function resolveAnchor(report: GoldReport, s: SentenceRef, anchor: Anchor): CharSpan[] {
  const region = sentenceRegion(report, s);
  const parts: readonly AnchorPart[] = Array.isArray(anchor) ? anchor : [anchor as AnchorPart];
  const spans: CharSpan[] = [];
  let from = region.start;
  for (const part of parts) {
    const text = typeof part === "string" ? part : part.text;
    const nth = typeof part === "string" ? 1 : part.nth;
    const start = nthIndex(report.text, text, from, region.end, nth);
    if (start < 0) {
      throw new Error(`${report.id}: "${text}" (occurrence ${nth}) not found in sentence ${JSON.stringify(s)}`);
    }
    spans.push({ start, end: start + text.length });
    from = start + text.length;
  }
  return spans;
}

function nthIndex(text: string, needle: string, from: number, end: number, nth: number): number {
  let at = from - 1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0 || at + needle.length > end) return -1;
  }
  return at;
}
