/**
 * Words as UD English splits them: punctuation apart, clitics apart ("do" + "n't", "it" + "'s", "can" + "not"),
 * hyphenated compounds apart ("al - Ani") except after a bound prefix ("e-mail", "co-workers"), while URLs, e-mail
 * addresses, numbers and abbreviations stay whole. Every word is a slice of the text, so offsets stay exact.
 */

export interface TextWord {
  readonly start: number;
  readonly end: number;
  readonly form: string;
}

const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu;
const ABBREVIATION = /^(?:\p{L}\.){2,}$|^(?:mr|mrs|ms|dr|st|jr|sr|prof|gen|col|lt|sgt|capt|rep|sen|gov|pres|rev|vs|etc|inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|no|ft|mt|ave|approx|dept|est|fig|vol|e\.g|i\.e|a\.m|p\.m)\.$/iu;
const LEADING = /^(?:\.{2,}|[-‐‑–—]{2,}|["'“‘«([{<*#@`~¿¡‹]|[-‐‑–—]|\p{Sc}(?=\p{N}))/u;
const TRAILING = /(?:\.{2,}|[!?]+|[-‐‑–—]{2,}|[.,;:"'”’»)\]}>*…%‹›])$/u;
const CLITIC = /(?<=\p{L})(?:n['’]t|['’](?:s|re|m|ve|ll|d))$/iu;
const SPLIT_COMPOUNDS: Readonly<Record<string, readonly [number, number]>> = { cannot: [3, 6], gonna: [3, 5], wanna: [3, 5], gotta: [3, 5] };
const BOUND_PREFIXES = new Set(["e", "co", "pre", "post", "non", "semi", "re", "anti", "multi", "mid", "ex", "pro", "sub", "inter", "un"]);
const INNER_SPLIT = /(?<=\p{L})[-‐‑/](?=\p{L})|(?<=\p{L}),(?=\p{L})|(?<=\p{L})[-‐‑](?=\p{N})|(?<=\p{N})[-‐‑](?=\p{L})/gu;

/** The words of text[start, end). */
export function tokenizeWords(text: string, start = 0, end = text.length): TextWord[] {
  const words: TextWord[] = [];
  const chunk = /\S+/gu;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(chunk)) splitChunk(text, start + m.index, start + m.index + m[0].length, words);
  return words;
}

function push(text: string, start: number, end: number, words: TextWord[]): void {
  if (end > start) words.push({ start, end, form: text.slice(start, end) });
}

function splitChunk(text: string, start: number, end: number, words: TextWord[]): void {
  const trailing: [number, number][] = [];
  for (;;) {
    const piece = text.slice(start, end);
    if (WEB_ADDRESS.test(piece) && !/[.,;:!?)"'”’]$/u.test(piece)) break;
    const lead = LEADING.exec(piece);
    if (lead !== null && lead[0].length < piece.length) {
      push(text, start, start + lead[0].length, words);
      start += lead[0].length;
      continue;
    }
    const trail = TRAILING.exec(piece);
    if (trail !== null && trail[0].length < piece.length && !(trail[0] === "." && ABBREVIATION.test(piece))) {
      trailing.unshift([end - trail[0].length, end]);
      end -= trail[0].length;
      continue;
    }
    break;
  }
  splitCore(text, start, end, words);
  for (const [s, e] of trailing) push(text, s, e, words);
}

function splitCore(text: string, start: number, end: number, words: TextWord[]): void {
  const piece = text.slice(start, end);
  if (WEB_ADDRESS.test(piece) || /^\p{N}[\p{N},.:/]*$/u.test(piece)) return push(text, start, end, words);
  const compound = SPLIT_COMPOUNDS[piece.toLowerCase()];
  if (compound !== undefined) {
    push(text, start, start + compound[0], words);
    return push(text, start + compound[0], end, words);
  }
  const clitic = CLITIC.exec(piece);
  if (clitic !== null) {
    splitCore(text, start, start + clitic.index, words);
    return push(text, start + clitic.index, end, words);
  }
  splitInner(text, start, end, words);
}

function splitInner(text: string, start: number, end: number, words: TextWord[]): void {
  const piece = text.slice(start, end);
  let from = 0;
  for (const m of piece.matchAll(INNER_SPLIT)) {
    const before = piece.slice(from, m.index);
    if (from === 0 && m[0] !== "/" && m[0] !== "," && BOUND_PREFIXES.has(before.toLowerCase())) continue;
    push(text, start + from, start + m.index, words);
    push(text, start + m.index, start + m.index + 1, words);
    from = m.index + 1;
  }
  push(text, start + from, end, words);
}
