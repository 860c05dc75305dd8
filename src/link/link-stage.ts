import { requireData, withData } from "../core/doc.js";
import type { Stage } from "../core/stage.js";
import { bandKeys, minhashSignature, signatureToHex } from "./minhash.js";

/** What the link stage adds: what the corpus linker compares this report by, before it is stored. */
export interface LinkFindings {
  /** The site that published the report (its URL's host without `www.`), or null when it came without a URL. */
  readonly outlet: string | null;
  /** MinHash signature of the body's word 3-shingles, in hex; null for a text too short to compare. */
  readonly minhash: string | null;
  /** The signature's LSH band keys (none without a signature): a stored report sharing one is a candidate copy. */
  readonly bands: readonly string[];
}

declare module "../core/doc.js" {
  interface DocData {
    link: LinkFindings;
  }
}

const isWord = /^[\p{L}\p{N}]/u;

/** Per-report groundwork for corpus linking: the outlet and the signature that finds republished copies. */
export const linkStage: Stage = {
  name: "link",
  run(doc) {
    const { tokens } = requireData(doc, "annotations", "link");
    const words = tokens.filter((t) => isWord.test(t.text)).map((t) => doc.article.text.slice(t.start, t.end));
    const signature = minhashSignature(words);
    const minhash = signature === null ? null : signatureToHex(signature);
    return withData(doc, "link", { outlet: outletOf(doc.article.url ?? doc.source.url), minhash, bands: minhash === null ? [] : bandKeys(minhash) });
  },
};

/** "https://www.reuters.com/world/…" → "reuters.com"; null for no URL or one that does not parse. */
export function outletOf(url: string | null): string | null {
  if (url === null || !URL.canParse(url)) return null;
  const host = new URL(url).hostname.toLowerCase();
  return host === "" ? null : host.replace(/^www\./, "");
}
