import "./link-stage.js";
import type { Doc } from "../core/doc.js";
import type { Store } from "../store/store.js";
import { claimLinks } from "./corpus-claims.js";
import { syndicationOriginal } from "./syndication.js";

/**
 * Stores an analysed report in its place in the corpus: the way ingest, the server and workers store a Doc.
 * The linker asks the store for candidates and decides; the store only persists the decision.
 */
export async function storeLinked(store: Store, doc: Doc): Promise<"added" | "exists"> {
  if (await store.hasDocument(doc.source.id)) return "exists";
  const link = doc.data.link;
  const candidates = link === undefined || link.bands.length === 0 ? [] : await store.syndicationCandidates(link.bands);
  // Two workers storing two copies at the same moment may each start a group; item 10 of issue 13 closes that gap.
  return store.putDocument(doc, { duplicateOf: syndicationOriginal(link?.minhash ?? null, candidates), ...claimLinks(doc) });
}
