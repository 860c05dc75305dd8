import type { Heading } from "../core/doc.js";
import { createSpan } from "../core/span.js";

export interface BodyPart {
  readonly text: string;
  readonly heading: boolean;
}

/** Paragraphs and subheadings joined by blank lines, with each heading's span into the joined text. */
export function assembleBody(parts: readonly BodyPart[]): { text: string; headings: Heading[] } {
  const headings: Heading[] = [];
  const chunks: string[] = [];
  let offset = 0;
  for (const part of parts) {
    const text = part.text.trim();
    if (text === "") continue;
    if (chunks.length > 0) offset += 2;
    if (part.heading) headings.push({ text, span: createSpan(offset, offset + text.length) });
    chunks.push(text);
    offset += text.length;
  }
  return { text: chunks.join("\n\n"), headings };
}

/** Drops the headings that no paragraph follows (a "Related" or "Comments" title left at the end). */
export function withoutDanglingHeadings<T extends BodyPart>(parts: readonly T[]): T[] {
  const kept: T[] = [];
  let followedByText = false;
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const part = parts[i]!;
    if (!part.heading) followedByText = true;
    else if (!followedByText) continue;
    kept.push(part);
  }
  return kept.reverse();
}
