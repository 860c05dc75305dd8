import { XMLParser, XMLValidator } from "fast-xml-parser";
import { createSource } from "../../core/create-source.js";
import { DocumentError } from "../../core/document-error.js";
import type { SourceHints } from "../../core/doc.js";
import type { IngestResult } from "../ingest-result.js";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ["item", "entry", "link", "author", "dc:creator", "category"].includes(name),
});

/**
 * RSS 2.0 / RSS 1.0 / Atom: each item becomes an HTML document with its link, date and author as hints.
 * Full content from `content:encoded` (or Atom `content`) when present, else the summary.
 */
export function* feedSources(input: string, bytes: Uint8Array): Generator<IngestResult> {
  const xml = new TextDecoder().decode(bytes);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    yield { ok: false, error: new DocumentError(input, `feed XML is not well-formed (line ${valid.err.line}: ${valid.err.msg})`) };
    return;
  }
  const root = parser.parse(xml) as Node;
  const items = feedItems(root);
  if (items.length === 0) {
    yield { ok: false, error: new DocumentError(input, "feed has no items") };
    return;
  }
  for (const [index, item] of items.entries()) {
    const name = `${input}#item ${index + 1}`;
    const body = text(item["content:encoded"]) ?? text(item.content) ?? text(item.description) ?? text(item.summary);
    if (!body) {
      yield { ok: false, error: new DocumentError(name, "feed item has no content") };
      continue;
    }
    const title = text(item.title);
    const html = `<html><head>${title ? `<title>${escapeHtml(title)}</title>` : ""}</head><body><article>${body}</article></body></html>`;
    yield { ok: true, source: createSource(name, new TextEncoder().encode(html), { mediaType: "text/html", url: itemLink(item), hints: itemHints(item) }) };
  }
}

function feedItems(root: Node): Node[] {
  const rss = root.rss as Node | undefined;
  const channel = rss?.channel as Node | undefined;
  const rdf = root["rdf:RDF"] as Node | undefined;
  const atom = root.feed as Node | undefined;
  return ((channel?.item ?? rdf?.item ?? atom?.entry ?? []) as Node[]).filter((item) => typeof item === "object");
}

function itemHints(item: Node): SourceHints {
  const title = text(item.title);
  const published = text(item.pubDate) ?? text(item.published) ?? text(item["dc:date"]) ?? text(item.updated);
  const authors = [...asArray(item.author), ...asArray(item["dc:creator"])]
    .map((a) => (typeof a === "object" && a !== null ? text((a as Node).name) : text(a)))
    .filter((a): a is string => Boolean(a));
  return { ...(title && { title }), ...(published && { published: toIsoDate(published) }), ...(authors.length > 0 && { authors }) };
}

function itemLink(item: Node): string | null {
  for (const link of asArray(item.link)) {
    if (typeof link === "string") return link.trim();
    const node = link as Node;
    const href = text(node["@href"]);
    if (href && (node["@rel"] === undefined || node["@rel"] === "alternate")) return href;
  }
  return text(item.guid) ?? null;
}

function text(value: unknown): string | undefined {
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || undefined;
  if (value && typeof value === "object" && "#text" in value) return text((value as Node)["#text"]);
  return undefined;
}

const asArray = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** RFC 822 dates of RSS become ISO 8601; anything unparseable is kept as written for the extractor to judge. */
function toIsoDate(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
