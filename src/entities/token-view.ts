import type { Token } from "../annotate/annotations.js";
import { firstWord, participleHyphen, tokenFold, tokenKey } from "./name-key.js";

/** A token with what recognition asks of it, computed once. */
export interface TokenView {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly key: string;
  /** The token's words as gazetteer keys write them (see nameKey): "El-Fasher" → "al fasher". */
  readonly fold: string;
  /** The first word of `fold`: what the gazetteer indexes name lengths by. */
  readonly foldHead: string;
  /** Starts with an upper-case letter (any cased script). */
  readonly capitalised: boolean;
  /** Letters only from the Latin script: the only script whose names we guess as people. */
  readonly latin: boolean;
  readonly allCaps: boolean;
}

const upperStart = /^\p{Lu}/u;
const latinWord = /^[\p{Script=Latin}\p{M}'’.-]+$/u;
const hasLower = /\p{Ll}/u;
const hasLetter = /\p{L}/u;

export function viewTokens(tokens: readonly Token[]): TokenView[] {
  const views: TokenView[] = [];
  for (const token of tokens) {
    // "NATO-led", "Hamas-run": the name before the participle is a word of its own.
    const hyphen = participleHyphen(token.text);
    if (hyphen > 0) {
      views.push(view(token.text.slice(0, hyphen), token.start, token.sentence));
      views.push(view(token.text.slice(hyphen), token.start + hyphen, token.sentence));
    } else {
      views.push(view(token.text, token.start, token.sentence));
    }
  }
  return views;
}

function view(text: string, start: number, sentence: number): TokenView {
  const fold = tokenFold(text);
  return {
    text,
    start,
    end: start + text.length,
    sentence,
    key: tokenKey(text),
    fold,
    foldHead: firstWord(fold),
    capitalised: upperStart.test(text),
    latin: latinWord.test(text),
    allCaps: hasLetter.test(text) && !hasLower.test(text),
  };
}

/**
 * A headline in capitals or Title Case: capitalisation there says nothing about names, so only
 * known names are recognised in it. Title Case shows in capitalised common words ("Launches
 * Military Operation") with no long word left in lower case.
 */
export function isHeadlineCased(tokens: readonly TokenView[], from: number, to: number, isCommonWord: (key: string) => boolean): boolean {
  let words = 0;
  let caps = 0;
  let capitalisedCommon = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token === undefined || !hasLetter.test(token.text)) continue;
    words++;
    if (token.allCaps && token.text.length > 1) caps++;
    if (!token.capitalised && token.text.length >= 4 && !titleCaseLowerWords.has(token.key)) return false;
    if (token.capitalised && i > from && isCommonWord(token.key)) capitalisedCommon++;
  }
  if (words >= 3 && caps / words >= 0.7) return true;
  return capitalisedCommon >= 2;
}

// Title Case leaves these in lower case.
const titleCaseLowerWords = new Set(["with", "from", "into", "onto", "over", "upon", "than", "that", "amid", "after", "about"]);
