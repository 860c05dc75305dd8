import type { SyndicationCandidate } from "../store/store.js";
import { estimatedJaccard, sameStoryJaccard } from "./minhash.js";

/**
 * The group a new report joins: the original of the stored candidate most like it, when that one is alike
 * enough to be the same story; null when the report starts a group of its own. Ties go to the earliest stored
 * candidate (the store lists them in storing order), so the outcome does not depend on how rows come back.
 */
export function syndicationOriginal(minhash: string | null, candidates: readonly SyndicationCandidate[]): string | null {
  if (minhash === null) return null;
  let best: { readonly original: string; readonly similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = estimatedJaccard(minhash, candidate.minhash);
    if (similarity >= sameStoryJaccard && similarity > (best?.similarity ?? 0)) best = { original: candidate.original, similarity };
  }
  return best?.original ?? null;
}
