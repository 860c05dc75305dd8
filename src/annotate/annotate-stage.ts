import { withData } from "../core/doc.js";
import type { Stage } from "../core/stage.js";
import { findParagraphs } from "./paragraphs.js";
import { findQuotes } from "./quotes.js";
import { findSentences } from "./sentences.js";
import { findTokens } from "./tokens.js";

/** Paragraphs, sentences, tokens and quotes: the structure every later stage reads. */
export const annotateStage: Stage = {
  name: "annotate",
  run(doc) {
    const { text, headings } = doc.article;
    const paragraphs = findParagraphs(text, headings);
    const sentences = findSentences(text, paragraphs);
    const tokens = findTokens(text, sentences);
    const quotes = findQuotes(text, paragraphs);
    return withData(doc, "annotations", { paragraphs, sentences, tokens, quotes });
  },
};
