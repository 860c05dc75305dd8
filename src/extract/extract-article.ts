import { createDoc, withMessages, type Article, type Doc, type Source } from "../core/doc.js";
import { DocumentError } from "../core/document-error.js";
import type { Limits } from "../core/limits.js";
import { decodeBytes, type DecodedText } from "./decode-bytes.js";
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
  return readArticle(source, limits).article;
}

/** The Doc that starts the pipeline: the article, with a warning when decoding had to guess or replace bytes. */
export function extractDoc(source: Source, limits: Limits): Doc {
  const { article, decoded } = readArticle(source, limits);
  const doc = createDoc(source, article);
  const warning = decoded.lossy
    ? `some bytes are not valid ${decoded.encoding} and were replaced with U+FFFD`
    : decoded.guessed
      ? `not valid UTF-8 and no charset declared: read as ${decoded.encoding}`
      : null;
  return warning ? withMessages(doc, [{ stage: "extract", level: "warning", text: warning }]) : doc;
}

function readArticle(source: Source, limits: Limits): { article: Article; decoded: DecodedText } {
  const binary = sniffBinary(source.bytes);
  if (binary) throw new DocumentError(source.input, `binary content (${binary.name}), not a text or HTML document`);
  const decoded = decodeBytes(source.bytes, source.hints.charset);
  const article = isHtml(source) ? htmlArticle(decoded.text, source, limits) : textArticle(decoded.text, source);
  if (article.text.trim() === "") throw new DocumentError(source.input, "no article text found");
  return { article: { ...article, language: article.language ?? guessLanguage(article.text) }, decoded };
}

function isHtml(source: Source): boolean {
  if (/html|xml/i.test(source.mediaType)) return true;
  if (source.mediaType.toLowerCase().startsWith("text/plain")) return false;
  return detectMediaType(source.bytes, source.input) === "text/html";
}
