import type { Phrase } from "./lexicon.js";
import type { TokenView } from "./token-view.js";

/** The first phrase (lists are longest first) whose words start at token `at`; its end index, or -1. */
export function matchPhraseAt(tokens: readonly TokenView[], at: number, limit: number, phrases: readonly Phrase[]): { phrase: Phrase; end: number } | undefined {
  for (const phrase of phrases) {
    if (at + phrase.length > limit) continue;
    if (phrase.every((word, k) => tokens[at + k]?.key === word)) return { phrase, end: at + phrase.length };
  }
  return undefined;
}

/** The first phrase whose words end just before token `end`; its start index. */
export function matchPhraseBefore(tokens: readonly TokenView[], end: number, floor: number, phrases: readonly Phrase[]): { phrase: Phrase; start: number } | undefined {
  for (const phrase of phrases) {
    const start = end - phrase.length;
    if (start < floor) continue;
    if (phrase.every((word, k) => tokens[start + k]?.key === word)) return { phrase, start };
  }
  return undefined;
}
