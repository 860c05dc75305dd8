import type { Paragraph, Quote } from "./annotations.js";

const pairs: ReadonlyMap<string, string> = new Map([
  ["“", "”"],
  ["„", "“"],
  ["«", "»"],
  ["「", "」"],
  ["『", "』"],
  ['"', '"'],
]);

/**
 * Finds quoted passages. A quote left open at a paragraph's end runs on when the next paragraph opens
 * with a quote mark (the newswire convention for multi-paragraph quotes); otherwise it ends there, unclosed.
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let open: { start: number; close: string } | null = null;
  for (const [i, paragraph] of paragraphs.entries()) {
    for (let at = paragraph.start; at < paragraph.end; at++) {
      const ch = text[at] ?? "";
      if (open && ch === open.close && (ch !== '"' || !isWordChar(text[at + 1]))) {
        quotes.push({ start: open.start, end: at + 1, inner: { start: open.start + 1, end: at }, closed: true });
        open = null;
      } else if (!open && pairs.has(ch) && (ch !== '"' || !isWordChar(text[at - 1]))) {
        open = { start: at, close: pairs.get(ch) ?? ch };
      } else if (open && at === paragraph.start && pairs.has(ch)) {
        // Continuation mark of a multi-paragraph quote: the quote goes on.
        continue;
      }
    }
    const next = paragraphs[i + 1];
    if (open && !(next && pairs.has(text[next.start] ?? ""))) {
      quotes.push({ start: open.start, end: paragraph.end, inner: { start: open.start + 1, end: paragraph.end }, closed: false });
      open = null;
    }
  }
  return quotes;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
