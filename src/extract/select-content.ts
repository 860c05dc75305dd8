import { adjacentProse } from "./adjacent-prose.js";
import { bestContainer } from "./best-container.js";
import { isChromeLine } from "./chrome-line.js";
import { classHint } from "./class-hint.js";
import { isBylineLine } from "./clean-authors.js";
import type { TextBlock } from "./html-blocks.js";
import type { HtmlElement } from "./html-tree.js";
import { articleLinkChars } from "./leading-link.js";
import { endsSentence } from "./punctuation.js";
import { tallyElements, type Tally } from "./tally-elements.js";

/**
 * The article's blocks: finds the element whose subtree holds the most article-like text net of boilerplate
 * (a maximum-subtree score, one linear pass) and the prose right next to it, then drops the link lists,
 * boilerplate-hinted boxes that hold little article-like text, captions and chrome lines inside it.
 */
export function selectContent(root: HtmlElement, blocks: readonly TextBlock[]): TextBlock[] {
  const tallies = tallyElements(root, blocks);
  // A page with no article-like block at all (a table, a list) keeps whatever survives the block filters.
  const container = bestContainer(tallies) ?? { element: root, scope: root };
  const kept = keptElements([container.element, ...adjacentProse(container.element, container.scope, tallies)], tallies);
  return blocks.filter((block) => kept.has(block.owner) && !isBoilerplateBlock(block));
}

/** Elements of the containers whose text may enter the article: everything but the subtrees judged boilerplate. */
function keptElements(containers: readonly HtmlElement[], tallies: Map<HtmlElement, Tally>): Set<HtmlElement> {
  const kept = new Set<HtmlElement>();
  const whole = tallies.get(containers[0]!)!;
  const roots = new Set(containers);
  const stack = [...containers];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (!roots.has(element) && isBoilerplateElement(element, tallies.get(element)!, whole)) continue;
    kept.add(element);
    for (const child of element.children) if (typeof child !== "string") stack.push(child);
  }
  return kept;
}

function isBoilerplateElement(element: HtmlElement, tally: Tally, whole: Tally): boolean {
  if (element.tag === "figcaption") return true;
  if (tally.chars === 0) return false;
  const linkDensity = tally.linkChars / tally.chars;
  // An embedded post (a tweet in a "social-embed" box) is a quotation the article makes, whatever its box is called.
  if (classHint(element) !== -1 || isQuoteEmbed(element)) return linkDensity > 0.5;
  // A boilerplate-named box keeps its text only when that text is mostly prose and a real share of the article.
  const proseShare = tally.content / tally.chars;
  return linkDensity > 0.35 || proseShare < 0.6 || tally.content < 0.3 * whole.content;
}

/** A blockquote, or a box whose only element is one. */
function isQuoteEmbed(element: HtmlElement): boolean {
  const inner = element.children.filter((child): child is HtmlElement => typeof child !== "string");
  return element.tag === "blockquote" || (inner.length === 1 && inner[0]!.tag === "blockquote");
}

/** Leaked markup, a bare URL or a line without a single word: machine text, not prose. */
const machineText = /^(?:<[a-z!/][^>]*>.*|https?:\/\/\S+|[^\p{L}]*)$/su;

function isBoilerplateBlock(block: TextBlock): boolean {
  if (block.kind === "caption" || isChromeLine(block.text) || machineText.test(block.text)) return true;
  const density = articleLinkChars(block) / block.chars;
  if (density > (block.kind === "heading" ? 0.3 : 0.5)) return true;
  return block.chars < 80 && isBylineLine(block.text) && !endsSentence(block.text);
}
