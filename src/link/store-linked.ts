import "./link-stage.js";
import type { Doc } from "../core/doc.js";
import type { CorpusDispute, Store } from "../store/store.js";
import { claimLinks } from "./corpus-claims.js";
import { answeredElsewhere, denialsToLink } from "./cross-report-disputes.js";
import { syndicationOriginal } from "./syndication.js";

/**
 * Stores an analysed report in its place in the corpus: the way ingest, the server and workers store a Doc.
 * The linker asks the store for candidates and decides; the store only persists the decisions.
 */
export async function storeLinked(store: Store, doc: Doc): Promise<"added" | "exists"> {
  if (await store.hasDocument(doc.source.id)) return "exists";
  const link = doc.data.link;
  const candidates = link === undefined || link.bands.length === 0 ? [] : await store.syndicationCandidates(link.bands);
  // Candidates are read outside the insert's transaction: two workers storing two copies at one moment may each
  // start a group.
  const duplicateOf = syndicationOriginal(link?.minhash ?? null, candidates);
  // Only an original is indexed: a copy's bands would lead later copies back to the same original, and a story
  // run by a thousand outlets would make every lookup read a thousand candidates.
  const bands = duplicateOf === null ? (link?.bands ?? []) : [];
  const { claims, disputes } = claimLinks(doc);
  return store.putDocument(doc, { duplicateOf, bands, claims, disputes: [...disputes, ...(await disputesAcrossReports(store, doc, claims))] });
}

/** Links the report's denials that answer nothing in it to the claims of other reports they answer. */
async function disputesAcrossReports(store: Store, doc: Doc, corpusIds: Readonly<Record<string, string>>): Promise<CorpusDispute[]> {
  const found: CorpusDispute[] = [];
  for (const { denial, query } of denialsToLink(doc)) {
    const corpusDenial = corpusIds[denial.id];
    if (corpusDenial === undefined) continue;
    const sentence = doc.article.text.slice(denial.evidence.start, denial.evidence.end);
    found.push(...answeredElsewhere(denial, sentence, corpusDenial, doc.source.id, await store.claims(query)));
  }
  return found;
}
