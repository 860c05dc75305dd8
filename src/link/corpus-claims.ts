import { createHash } from "node:crypto";
import "../claims/claim.js";
import type { Claim } from "../claims/claim.js";
import type { Doc } from "../core/doc.js";
import { foldName } from "../core/fold-name.js";
import type { CorpusDispute } from "../store/store.js";

/**
 * The corpus-wide id of a claim: the same speaker saying the same thing with the same stance is one claim in
 * every report that carries it. The speaker is its entity when resolved, else its words; the content is compared
 * without case, accents or punctuation, so curly and straight quotes or a dropped full stop do not split a claim.
 * A hash of those, so every worker computes the same id without asking anyone.
 */
export function corpusClaimId(claim: Claim): string {
  const speaker = claim.speaker.entity ?? `text:${foldName(claim.speaker.text)}`;
  const key = [speaker, claim.negated === true ? `not ${claim.stance}` : claim.stance, foldName(claim.content)].join("\u0000");
  return `claim:${createHash("sha256").update(key).digest("hex").slice(0, 20)}`;
}

/** The corpus id of each of the report's claims (by its id in the report), and its in-report disputes in corpus ids. */
export function claimLinks(doc: Doc): { readonly claims: Readonly<Record<string, string>>; readonly disputes: readonly CorpusDispute[] } {
  const found = doc.data.claims;
  const claims: Record<string, string> = {};
  for (const claim of found?.claims ?? []) claims[claim.id] = corpusClaimId(claim);
  const disputes = (found?.disputes ?? []).flatMap((d) => {
    const denial = claims[d.denial];
    const disputed = claims[d.disputed];
    return denial === undefined || disputed === undefined ? [] : [{ denial, disputed }];
  });
  return { claims, disputes };
}
