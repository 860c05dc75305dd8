import { isChromeLine } from "./chrome-line.js";
import { classHint, hintWeight } from "./class-hint.js";
import type { TextBlock } from "./html-blocks.js";
import { walkElements, type HtmlElement } from "./html-tree.js";
import { articleLinkChars, opensWithLinkedHeadline } from "./leading-link.js";
import { endsSentence } from "./punctuation.js";

/** Per element: how much article-like and boilerplate-like text its subtree holds. */
export interface Tally {
  /** Characters of article-like blocks, weighted by the class hints on the way up. */
  weighted: number;
  /** Characters of article-like blocks, unweighted. */
  content: number;
  boilerplate: number;
  chars: number;
  linkChars: number;
  blocks: number;
}

/**
 * Every element's tally in two linear passes over the tree (children before parents): sizes first, then
 * article-like and boilerplate characters, with teaser boxes (which need the sizes) counted as boilerplate.
 */
export function tallyElements(root: HtmlElement, blocks: readonly TextBlock[]): Map<HtmlElement, Tally> {
  const tallies = new Map<HtmlElement, Tally>();
  const order = [...walkElements(root)];
  for (const element of order) tallies.set(element, { weighted: 0, content: 0, boilerplate: 0, chars: 0, linkChars: 0, blocks: 0 });
  for (const block of blocks) {
    const tally = tallies.get(block.owner)!;
    tally.chars += block.chars;
    tally.linkChars += articleLinkChars(block);
    tally.blocks += 1;
  }
  sumUp(order, tallies, (tally, parent) => {
    parent.chars += tally.chars;
    parent.linkChars += tally.linkChars;
    parent.blocks += tally.blocks;
  });
  const firstBlocks = firstBlockOfElements(blocks);
  for (const block of blocks) {
    const tally = tallies.get(block.owner)!;
    const content = isTeaser(block, firstBlocks, tallies) ? 0 : contentChars(block);
    tally.content += content;
    tally.weighted += content;
    if (content === 0) tally.boilerplate += boilerplateChars(block);
  }
  sumUp(order, tallies, (tally, parent, element) => {
    tally.weighted *= hintWeight[classHint(element)];
    parent.weighted += tally.weighted;
    parent.content += tally.content;
    parent.boilerplate += tally.boilerplate;
  });
  return tallies;
}

/** Visits every element before its parent (reverse pre-order), handing over the parent's tally. */
function sumUp(
  order: readonly HtmlElement[],
  tallies: Map<HtmlElement, Tally>,
  add: (tally: Tally, parent: Tally, element: HtmlElement) => void,
): void {
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const element = order[i]!;
    const parent = element.parent && tallies.get(element.parent);
    if (parent) add(tallies.get(element)!, parent, element);
  }
}

/** Each element's first text block; walking up stops at the first ancestor already claimed, so this is linear. */
function firstBlockOfElements(blocks: readonly TextBlock[]): Map<HtmlElement, TextBlock> {
  const first = new Map<HtmlElement, TextBlock>();
  for (const block of blocks) {
    for (let element: HtmlElement | null = block.owner; element && !first.has(element); element = element.parent) {
      first.set(element, block);
    }
  }
  return first;
}

const teaserMaxChars = 600;
// Headline, author, date and summary: a teaser box has few lines, an article (however short) has more.
const teaserMaxBlocks = 4;

/**
 * Text in a small box that opens with a link-only line, next to a sibling box that does the same — a list of
 * headlines linking elsewhere, each with its summary — is a teaser, however sentence-like the summary reads.
 */
function isTeaser(block: TextBlock, firstBlocks: Map<HtmlElement, TextBlock>, tallies: Map<HtmlElement, Tally>): boolean {
  const opensWithLink = (element: HtmlElement): boolean => {
    const first = firstBlocks.get(element);
    return first !== undefined && first.chars >= 15 && first.linkChars >= 0.8 * first.chars;
  };
  for (let element: HtmlElement | null = block.owner; element?.parent; element = element.parent) {
    const tally = tallies.get(element)!;
    if (tally.chars > teaserMaxChars || tally.blocks > teaserMaxBlocks) return false;
    if (firstBlocks.get(element) === block || !opensWithLink(element)) continue;
    const box = element;
    if (box.parent!.children.some((sibling) => typeof sibling !== "string" && sibling !== box && sibling.tag === box.tag && opensWithLink(sibling))) {
      return true;
    }
  }
  return false;
}

/** Characters of a block that read like article prose: long or sentence-final, few links. */
function contentChars(block: TextBlock): number {
  const density = articleLinkChars(block) / block.chars;
  if (block.kind === "heading" || block.kind === "caption" || density > 0.5 || isChromeLine(block.text)) return 0;
  if (opensWithLinkedHeadline(block)) return 0;
  if (block.chars >= 80 || (block.chars >= 25 && endsSentence(block.text))) return block.chars * (1 - density);
  // List items, table rows and short <p>s are prose's short relatives: half weight (a table's rows are shorter still).
  const minItemChars = block.owner.tag === "tr" ? 10 : 25;
  if (block.kind === "item" && block.chars >= minItemChars && density < 0.2) return block.chars * 0.5;
  if (block.owner.tag === "p" && block.chars >= 20 && density < 0.2) return block.chars * 0.5;
  return 0;
}

function boilerplateChars(block: TextBlock): number {
  if (block.kind === "heading") return block.linkChars;
  return articleLinkChars(block) / block.chars > 0.5 || isChromeLine(block.text) ? block.chars : block.chars / 2;
}
