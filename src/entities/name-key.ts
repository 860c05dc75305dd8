import lexiconData from "../../data/entities/lexicon.json" with { type: "json" };

const combiningMarks = /\p{M}+/gu;
const ascii = /^[\x20-\x7e]*$/;

/** How a word is compared with gazetteer names: case, diacritics and curly apostrophes do not count. */
export function tokenKey(word: string): string {
  const folded = ascii.test(word) ? word : word.normalize("NFD").replace(combiningMarks, "").replace(/[’‘`]/g, "'");
  return folded.toLowerCase();
}

// Mirrors the annotate tokenizer so a gazetteer name splits into the same words as running text.
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\S/gu;
const possessive = /['’]s$/u;

const plainWord = /^[A-Za-z]+$/;
const plainWords = /^[A-Za-z]+(?:-[A-Za-z]+)*(?: [A-Za-z]+(?:-[A-Za-z]+)*)*$/;

/** The token keys of a name, split exactly as the annotate stage splits article text. */
export function nameTokens(name: string): string[] {
  // Most gazetteer names are plain ASCII words: split them without the Unicode tokenizer.
  if (plainWord.test(name)) return [name.toLowerCase()];
  if (plainWords.test(name)) return name.toLowerCase().split(" ").flatMap(splitParticiple);
  const keys: string[] = [];
  for (const match of name.matchAll(wordPattern)) {
    const word = match[0];
    if (word.length > 2 && possessive.test(word)) keys.push(tokenKey(word.slice(0, -2)), tokenKey(word.slice(-2)));
    else keys.push(...splitParticiple(tokenKey(word)));
  }
  return keys;
}

/** A gazetteer lookup key: the name's token keys joined by single spaces. */
export function nameKey(name: string): string {
  return nameTokens(name).join(" ");
}

/** An id-safe slug: "Ruben Vardanyan" → "ruben-vardanyan". */
export function slug(name: string): string {
  return nameTokens(name)
    .join(" ")
    .replace(/'s\b/g, "s")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

const participles = new Set(lexiconData.hyphenParticiples);

function splitParticiple(word: string): string[] {
  const hyphen = participleHyphen(word);
  return hyphen > 0 ? [word.slice(0, hyphen), word.slice(hyphen)] : [word];
}

/**
 * Where "NATO-led", "Hamas-run", "Russian-backed" splits into a name and its participle: the
 * index of the hyphen, or -1 for an ordinary word.
 */
export function participleHyphen(word: string): number {
  const hyphen = word.lastIndexOf("-");
  if (hyphen <= 0 || !participles.has(word.slice(hyphen + 1).toLowerCase())) return -1;
  return hyphen;
}
