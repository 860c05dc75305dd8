import type { Paragraph, Quote } from "./annotations.js";

const pairs: ReadonlyMap<string, string> = new Map([
  ["“", "”"],
  ["„", "“"],
  ["«", "»"],
  ["「", "」"],
  ["『", "』"],
  ['"', '"'],
  ["‘", "’"],
  ["'", "'"],
]);

// Marks that also serve inside words ("didn't", "Vardanyan’s", a straight quote in 5'10"): they open only
// after a non-word character and close only before one.
const wordBoundMarks = new Set(['"', "‘", "’", "'"]);
// Single quotes are apostrophes too often to trust an unclosed one ("‘90s"): it is dropped, not run to the end.
const singleQuotes = new Set(["‘", "'"]);

/**
 * Finds quoted passages. A quote left open at a paragraph's end runs on when the next paragraph opens
 * with a quote mark (the newswire convention for multi-paragraph quotes); otherwise it ends there, unclosed.
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let open: { start: number; mark: string; close: string } | null = null;
  for (const [i, paragraph] of paragraphs.entries()) {
    for (let at = paragraph.start; at < paragraph.end; at++) {
      const ch = text[at] ?? "";
      if (open && ch === open.close && (!wordBoundMarks.has(ch) || !isWordChar(text[at + 1])) && !isPluralPossessive(text, at)) {
        quotes.push({ start: open.start, end: at + 1, inner: { start: open.start + 1, end: at }, closed: true });
        open = null;
      } else if (!open && pairs.has(ch) && (!wordBoundMarks.has(ch) || !isWordChar(text[at - 1]))) {
        open = { start: at, mark: ch, close: pairs.get(ch) ?? ch };
      }
      // Otherwise a mark at a paragraph's start while a quote is open continues a multi-paragraph quote.
    }
    const next = paragraphs[i + 1];
    if (open && !(!singleQuotes.has(open.mark) && next && pairs.has(text[next.start] ?? ""))) {
      if (!singleQuotes.has(open.mark)) {
        quotes.push({ start: open.start, end: paragraph.end, inner: { start: open.start + 1, end: paragraph.end }, closed: false });
      }
      open = null;
    }
  }
  return quotes;
}

// "'The workers' union is strong,' he said": a single quote after -s and before a lower-case word is an apostrophe.
function isPluralPossessive(text: string, at: number): boolean {
  return (text[at] === "'" || text[at] === "’") && text[at - 1] === "s" && /^ \p{Ll}/u.test(text.slice(at + 1, at + 3));
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
