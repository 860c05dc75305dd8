import type { Paragraph, Sentence } from "./annotations.js";
import { abbreviations } from "./abbreviations.js";

// A terminator, any closing quotes or brackets, then space and something that can open a sentence.
const boundary = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«([]?[\p{Lu}\p{N}])/gu;

/** Splits each paragraph into sentences; headings are one sentence each. */
export function findSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.heading) {
      sentences.push({ index: sentences.length, start: paragraph.start, end: paragraph.end, paragraph: paragraph.index });
      continue;
    }
    const body = text.slice(paragraph.start, paragraph.end);
    let start = 0;
    boundary.lastIndex = 0;
    for (let m = boundary.exec(body); m; m = boundary.exec(body)) {
      const end = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
      if (isAbbreviation(body, m.index, m[1] ?? "", m[2] ?? "")) continue;
      sentences.push({ index: sentences.length, start: paragraph.start + start, end: paragraph.start + end, paragraph: paragraph.index });
      start = end + (m[3]?.length ?? 0);
    }
    if (start < body.length) {
      sentences.push({ index: sentences.length, start: paragraph.start + start, end: paragraph.end, paragraph: paragraph.index });
    }
  }
  return sentences;
}

function isAbbreviation(body: string, at: number, terminator: string, closers: string): boolean {
  if (terminator !== "." || closers !== "") return false;
  const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, at - 12), at))?.[1] ?? "";
  if (word.length === 0) return false;
  // A single capital letter is an initial ("John F. Kennedy").
  if (/^\p{Lu}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}
