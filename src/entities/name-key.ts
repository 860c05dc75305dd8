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

/**
 * A gazetteer lookup key: the name's words in lower case, without diacritics or apostrophes, split at
 * hyphens, spaces and dots, with every transliteration of the Arabic article written "al" — so
 * "El-Fasher", "al Fasher" and "Al Fasher", or "Xankəndi" and "Xankendi", share a key.
 */
export function nameKey(name: string): string {
  let folded = name.toLowerCase();
  if (lowerWord.test(folded)) return canonicalWord(folded);
  let plain = ascii.test(folded);
  if (!plain) {
    folded = foldLetters(folded);
    plain = ascii.test(folded);
  }
  // The tokenizer splits a possessive off ("Cox's" → "Cox", "'s"): its "s" stays a word of its own.
  if (apostrophe.test(folded)) folded = folded.replace(possessiveS, " s").replace(apostrophes, "");
  const words = folded.split(plain ? asciiSeparators : separators);
  const canonical: string[] = [];
  for (const word of words) if (word !== "") canonical.push(canonicalWord(word));
  // Joined, not concatenated: a flat string hashes fast as a map key.
  return canonical.join(" ");
}

// Transliterations of the Arabic article, assimilated ("as-Suwayda", "ash-Shifa") or not.
const articles = new Set(["al", "el", "ad", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "et", "ez"]);

// Abbreviations place names are written with or without: "St. Petersburg" is "Saint Petersburg".
const abbreviations: ReadonlyMap<string, string> = new Map([
  ["st", "saint"],
  ["ste", "sainte"],
  ["mt", "mount"],
  ["ft", "fort"],
]);

function canonicalWord(word: string): string {
  return articles.has(word) ? "al" : (abbreviations.get(word) ?? word);
}

const lowerWord = /^[a-z]+$/;
const apostrophes = /['’‘`´ʹʻʼʽʾʿ]/g;
const apostrophe = /['’‘`´ʹʻʼʽʾʿ]/;
const possessiveS = /['’]s\b/g;
const asciiSeparators = /[^a-z0-9]+/;
const separators = /[^\p{L}\p{N}]+/u;
// Letters that do not decompose into a base letter and a mark.
const plainLetters: Readonly<Record<string, string>> = { ə: "e", ı: "i", ł: "l", ø: "o", đ: "d", ð: "d", ħ: "h", æ: "ae", œ: "oe", ß: "ss", þ: "th" };
const specialLetters = /[əıłøđðħæœßþ]/g;

function foldLetters(text: string): string {
  return text.normalize("NFD").replace(combiningMarks, "").replace(specialLetters, (c) => plainLetters[c] ?? c);
}

/** A token's part of a name key: `nameKey` with a fast path for the plain words most tokens are. */
export function tokenFold(text: string): string {
  return plainWord.test(text) ? canonicalWord(text.toLowerCase()) : nameKey(text);
}

/** The first word of a name key: what the gazetteer indexes name lengths by. */
export function firstWord(key: string): string {
  const space = key.indexOf(" ");
  return space < 0 ? key : key.slice(0, space);
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
