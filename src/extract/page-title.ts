import type { TextBlock } from "./html-blocks.js";

/** What a page declares as its title, and the blocks it shows (with the index of the article's first block). */
export interface TitleSources {
  readonly ogTitle: string | null;
  readonly ldHeadline: string | null;
  readonly titleTag: string;
  readonly siteName: string | null;
  readonly blocks: readonly TextBlock[];
  readonly bodyStart: number;
}

/**
 * The headline a reader sees: an h1 that matches the declared title (og:title, JSON-LD headline, <title>, each
 * without its site name); failing that, a headline-like h1 just above or inside the article, since social titles
 * are often reworded for sharing; failing that, the declared title.
 */
export function pageTitle(sources: TitleSources): string | null {
  const siteNames = new Set([...lastPart(sources.titleTag), ...(sources.siteName ? [sources.siteName] : [])].map(squash));
  const declared = [sources.ogTitle, sources.ldHeadline]
    .map((title) => (title ? withoutSiteName(title, siteNames) : null))
    .find((title): title is string => Boolean(title)) ?? headlinePart(sources.titleTag);
  const h1s = sources.blocks.filter((block) => block.kind === "heading" && block.level === 1);
  const headlines = h1s.filter((h1) => isHeadlineSized(h1) && !siteNames.has(squash(h1.text)));
  const matching = declared ? headlines.find((h1) => sameHeadline(h1.text, declared)) : headlines[0];
  // Unconfirmed by the declared title, a linked h1 is more likely a logo or a teaser than the page's headline.
  const unlinked = headlines.filter((h1) => h1.linkChars < 0.5 * h1.chars);
  const title = matching?.text ?? articleHeadline(sources.blocks, sources.bodyStart, unlinked) ?? declared;
  return title ? title.replace(/\s+/g, " ").trim() || null : null;
}

// A headline sits right above the article, past at most a byline, a dateline, a picture and a share bar.
const maxBlocksAboveBody = 40;

/** The last headline-like h1 above the article's first block, or inside the article near its top. */
function articleHeadline(blocks: readonly TextBlock[], bodyStart: number, headlines: readonly TextBlock[]): string | null {
  let found: string | null = null;
  for (const h1 of headlines) {
    const at = blocks.indexOf(h1);
    if (at >= bodyStart - maxBlocksAboveBody && at <= bodyStart + 1) found = h1.text;
  }
  return found;
}

/** Several words: not a logo or a section name. */
function isHeadlineSized(block: TextBlock): boolean {
  const words = block.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  // Scripts written without spaces (Chinese, Japanese, Thai) count characters instead.
  return words >= 3 || block.chars >= 12;
}

/** Most words of the shorter headline occur in the longer: the same headline give or take a site name or kicker. */
function sameHeadline(a: string, b: string): boolean {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const [shorter, longer] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (shorter.length === 0) return false;
  const pool = new Set(longer);
  return shorter.filter((word) => pool.has(word)).length >= 0.8 * shorter.length;
}

const titleSeparator = /\s+[|–—-]\s+|\s+::\s+|\s+·\s+/g;

/** "Headline | Site" → "Headline": drops a first or last part that names the site; a headline's own dashes stay. */
function withoutSiteName(title: string, siteNames: ReadonlySet<string>): string | null {
  let text = title;
  const last = [...text.matchAll(titleSeparator)].pop();
  if (last && siteNames.has(squash(text.slice(last.index + last[0].length)))) text = text.slice(0, last.index);
  const first = [...text.matchAll(titleSeparator)][0];
  if (first && siteNames.has(squash(text.slice(0, first.index)))) text = text.slice(first.index + first[0].length);
  return text.trim() || null;
}

/** The <title>'s headline: its longest separated part ("Opinion | Headline - Site" → "Headline"). */
function headlinePart(titleTag: string): string | null {
  return longest(titleTag.split(titleSeparator)).trim() || null;
}

/** The <title>'s last part when it is not the headline ("Headline | Site" → "Site"), the usual place of a site's name. */
function lastPart(title: string): string[] {
  const parts = title.split(titleSeparator);
  const last = parts[parts.length - 1]!;
  return parts.length > 1 && last !== longest(parts) ? [last] : [];
}

function longest(parts: readonly string[]): string {
  return parts.reduce((found, part) => (part.length > found.length ? part : found), "");
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
