import { requireData, withData } from "../core/doc.js";
import type { Stage } from "../core/stage.js";
import { simhash } from "./near-duplicates.js";

const isWord = /^[\p{L}\p{N}]/u;

/** Corpus-level linking starts here: the fingerprint the store compares to find republished copies of a story. */
export const linkStage: Stage = {
  name: "link",
  run(doc) {
    const { tokens } = requireData(doc, "annotations", "link");
    const words = tokens.filter((t) => isWord.test(t.text));
    return withData(doc, "link", { fingerprint: simhash(doc.article.text, words) });
  },
};
