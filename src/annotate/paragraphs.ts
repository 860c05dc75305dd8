import type { Heading } from "../core/doc.js";
import type { Paragraph } from "./annotations.js";

/** Paragraphs are the blank-line-separated blocks of `article.text`; a block that is a heading is marked so. */
export function findParagraphs(text: string, headings: readonly Heading[]): Paragraph[] {
  const headingStarts = new Set(headings.map((h) => h.span.start));
  const paragraphs: Paragraph[] = [];
  const blank = /\n[ \t]*\n\s*/g;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) paragraphs.push({ index: paragraphs.length, start: s, end: e, heading: headingStarts.has(s) });
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return paragraphs;
}
