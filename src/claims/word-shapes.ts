import { abbreviations } from "../annotate/abbreviations.js";
import type { Span } from "../core/span.js";
import type { Word } from "./words.js";

const preverbal = new Set([
  "has", "have", "had", "did", "does", "do", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might",
  "shall", "should", "also", "again", "then", "once", "still", "already", "now", "further", "later", "earlier", "not",
  "never", "first", "previously", "recently", "reportedly", "repeatedly", "too", "even", "just", "long", "always", "often",
  "since", "twice", "yet",
]);

export const finiteWords = new Set(["was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "did", "does", "that", "to", "should", "must"]);

export const clauseBreaks = new Set([";", ":", "that", "but", "while", "whereas", "because", "although", "though", "if", "when", "-", "—", "–", "(", ")"]);

export const dashes = new Set(["-", "—", "–"]);

export const terminals = new Set([".", "!", "?", "…"]);

const timeCore = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday",
  "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "day", "days", "hours",
]);

const months = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

const timeGlue = new Set(["on", "in", "at", "late", "early", "last", "this", "earlier", "later", "next", "the", "of", "during", "overnight"]);

// Nouns and adjectives that end in "-ly" like adverbs do.
const lyWords = new Set(["only", "family", "ally", "rally", "assembly", "supply", "reply", "monopoly", "anomaly", "bully", "fly", "folly", "early", "daily", "weekly", "monthly", "yearly", "elderly", "friendly", "holy", "likely", "unlikely", "italy"]);

export const isAdverb = (w: Word | undefined) => w !== undefined && /^\p{Ll}+ly$/u.test(w.text) && !lyWords.has(w.lower);

export const isClosingMark = (w: Word | undefined) => w?.closes === true;

export const isOpening = (w: Word | undefined) => w?.opens === true;

export const wordSpan = (words: readonly Word[], first: number, last: number): Span => ({
  start: words[first]?.start ?? 0,
  end: words[last]?.end ?? 0,
});

export function preverbStart(words: readonly Word[], cueFirst: number): number {
  let k = cueFirst;
  while (k > 0) {
    const w = words[k - 1];
    if (!w) break;
    if (preverbal.has(w.lower) || w.lower.endsWith("n't") || isAdverb(w)) k--;
    else if (timeCore.has(w.lower) && timeGlue.has(words[k - 2]?.lower ?? "")) k -= 2;
    else break;
  }
  return k;
}

// A number is a date only next to a month ("March 4") or as a year after "in"/"since" ("in 2020").
function isDateNumber(words: readonly Word[], p: number): boolean {
  const lower = words[p]?.lower ?? "";
  if (!/^\d{1,4}$/.test(lower)) return false;
  const prev = words[p - 1]?.lower ?? "";
  return months.has(prev) || (/^(?:19|20)\d\d$/.test(lower) && (prev === "in" || prev === "since"));
}

export function timeRunEnd(words: readonly Word[], from: number): number {
  let p = from;
  let core = false;
  while (p < words.length) {
    const lower = words[p]?.lower ?? "";
    if (timeCore.has(lower) || isDateNumber(words, p)) core = true;
    else if (!timeGlue.has(lower)) break;
    p++;
  }
  while (p > from && timeGlue.has(words[p - 1]?.lower ?? "")) p--;
  return core ? p : from;
}

/** The last word a content can hold: the sentence minus its final stop (a stop inside a quotation stays). */
export function lastContentWord(words: readonly Word[]): number {
  let last = words.length - 1;
  while (last > 0 && terminals.has(words[last]?.lower ?? "") && !words[last]?.quote) last--;
  return last;
}

// "said Mr. Smith": the stop after a title or an initial does not end the speaker.
export function isAbbreviation(words: readonly Word[], k: number): boolean {
  const w = words[k];
  return w !== undefined && words[k + 1]?.start === w.end && (abbreviations.has(w.lower) || /^\p{Lu}$/u.test(w.text));
}
