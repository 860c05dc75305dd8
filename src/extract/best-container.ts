import { classHint, hintWeight, isProseBox } from "./class-hint.js";
import type { HtmlElement } from "./html-tree.js";
import type { Tally } from "./tally-elements.js";

/** The article's element, and the wider best-scoring element it was narrowed down from (the same when not narrowed). */
export interface Container {
  readonly element: HtmlElement;
  readonly scope: HtmlElement;
}

/**
 * The element with the most article-like text net of boilerplate. The hints of its ancestors count too: one
 * long comment is still inside the comments box. A boilerplate name on a wrapper holding most of the page's
 * prose ("content-with-sidebar") is ignored, unless it names comments or a pop-up, whose prose may outweigh a
 * short article.
 */
export function bestContainer(tallies: Map<HtmlElement, Tally>): Container | null {
  const scores = new Map<HtmlElement, number>();
  const context = new Map<HtmlElement, number>();
  const pageContent = tallies.values().next().value?.content ?? 0;
  let best: HtmlElement | null = null;
  let bestScore = 0;
  // Map order is pre-order, so a parent's context is known before its children's.
  for (const [element, tally] of tallies) {
    const parent = element.parent;
    const inherited = parent ? (context.get(parent) ?? 1) * contextWeight(parent, tallies.get(parent)!, pageContent) : 1;
    context.set(element, inherited);
    const score = tally.weighted * inherited - tally.boilerplate;
    scores.set(element, score);
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best && { element: narrowed(best, scores), scope: best };
}

function contextWeight(element: HtmlElement, tally: Tally, pageContent: number): number {
  if (isProseBox(element)) return hintWeight[-1];
  const hint = classHint(element);
  return hint === -1 && tally.content > 0.5 * pageContent ? 1 : hintWeight[hint];
}

const dominantShare = 0.7;

/**
 * Descends while one child keeps most of the best score: the child is then the article, and what the wider
 * element added was a distant block of prose (a modal's terms, an "about us" box) that happened to add up.
 */
function narrowed(container: HtmlElement, scores: Map<HtmlElement, number>): HtmlElement {
  // Measured against the best score, not the parent's, so that small steps down do not add up to a big loss.
  const floor = dominantShare * scores.get(container)!;
  let current = container;
  for (;;) {
    let top: HtmlElement | null = null;
    for (const child of current.children) {
      if (typeof child !== "string" && (top === null || scores.get(child)! > scores.get(top)!)) top = child;
    }
    if (top === null || scores.get(top)! < floor) return current;
    current = top;
  }
}
