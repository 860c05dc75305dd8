import { isChromeLine } from "./chrome-line.js";
import { textContent, walkElements, type HtmlElement } from "./html-tree.js";
import type { Tally } from "./tally-elements.js";

/**
 * The paragraphs before the article's element that narrowing cut off: walking up from the element to the
 * scope it was narrowed from, the siblings right before each ancestor that are of the same kind (tag and first
 * class) as the article's own paragraphs. A page that wraps its first paragraphs apart from the rest ("read-all"
 * boxes, paywall splits) puts them there; a standfirst or a key-points box is a different kind of element and
 * stays out. The first sibling of another kind (bar chrome lines such as "Read more" and pictures with their
 * captions) ends the run, so nothing farther away comes back.
 */
export function adjacentProse(element: HtmlElement, scope: HtmlElement, tallies: Map<HtmlElement, Tally>): HtmlElement[] {
  const kinds = paragraphKinds(element, tallies);
  const admitted: HtmlElement[] = [];
  for (let node = element; node !== scope && node.parent; node = node.parent) {
    const siblings = node.parent.children.filter((child): child is HtmlElement => typeof child !== "string");
    admitted.push(...sameKindRun(siblings.slice(0, siblings.indexOf(node)).reverse(), kinds, tallies));
  }
  return admitted;
}

function sameKindRun(siblings: readonly HtmlElement[], kinds: ReadonlySet<string>, tallies: Map<HtmlElement, Tally>): HtmlElement[] {
  const run: HtmlElement[] = [];
  for (const sibling of siblings) {
    const tally = tallies.get(sibling)!;
    if (tally.chars === 0 || isChromeLine(textContent(sibling)) || isFigure(sibling, tally)) continue;
    if (!kinds.has(kindOf(sibling)) || tally.content === 0) break;
    run.push(sibling);
  }
  return run;
}

/** The kinds of element that hold article-like text themselves (not through a wrapper): the article's element or those in it. */
function paragraphKinds(element: HtmlElement, tallies: Map<HtmlElement, Tally>): Set<string> {
  const kinds = new Set<string>();
  for (const inner of walkElements(element)) {
    if (tallies.get(inner)!.content > 0 && holdsText(inner)) kinds.add(kindOf(inner));
  }
  return kinds;
}

const mediaTags = new Set(["img", "picture", "figure", "video", "amp-img"]);
// A caption or photo credit is a line or two; more text than this beside a picture is a section of its own.
const maxCaptionChars = 300;

/** A picture with its caption, which sits between paragraphs without ending the story. */
function isFigure(element: HtmlElement, tally: Tally): boolean {
  if (tally.chars > maxCaptionChars) return false;
  for (const inner of walkElements(element)) if (mediaTags.has(inner.tag)) return true;
  return false;
}

function holdsText(element: HtmlElement): boolean {
  return element.children.some((child) => typeof child === "string" && child.trim() !== "");
}

function kindOf(element: HtmlElement): string {
  return `${element.tag}.${element.attrs.class?.trim().split(/\s+/)[0] ?? ""}`;
}
