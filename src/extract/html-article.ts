import type { Article, Source } from "../core/doc.js";
import type { Limits } from "../core/limits.js";
import { assembleBody, withoutDanglingHeadings, type BodyPart } from "./assemble-body.js";
import { htmlBlocks, type TextBlock } from "./html-blocks.js";
import { htmlMetadata } from "./html-metadata.js";
import { parseHtml } from "./html-tree.js";
import { parseWrittenDate } from "./normalize-date.js";
import { endsWithPunctuation } from "./punctuation.js";
import { selectContent } from "./select-content.js";

/** An HTML page's article: metadata from the head, body text from the densest content subtree. */
export function htmlArticle(html: string, source: Source, limits: Limits): Article {
  const doc = parseHtml(html, limits.maxHtmlDepth);
  const allBlocks = htmlBlocks(doc.root);
  const blocks = selectContent(doc.root, allBlocks);
  const bodyStart = blocks.length > 0 ? allBlocks.indexOf(blocks[0]!) : allBlocks.length;
  const metadata = htmlMetadata(doc, allBlocks, bodyStart, source.hints, source.url);
  const parts = withoutDanglingHeadings(bodyParts(blocks, metadata.title));
  return { ...metadata, ...assembleBody(parts) };
}

/**
 * Blocks as body parts: the headline, doubled blocks and date-only lines dropped, a bold-only short line
 * without closing punctuation treated as the subheading it is styled as.
 */
function bodyParts(blocks: readonly TextBlock[], title: string | null): BodyPart[] {
  const normalizedTitle = title ? normalize(title) : null;
  let previous: string | null = null;
  const parts: BodyPart[] = [];
  for (const block of blocks) {
    const key = normalize(block.text);
    // A block repeated back to back is a layout duplicate (mobile and desktop copies); farther apart it is content.
    if (key === normalizedTitle || key === previous || isDateLine(block.text)) continue;
    // An h1 above the first paragraph is the page's headline, even when worded unlike the declared title.
    if (block.level === 1 && !parts.some((part) => !part.heading)) continue;
    previous = key;
    const heading = block.kind === "heading" || (block.emphasized && block.chars < 100 && !endsWithPunctuation(block.text));
    parts.push({ text: block.text, heading });
  }
  return parts;
}

/** A dateline; a line opening with a dash is an attribution ("— Name (@handle) May 6, 2024" under a quote), kept. */
function isDateLine(text: string): boolean {
  return text.length < 60 && parseWrittenDate(text) !== null && !/[.!?]$/.test(text) && !/^[—–]/.test(text);
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
