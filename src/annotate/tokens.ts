import type { Sentence, Token } from "./annotations.js";

// Words keep inner hyphens, apostrophes and dots ("Nagorno-Karabakh", "U.S"); everything else is one mark.
const tokenPattern = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\S/gu;
const possessive = /['’]s$/u;

export function findTokens(text: string, sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (const sentence of sentences) {
    tokenPattern.lastIndex = sentence.start;
    for (let m = tokenPattern.exec(text); m && m.index < sentence.end; m = tokenPattern.exec(text)) {
      const word = m[0];
      const start = m.index;
      // A possessive "’s" is its own token so "Armenia’s" yields the name "Armenia".
      if (word.length > 2 && possessive.test(word)) {
        const cut = start + word.length - 2;
        tokens.push({ start, end: cut, text: word.slice(0, -2), sentence: sentence.index });
        tokens.push({ start: cut, end: start + word.length, text: word.slice(-2), sentence: sentence.index });
      } else {
        tokens.push({ start, end: start + word.length, text: word, sentence: sentence.index });
      }
    }
  }
  return tokens;
}
