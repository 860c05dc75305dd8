import { Parser } from "htmlparser2";

export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
  readonly parent: HtmlElement | null;
}

export type HtmlNode = HtmlElement | string;

/** What the page says about itself outside the body text. */
export interface HtmlHead {
  readonly title: string;
  readonly metas: readonly Readonly<Record<string, string>>[];
  readonly links: readonly Readonly<Record<string, string>>[];
  readonly jsonLd: readonly string[];
}

export interface HtmlDocument {
  readonly root: HtmlElement;
  readonly head: HtmlHead;
}

/** Elements whose content is never article text; JSON-LD scripts are kept aside for metadata. */
const skippedTags = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select", "textarea", "button"]);

/**
 * Parses HTML into a light tree with htmlparser2's streaming callbacks (no recursion, so no stack limit).
 * Elements nested deeper than `maxDepth` are not created: their text goes to the deepest element kept.
 */
export function parseHtml(html: string, maxDepth: number): HtmlDocument {
  const root: HtmlElement = { tag: "#root", attrs: {}, children: [], parent: null };
  const metas: Record<string, string>[] = [];
  const links: Record<string, string>[] = [];
  const jsonLd: string[] = [];
  let title = "";
  let current = root;
  let depth = 0;
  // One entry per open tag: the element created for it, or null for a tag skipped or beyond maxDepth.
  const open: (HtmlElement | null)[] = [];
  let skipping = 0;
  let inTitle = false;
  let scriptText: string[] | null = null;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "meta") metas.push(attrs);
        else if (name === "link") links.push(attrs);
        else if (name === "title" && skipping === 0 && title === "") inTitle = true;
        if (name === "script" && /ld\+json/i.test(attrs.type ?? "")) scriptText = [];
        if (skipping > 0 || skippedTags.has(name) || isHidden(attrs)) {
          skipping += 1;
          open.push(null);
          return;
        }
        if (depth >= maxDepth) {
          open.push(null);
          return;
        }
        const element: HtmlElement = { tag: name, attrs, children: [], parent: current };
        current.children.push(element);
        current = element;
        depth += 1;
        open.push(element);
      },
      ontext(text) {
        if (scriptText) scriptText.push(text);
        else if (inTitle) title += text;
        else if (skipping === 0) current.children.push(text);
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (scriptText && name === "script") {
          jsonLd.push(scriptText.join(""));
          scriptText = null;
        }
        const entry = open.pop();
        if (entry === undefined) return;
        if (entry === null) {
          if (skipping > 0) skipping -= 1;
          return;
        }
        current = entry.parent ?? root;
        depth -= 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(limitNesting(html, 2 * maxDepth));
  return { root, head: { title: title.trim(), metas, links, jsonLd } };
}

const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/g;
// Void elements never nest; these have optional end tags, so counting them would make depth drift upwards.
const flatTags = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
  "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp",
]);

/**
 * Removes the tags nested deeper than `maxDepth` (their text stays), by counting opening and closing tags.
 * htmlparser2 keeps its open-element stack in an array it shifts and unshifts, so 100,000 nested elements
 * would cost it quadratic time; a page within the limit is returned unchanged.
 */
export function limitNesting(html: string, maxDepth: number): string {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(tagPattern)) {
    if (flatTags.has(match[2]!.toLowerCase())) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  if (deepest <= maxDepth) return html;
  depth = 0;
  return html.replace(tagPattern, (tag: string, closing: string, name: string) => {
    if (flatTags.has(name.toLowerCase())) return tag;
    const tooDeep = closing ? depth > maxDepth : depth + 1 > maxDepth;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    return tooDeep ? " " : tag;
  });
}

const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden from readers: structured-data copies, templates, collapsed widgets. */
function isHidden(attrs: Record<string, string>): boolean {
  return "hidden" in attrs || hiddenStyle.test(attrs.style ?? "");
}

/** Every element under `root` in document order, iteratively. */
export function* walkElements(root: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    yield element;
    for (let i = element.children.length - 1; i >= 0; i -= 1) {
      const child = element.children[i];
      if (typeof child !== "string") stack.push(child!);
    }
  }
}

/** The element's text content with whitespace collapsed. */
export function textContent(element: HtmlElement): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") parts.push(node);
    else for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}
