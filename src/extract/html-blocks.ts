import type { HtmlElement, HtmlNode } from "./html-tree.js";

export type BlockKind = "heading" | "paragraph" | "item" | "caption" | "preformatted";

/** A run of text between block boundaries: a paragraph, heading, list item, table cell… */
export interface TextBlock {
  readonly text: string;
  /** Non-space characters, and how many of them are inside links. */
  readonly chars: number;
  readonly linkChars: number;
  /** Characters of the link the block opens with (a linked headline), 0 when it opens with plain text. */
  readonly leadingLinkChars: number;
  readonly kind: BlockKind;
  /** Heading level 1–6, 0 for other kinds. */
  readonly level: number;
  /** The nearest block-level element around the text. */
  readonly owner: HtmlElement;
  /** The whole block is bold/strong text (often a subheading written as a paragraph). */
  readonly emphasized: boolean;
}

const blockTags = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
  "tfoot", "thead", "tr", "ul", "#root",
]);
const emphasisTags = new Set(["b", "strong"]);

interface Pending {
  readonly parts: string[];
  linkChars: number;
  leadingLinkChars: number;
  /** Plain text or a second link has been seen: the leading link, if any, is complete. */
  leadClosed: boolean;
  emphasizedChars: number;
}

/** Splits the tree into text blocks in document order, iteratively. */
export function htmlBlocks(root: HtmlElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  const owners: HtmlElement[] = [root];
  let pending: Pending = { parts: [], linkChars: 0, leadingLinkChars: 0, leadClosed: false, emphasizedChars: 0 };
  let linkDepth = 0;
  let emphasisDepth = 0;
  let preDepth = 0;
  const flush = (): void => {
    const owner = owners[owners.length - 1]!;
    const raw = pending.parts.join("");
    const text = preDepth > 0 ? raw.replace(/^\n+|\s+$/g, "") : raw.replace(/\s+/g, " ").trim();
    if (text !== "") blocks.push(makeBlock(text, pending, owner, preDepth > 0));
    pending = { parts: [], linkChars: 0, leadingLinkChars: 0, leadClosed: false, emphasizedChars: 0 };
  };
  // Entries are nodes to enter, or elements to leave (wrapped so the two are told apart).
  const stack: (HtmlNode | { leave: HtmlElement })[] = [root];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (typeof entry === "string") {
      pending.parts.push(entry);
      const visible = visibleLength(entry);
      if (linkDepth > 0) pending.linkChars += visible;
      if (visible > 0 && linkDepth === 0) pending.leadClosed = true;
      if (linkDepth > 0 && !pending.leadClosed) pending.leadingLinkChars += visible;
      if (emphasisDepth > 0) pending.emphasizedChars += visible;
      continue;
    }
    if ("leave" in entry) {
      const element = entry.leave;
      if (element.tag === "a") {
        linkDepth -= 1;
        if (pending.leadingLinkChars > 0) pending.leadClosed = true;
      }
      else if (emphasisTags.has(element.tag)) emphasisDepth -= 1;
      if (blockTags.has(element.tag)) {
        flush();
        owners.pop();
        if (element.tag === "pre") preDepth -= 1;
      }
      continue;
    }
    if (entry.tag === "a") linkDepth += 1;
    else if (emphasisTags.has(entry.tag)) emphasisDepth += 1;
    // Table cells are words of their row's line, not blocks of their own.
    else if (entry.tag === "img" || entry.tag === "input" || entry.tag === "td" || entry.tag === "th") pending.parts.push(" ");
    if (blockTags.has(entry.tag)) {
      flush();
      owners.push(entry.tag === "br" ? owners[owners.length - 1]! : entry);
      if (entry.tag === "pre") preDepth += 1;
    }
    stack.push({ leave: entry });
    for (let i = entry.children.length - 1; i >= 0; i -= 1) stack.push(entry.children[i]!);
  }
  flush();
  return blocks;
}

function makeBlock(text: string, pending: Pending, owner: HtmlElement, preformatted: boolean): TextBlock {
  const headingLevel = /^h([1-6])$/.exec(owner.tag);
  const kind: BlockKind = headingLevel
    ? "heading"
    : preformatted
      ? "preformatted"
      : owner.tag === "figcaption" || owner.tag === "caption"
        ? "caption"
        : owner.tag === "li" || owner.tag === "dd" || owner.tag === "dt" || owner.tag === "tr"
          ? "item"
          : "paragraph";
  const visible = visibleLength(text);
  return {
    text,
    chars: visible,
    linkChars: Math.min(pending.linkChars, visible),
    leadingLinkChars: Math.min(pending.leadingLinkChars, visible),
    kind,
    level: headingLevel ? Number(headingLevel[1]) : 0,
    owner,
    emphasized: pending.emphasizedChars >= 0.9 * visible,
  };
}

function visibleLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 160) count += 1;
  }
  return count;
}
