import type { SourceHints } from "../core/doc.js";
import { cleanAuthors, isBylineLine } from "./clean-authors.js";
import { htmlBlocks, type TextBlock } from "./html-blocks.js";
import { textContent, walkElements, type HtmlDocument, type HtmlElement } from "./html-tree.js";
import { articleObject, jsonLdObjects, personNames } from "./json-ld.js";
import { dateFromUrl, normalizeDate, parseWrittenDate } from "./normalize-date.js";
import { pageTitle } from "./page-title.js";

export interface HtmlMetadata {
  readonly title: string | null;
  readonly authors: readonly string[];
  readonly published: string | null;
  readonly language: string | null;
  readonly url: string | null;
}

const titleMetaKeys = ["og:title", "twitter:title", "sailthru.title", "dc.title"];
const authorMetaKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "byline", "citation_author"];
const dateMetaKeys = [
  "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "published_time",
  "publishdate", "publish-date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
  "dcterms.created", "date", "article.published", "cxenseparse:recs:publishtime", "citation_publication_date",
];

/**
 * Title, authors, date, language and URL from hints, JSON-LD, meta tags and microdata, in that order of trust.
 * `bodyStart` is the index of the article's first block in `blocks` (where the headline is looked for).
 */
export function htmlMetadata(
  doc: HtmlDocument,
  blocks: readonly TextBlock[],
  bodyStart: number,
  hints: SourceHints,
  sourceUrl: string | null,
): HtmlMetadata {
  const metas = metaIndex(doc);
  const ld = articleObject(jsonLdObjects(doc.head.jsonLd));
  const url = canonicalUrl(doc, metas, sourceUrl) ?? sourceUrl;
  const titleSources = {
    ogTitle: firstMeta(metas, titleMetaKeys),
    ldHeadline: typeof ld?.headline === "string" ? ld.headline : null,
    titleTag: doc.head.title,
    siteName: metas.get("og:site_name")?.[0] ?? null,
    blocks,
    bodyStart,
  };
  return {
    title: hints.title ?? pageTitle(titleSources),
    authors: hints.authors ? cleanAuthors(hints.authors) : pageAuthors(doc, blocks, metas, ld),
    published: (hints.published && normalizeDate(hints.published)) ?? pagePublished(doc, blocks, metas, ld, url),
    language: pageLanguage(doc, metas),
    url,
  };
}

function metaIndex(doc: HtmlDocument): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const meta of doc.head.metas) {
    const key = (meta.property ?? meta.name ?? meta.itemprop ?? meta["http-equiv"])?.toLowerCase();
    const content = meta.content?.trim();
    if (!key || !content) continue;
    index.set(key, [...(index.get(key) ?? []), content]);
  }
  return index;
}

function firstMeta(metas: Map<string, string[]>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = metas.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

function pageAuthors(
  doc: HtmlDocument,
  blocks: readonly TextBlock[],
  metas: Map<string, string[]>,
  ld: Record<string, unknown> | null,
): string[] {
  const fromLd = cleanAuthors(personNames(ld?.author ?? ld?.creator));
  if (fromLd.length > 0) return fromLd;
  const fromMeta = cleanAuthors(authorMetaKeys.flatMap((key) => metas.get(key) ?? []));
  if (fromMeta.length > 0) return fromMeta;
  const fromElement = authorsFromElements(doc.root);
  if (fromElement.length > 0) return fromElement;
  for (const block of blocks.slice(0, headerBlocks)) {
    const names = isBylineLine(block.text) ? cleanAuthors([block.text]) : [];
    if (names.length > 0) return names;
  }
  return [];
}

/**
 * The names in the first byline element that has any (an earlier one may be an empty label or an icon): elements
 * that markup declares an author (itemprop, rel) first, then elements with an author or byline class, whose
 * wrapper may also hold the date and the categories. Only declared authors may be lowercase account names
 * ("jdadmin"); a class could be on anything.
 */
function authorsFromElements(root: HtmlElement): string[] {
  const candidates = [...walkElements(root)].filter(isAuthorElement);
  for (const declared of [true, false]) {
    for (const element of candidates) {
      if (declaresAuthor(element) !== declared) continue;
      // One line per block, so that "By Jane Doe" and "Associated Press" in two <div>s do not run together.
      const names = cleanAuthors([htmlBlocks(element).map((block) => block.text).join(" | ")], { accountNames: declared });
      if (names.length > 0) return names;
    }
  }
  return [];
}

function declaresAuthor(element: HtmlElement): boolean {
  return hasToken(element.attrs.itemprop, "author") || hasToken(element.attrs.rel, "author");
}

/** A byline element: microdata or rel=author, or an author/byline class outside related-story and comment boxes. */
function isAuthorElement(element: HtmlElement): boolean {
  if (!declaresAuthor(element) && !/byline|author/i.test(element.attrs.class ?? "")) return false;
  if (textContent(element).length > 120) return false;
  // Classes on <body> and <html> describe the page's layout ("has-sidebar"), not the box the byline is in.
  for (let node: HtmlElement | null = element; node && node.tag !== "body" && node.tag !== "html"; node = node.parent) {
    if (foreignBox.test(`${node.attrs.class ?? ""} ${node.attrs.id ?? ""}`) || node.tag === "aside") return false;
  }
  return true;
}

/** A space-separated attribute value (rel, itemprop) that includes the token. */
function hasToken(value: string | undefined, token: string): boolean {
  return value?.split(/\s+/).includes(token) ?? false;
}

// Bylines and datelines sit near the top of a page: past its first few hundred lines, a date is in the story.
const headerBlocks = 400;
const foreignBox = /related|comment|recommend|teaser|sidebar|widget|footer|more-stories|promo/i;

function pagePublished(
  doc: HtmlDocument,
  blocks: readonly TextBlock[],
  metas: Map<string, string[]>,
  ld: Record<string, unknown> | null,
  url: string | null,
): string | null {
  const candidates = [typeof ld?.datePublished === "string" ? ld.datePublished : null, firstMeta(metas, dateMetaKeys)];
  for (const candidate of candidates) {
    const date = candidate ? normalizeDate(candidate) : null;
    if (date) return date;
  }
  const time = firstElement(doc.root, (element) => element.attrs.itemprop === "datePublished" || (element.tag === "time" && "datetime" in element.attrs));
  const fromTime = time ? normalizeDate(time.attrs.datetime ?? time.attrs.content ?? textContent(time)) : null;
  return fromTime ?? (url ? dateFromUrl(url) : null) ?? visibleDateline(blocks);
}

/**
 * A written-out date in a short line: a byline's "on May 3, 2019" first, then the first dated line from the
 * headline on (a date above the headline more often belongs to something else), then any dated line.
 */
function visibleDateline(blocks: readonly TextBlock[]): string | null {
  const dateOf = (block: TextBlock): string | null => (block.chars < 120 ? parseWrittenDate(block.text) : null);
  const top = blocks.slice(0, headerBlocks);
  const headline = Math.max(0, top.findIndex((block) => block.kind === "heading" && block.level === 1));
  const ordered = [...top.filter((block) => isBylineLine(block.text)), ...top.slice(headline), ...top.slice(0, headline)];
  for (const block of ordered) {
    const date = dateOf(block);
    if (date) return date;
  }
  return null;
}

/** The canonical link or og:url, resolved against the page's own URL when relative; only http(s) URLs count. */
function canonicalUrl(doc: HtmlDocument, metas: Map<string, string[]>, base: string | null): string | null {
  const canonical = doc.head.links.find((link) => link.rel?.toLowerCase() === "canonical")?.href;
  const candidate = canonical?.trim() || metas.get("og:url")?.[0];
  if (!candidate) return null;
  try {
    const url = base ? new URL(candidate, base) : new URL(candidate);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function pageLanguage(doc: HtmlDocument, metas: Map<string, string[]>): string | null {
  const html = firstElement(doc.root, (element) => element.tag === "html");
  const declared = html?.attrs.lang ?? html?.attrs["xml:lang"] ?? metas.get("content-language")?.[0] ?? metas.get("og:locale")?.[0];
  const code = declared?.trim().replace(/_/g, "-").split(/[\s,]/)[0];
  // The primary subtag is what the language stages switch on: "en-US" → "en".
  const primary = code?.split("-")[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

function firstElement(root: HtmlElement, predicate: (element: HtmlElement) => boolean): HtmlElement | null {
  for (const element of walkElements(root)) if (predicate(element)) return element;
  return null;
}
