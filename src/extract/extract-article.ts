import type { Article, Source } from "../core/doc.js";
import type { Limits } from "../core/limits.js";

/** Placeholder until the extractor lands: the bytes as UTF-8 text. */
export function extractArticle(source: Source, _limits: Limits): Article {
  const text = new TextDecoder().decode(source.bytes);
  return { title: null, authors: [], published: null, language: null, url: source.url, headings: [], text };
}
