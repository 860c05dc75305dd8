import { hashString } from "./hashing.js";

/** The hashed strings that features are built from, computed once per token. */
export interface WordAtoms {
  readonly form: number;
  readonly lower: number;
  readonly shape: number;
  readonly suffixes: readonly [number, number, number, number];
  readonly prefixes: readonly [number, number, number];
  /** Bits: 1 capitalised, 2 all capitals, 4 has a digit, 8 has a hyphen, 16 all punctuation. */
  readonly flags: number;
}

const PUNCTUATION = /^[\p{P}\p{S}]+$/u;

/** The word's character classes, each run of one class shortened to at most two: "Iraq" → "Xxx", "1,000" → "d,dd". */
export function wordShape(form: string): string {
  let shape = "";
  let last = "";
  let run = 0;
  for (const ch of form) {
    const cls = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    run = cls === last ? run + 1 : 1;
    last = cls;
    if (run <= 2) shape += cls;
  }
  return shape;
}

export function wordAtoms(form: string): WordAtoms {
  const lower = normalise(form.toLowerCase());
  const suffix = (n: number): number => hashString(lower.length > n ? lower.slice(-n) : `<${lower}`);
  const prefix = (n: number): number => hashString(lower.length > n ? lower.slice(0, n) : `${lower}>`);
  const capital = /^\p{Lu}/u.test(form);
  const flags =
    (capital ? 1 : 0) |
    (capital && form.length > 1 && form === form.toUpperCase() ? 2 : 0) |
    (/\p{N}/u.test(form) ? 4 : 0) |
    (form.includes("-") ? 8 : 0) |
    (PUNCTUATION.test(form) ? 16 : 0);
  return {
    form: hashString(form),
    lower: hashString(lower),
    shape: hashString(wordShape(form)),
    suffixes: [suffix(1), suffix(2), suffix(3), suffix(4)],
    prefixes: [prefix(1), prefix(2), prefix(3)],
    flags,
  };
}

/** Curly quotes and apostrophes read as straight ones, and digits as a class, so rare variants share evidence. */
function normalise(lower: string): string {
  return lower
    .replace(/[’‘‛]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\d/g, "0");
}

export const BOUNDARY: WordAtoms = wordAtoms("<s>");
