import type { Article, Source } from "../core/doc.js";
import { DocumentError } from "../core/document-error.js";
import type { Limits } from "../core/limits.js";
import { decodeBytes } from "./decode-bytes.js";
import { detectMediaType } from "./detect-media-type.js";
import { guessLanguage } from "./guess-language.js";
import { htmlArticle } from "./html-article.js";
import { sniffBinary } from "./sniff-binary.js";
import { textArticle } from "./text-article.js";

/**
 * Source bytes → the report: decoded, then read as HTML (densest content subtree) or plain text. Throws
 * DocumentError for binary content and for documents with no article text.
 */
export function extractArticle(source: Source, limits: Limits): Article {
  const binary = sniffBinary(source.bytes);
  if (binary) throw new DocumentError(source.input, `binary content (${binary.name}), not a text or HTML document`);
  const { text } = decodeBytes(source.bytes, source.hints.charset);
  const article = isHtml(source) ? htmlArticle(text, source, limits) : textArticle(text, source);
  if (article.text.trim() === "") throw new DocumentError(source.input, "no article text found");
  return { ...article, language: article.language ?? guessLanguage(article.text) };
}

function isHtml(source: Source): boolean {
  if (/html|xml/i.test(source.mediaType)) return true;
  if (source.mediaType.toLowerCase().startsWith("text/plain")) return false;
  return detectMediaType(source.bytes, source.input) === "text/html";
}
