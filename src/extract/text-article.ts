import type { Article, Source } from "../core/doc.js";
import { assembleBody, withoutDanglingHeadings, type BodyPart } from "./assemble-body.js";
import { isChromeLine } from "./chrome-line.js";
import { cleanAuthors } from "./clean-authors.js";
import { normalizeDate } from "./normalize-date.js";
import { endsSentence, endsWithPunctuation } from "./punctuation.js";
import { splitRunInHeading } from "./split-run-in-heading.js";
import { wireDatelineDate } from "./wire-dateline.js";

const maxHeadingChars = 150;

/** A plain-text report: title line, paragraphs, headings (standalone or run-in), trailing page chrome removed. */
export function textArticle(text: string, source: Source): Article {
  const paragraphs = splitParagraphs(text);
  const titleLine = paragraphs[0] !== undefined && looksLikeHeading(paragraphs[0]) ? paragraphs.shift()! : null;
  const { body, signature } = withoutClosingName(withoutTrailingChrome(paragraphs));
  const parts = withoutDanglingHeadings(body.flatMap(toParts));
  const firstParagraph = parts.find((part) => !part.heading)?.text ?? "";
  return {
    title: source.hints.title ?? titleLine,
    authors: cleanAuthors(source.hints.authors ?? (signature ? [signature] : [])),
    published: (source.hints.published ? normalizeDate(source.hints.published) : null) ?? wireDatelineDate(firstParagraph),
    language: null,
    url: source.url,
    ...assembleBody(parts),
  };
}

/** Blank-line separated paragraphs with soft line breaks joined; one paragraph per line when no blank lines exist. */
function splitParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, "\n");
  const chunks = /\n[ \t]*\n/.test(normalized) ? normalized.split(/\n[ \t]*\n/) : normalized.split("\n");
  return chunks.map((chunk) => chunk.replace(/\s+/g, " ").trim()).filter((chunk) => chunk !== "");
}

function looksLikeHeading(line: string): boolean {
  return line.length <= maxHeadingChars && !endsWithPunctuation(line) && /^[\p{Lu}\p{N}"“]/u.test(line);
}

function toParts(paragraph: string): BodyPart[] {
  if (looksLikeHeading(paragraph)) return [{ text: paragraph, heading: true }];
  const split = splitRunInHeading(paragraph);
  if (!split) return [{ text: paragraph, heading: false }];
  return [
    { text: split[0], heading: true },
    { text: split[1], heading: false },
  ];
}

/**
 * Cuts the chrome a copied web page ends with: comment-form lines, "Learn more →", share prompts, and the
 * related-story teasers among them (a teaser headline followed by a bare author-name line).
 */
function withoutTrailingChrome(paragraphs: readonly string[]): string[] {
  let end = paragraphs.length;
  let sawChrome = false;
  while (end > 0) {
    const line = paragraphs[end - 1]!;
    if (isChromeLine(line)) {
      sawChrome = true;
      end -= 1;
    } else if (sawChrome && isBareName(line)) {
      end -= 1;
      const teaser = paragraphs[end - 1];
      if (teaser !== undefined && isTeaserHeadline(teaser)) end -= 1;
    } else {
      break;
    }
  }
  return paragraphs.slice(0, end);
}

/**
 * A bare name closing the text. After a finished paragraph it is the report's signature, and names its author;
 * after a headline-like line it is the byline of a related-story teaser, page chrome like the headline above it.
 */
function withoutClosingName(paragraphs: readonly string[]): { body: readonly string[]; signature: string | null } {
  const last = paragraphs[paragraphs.length - 1];
  const name = last === undefined ? null : signedName(last);
  const before = paragraphs[paragraphs.length - 2];
  if (name === null || before === undefined) return { body: paragraphs, signature: null };
  if (endsSentence(before)) return { body: paragraphs.slice(0, -1), signature: name };
  return { body: isTeaserHeadline(before) ? paragraphs.slice(0, -2) : paragraphs.slice(0, -1), signature: null };
}

/** "Jean Harris", "— Jean Harris", "By Jean Harris": the name alone on its line, else null. */
function signedName(line: string): string | null {
  const name = line.replace(/^(?:[—–-]\s*|by\s+)/i, "");
  return isBareName(name) ? name : null;
}

/** "Jean Harris": two to four capitalised words and nothing else. */
function isBareName(line: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(line);
}

/** One short line of at most one sentence: a headline, not a paragraph. */
function isTeaserHeadline(line: string): boolean {
  return line.length <= maxHeadingChars && (line.match(/[.!?](?:\s|$)/g) ?? []).length <= 1;
}
