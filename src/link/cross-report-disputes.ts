import "../claims/claim.js";
import "../entities/entity.js";
import type { Claim } from "../claims/claim.js";
import type { Doc } from "../core/doc.js";
import { foldName } from "../core/fold-name.js";
import type { ClaimQuery, CorpusDispute, StoredClaim } from "../store/store.js";

/** How far back a denial may answer a claim of another report: a denial comes days after what it denies, not months. */
const windowDays = 7;

/** At least this many topic words shared with a claim's content make a denial an answer to it. */
const sharedWordsNeeded = 2;

// Words too common in reports to say what two sentences are about.
const commonWords = new Set([
  "that", "this", "these", "those", "with", "from", "have", "been", "were", "their", "there", "they", "them", "said", "says", "would",
  "will", "also", "about", "after", "before", "which", "while", "what", "when", "into", "over", "than", "such", "only", "does", "denied",
  "denies", "deny", "claims", "claim", "reports", "allegations", "statement",
]);

/**
 * The report's denials that answer no claim of their own report: those are the ones to look for elsewhere,
 * with the query that asks the store for their candidates (claims by the other parties the denial's sentence
 * names, from the week before the report).
 */
export function denialsToLink(doc: Doc): { readonly denial: Claim; readonly query: ClaimQuery }[] {
  const found = doc.data.claims;
  if (found === undefined) return [];
  const answered = new Set(found.disputes.map((d) => d.denial));
  const entities = new Map((doc.data.entities?.entities ?? []).map((e) => [e.id, e]));
  const side = (id: string): string => {
    let current = id;
    for (let hops = 0; hops < 8; hops++) {
      const parent = entities.get(current)?.memberOf;
      if (parent === undefined) return current;
      current = parent;
    }
    return current;
  };
  const since = doc.article.published === null ? undefined : daysBefore(doc.article.published, windowDays);
  return found.claims.flatMap((denial) => {
    if (denial.stance !== "deny" || denial.negated === true || answered.has(denial.id)) return [];
    const denier = denial.speaker.entity === null ? null : side(denial.speaker.entity);
    const parties = new Set(
      (doc.data.entities?.mentions ?? [])
        .filter((m) => m.start >= denial.evidence.start && m.end <= denial.evidence.end)
        .map((m) => side(m.entity))
        .filter((party) => party !== denier),
    );
    return parties.size === 0 ? [] : [{ denial, query: { speakers: [...parties], since, limit: 200 } }];
  });
}

/**
 * The claims of other reports a denial answers: not denials themselves, by another speaker, sharing the most
 * topic words (at least `sharedWordsNeeded`) with the denial's sentence. Nothing is adjudicated: the link only
 * says that one disputes the other.
 */
export function answeredElsewhere(denial: Claim, denialSentence: string, corpusDenial: string, document: string, candidates: readonly StoredClaim[]): CorpusDispute[] {
  const denialWords = topicWords(denialSentence);
  let best = 0;
  let chosen: string[] = [];
  for (const candidate of candidates) {
    if (candidate.stance === "deny" || candidate.id === corpusDenial || candidate.sources.some((s) => s.document === document)) continue;
    if (denial.speaker.entity !== null && candidate.speakerEntity === denial.speaker.entity) continue;
    const claimWords = topicWords(candidate.content);
    const shared = [...denialWords].filter((w) => claimWords.has(w)).length;
    if (shared < sharedWordsNeeded) continue;
    if (shared > best) {
      best = shared;
      chosen = [candidate.id];
    } else if (shared === best) chosen.push(candidate.id);
  }
  return chosen.map((disputed) => ({ denial: corpusDenial, disputed }));
}

function topicWords(text: string): Set<string> {
  return new Set(foldName(text).split(" ").filter((w) => w.length >= 4 && !commonWords.has(w)));
}

function daysBefore(isoDate: string, days: number): string | undefined {
  const time = Date.parse(isoDate);
  return Number.isNaN(time) ? undefined : new Date(time - days * 86_400_000).toISOString().slice(0, 10);
}
