import type { Paragraph, Sentence } from "./annotations.js";
import { abbreviations } from "./abbreviations.js";

// A terminator, any closing quotes or brackets, then space and something that can open a sentence.
const boundary = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«([]?[\p{Lu}\p{N}])/gu;
// A line break inside a paragraph (a <br>, a bulleted list in a live blog) always ends a sentence.
const lineBreak = /[ \t]*\n\s*/g;

/** Splits each paragraph into sentences; headings are one sentence each. */
export function findSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.heading) {
      sentences.push({ index: sentences.length, start: paragraph.start, end: paragraph.end, paragraph: paragraph.index });
      continue;
    }
    const body = text.slice(paragraph.start, paragraph.end);
    let lineStart = 0;
    lineBreak.lastIndex = 0;
    for (let m = lineBreak.exec(body); m; m = lineBreak.exec(body)) {
      splitLine(body.slice(lineStart, m.index), paragraph.start + lineStart, paragraph.index, sentences);
      lineStart = m.index + m[0].length;
    }
    splitLine(body.slice(lineStart), paragraph.start + lineStart, paragraph.index, sentences);
  }
  return sentences;
}

function splitLine(line: string, offset: number, paragraph: number, sentences: Sentence[]): void {
  let start = 0;
  boundary.lastIndex = 0;
  for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
    const end = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    if (isAbbreviation(line, m.index, m[1] ?? "", m[2] ?? "")) continue;
    sentences.push({ index: sentences.length, start: offset + start, end: offset + end, paragraph });
    start = end + (m[3]?.length ?? 0);
  }
  if (start < line.length) sentences.push({ index: sentences.length, start: offset + start, end: offset + line.length, paragraph });
}

function isAbbreviation(body: string, at: number, terminator: string, closers: string): boolean {
  if (terminator !== "." || closers !== "") return false;
  const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, at - 12), at))?.[1] ?? "";
  if (word.length === 0) return false;
  // A single capital letter is an initial ("John F. Kennedy").
  if (/^\p{Lu}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}
