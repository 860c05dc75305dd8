import hints from "../../data/extract/class-hints.json" with { type: "json" };
import type { HtmlElement } from "./html-tree.js";

const words = (list: readonly string[]): RegExp => new RegExp(`(?:^|[^a-z])(?:${list.join("|")})`, "i");
const tokens = (list: readonly string[]): RegExp => new RegExp(`(?:^|[^a-z0-9])(?:${list.join("|")})(?:$|[^a-z0-9])`, "i");

const negativeWord = words(hints.negativeWords);
const negativeToken = tokens(hints.negativeTokens);
const positiveWord = words(hints.positiveWords);
const proseBoxWord = words(hints.proseBoxWords);
const negativeTags = new Set(hints.negativeTags);
const positiveTags = new Set(hints.positiveTags);

export type Hint = -1 | 0 | 1;

/** How much a hint scales the article-like text under an element. */
export const hintWeight: Record<Hint, number> = { [-1]: 0.5, 0: 1, 1: 1.15 };

/**
 * What an element's tag, class, id and role suggest about its content: -1 boilerplate (nav, comments, share
 * bars…), +1 article, 0 nothing. Only a weight: text density decides. A boilerplate word beats an article
 * word ("related-post", "entry-footer"), and only an explicit articleBody beats both.
 */
export function classHint(element: HtmlElement): Hint {
  let hint = hintCache.get(element);
  if (hint === undefined) {
    hint = computeHint(element);
    hintCache.set(element, hint);
  }
  return hint;
}

// Each element is judged several times (scoring, context, pruning); its attributes never change.
const hintCache = new WeakMap<HtmlElement, Hint>();

function computeHint(element: HtmlElement): Hint {
  const { class: className = "", id = "", role = "" } = element.attrs;
  if (element.attrs.itemprop === "articleBody") return 1;
  if (negativeTags.has(element.tag) || /^(?:navigation|banner|contentinfo|complementary|dialog|menu)$/i.test(role)) return -1;
  const names = `${className} ${id}`;
  if (negativeWord.test(names) || negativeToken.test(names)) return -1;
  return positiveTags.has(element.tag) || positiveWord.test(names) || role === "main" ? 1 : 0;
}

/** Reader comments or a pop-up (cookie notice, modal): the boilerplate that is written as long prose. */
export function isProseBox(element: HtmlElement): boolean {
  return proseBoxWord.test(`${element.attrs.class ?? ""} ${element.attrs.id ?? ""}`);
}
