import { createDoc, type Article, type Doc, type Heading } from "../../src/core/doc.js";
import { createSource } from "../../src/core/create-source.js";

/** A Doc whose article body is `text` (paragraphs separated by blank lines), for stage tests. */
export function textDoc(text: string, article: Partial<Article> = {}): Doc {
  const source = createSource("test", new TextEncoder().encode(text), { mediaType: "text/plain" });
  return createDoc(source, {
    title: null,
    authors: [],
    published: null,
    language: "en",
    url: null,
    headings: [] as Heading[],
    text,
    ...article,
  });
}
