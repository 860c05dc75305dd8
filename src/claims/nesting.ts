import type { Claim } from "./claim.js";

const FIRST_PERSON = new Set(["i", "we", "me", "us", "my", "our"]);

/**
 * "“I think the talks failed,” Pashinyan said": a report inside a quotation is nested in the claim quoting it, even
 * when the quoting cue comes after it, and its "I" or "we" is the quoted speaker.
 */
export function nestInQuotations(claims: readonly Claim[]): Claim[] {
  return claims.map((claim) => {
    const cue = claim.cueSpans[0];
    const outer = cue && claims.find((q) => q !== claim && q.direct && q.contentSpans.some((s) => s.start <= cue.start && cue.end <= s.end));
    if (!outer) return claim;
    const own = FIRST_PERSON.has(claim.speaker.text.toLowerCase()) && claim.speaker.entity === null;
    return {
      ...claim,
      reportedBy: claim.reportedBy ?? outer.id,
      ...(own ? { speaker: { ...claim.speaker, entity: outer.speaker.entity, resolution: outer.speaker.entity ? "anaphor" : claim.speaker.resolution } } : {}),
    };
  });
}
