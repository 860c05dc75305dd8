import type { Span } from "./api.js";
import { readerHref } from "./route.js";

type Child = Node | string | null | undefined;

/** An element with attributes and children; text is always a text node, so data never becomes markup. */
export function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined) element.append(typeof child === "string" ? document.createTextNode(child) : child);
  return element;
}

const svgNs = "http://www.w3.org/2000/svg";
export function svg(tag: string, attributes: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) if (child !== null && child !== undefined) element.append(typeof child === "string" ? document.createTextNode(child) : child);
  return element;
}

/** A link to a page an article names, only when it is http(s): never a javascript: or data: URL. */
export function externalLink(url: string | null, text: string): Node {
  if (url === null || !/^https?:\/\//i.test(url)) return document.createTextNode(text);
  return el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, text);
}

/** A clickable item that opens the reader at the sentence it came from. */
export function itemOpening(document: string, span: Span, ...children: Child[]): HTMLElement {
  const item = el("div", { class: "item", "data-document": document }, ...children);
  item.addEventListener("click", (event) => {
    if ((event.target as HTMLElement).closest("a") === null) location.hash = readerHref(document, span);
  });
  return item;
}

export const meta = (...parts: (string | null | undefined)[]) => el("div", { class: "meta" }, parts.filter((p) => p !== null && p !== undefined && p !== "").join(" · "));
