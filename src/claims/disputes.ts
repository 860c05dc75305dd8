import type { Mention } from "../entities/entity.js";
import type { Claim, Dispute } from "./claim.js";
import { lexicon } from "./lexicon.js";
import { actingEntity, type EntityIndex } from "./speaker-entity.js";
import { contentWords } from "./stance.js";

const stopWords = new Set([
  "the", "a", "an", "of", "to", "in", "on", "and", "or", "that", "is", "are", "was", "were", "be", "been", "by", "for",
  "from", "with", "as", "at", "it", "its", "this", "these", "those", "not", "has", "have", "had", "will", "would",
  "their", "his", "her", "they", "he", "she", "we", "our", "there", "which", "who", "being", "do", "does", "did",
]);

/**
 * Links each denial to the claim(s) it answers: by the party it names ("the allegations from Baku"), otherwise any
 * other side; then by shared topic words, and accusation against accusation ("allegations", "breaking the ceasefire"
 * answer a claim of an attack). Earlier claims are preferred: a denial answers what was said.
 */
export function linkDisputes(text: string, claims: readonly Claim[], index: EntityIndex): Dispute[] {
  const topics = new Map(claims.map((c) => [c, new Set(topicWords(c.content))]));
  const disputes: Dispute[] = [];
  for (const denial of claims) {
    if (denial.stance !== "deny") continue;
    const context: DenialContext = { denial, party: deniedParty(denial, text, index), claims, topics, index };
    // Claims of a known side first; an anonymous claim only when no side's claim fits.
    const named = answeredClaims(context, true);
    for (const claim of named.length > 0 ? named : answeredClaims(context, false)) disputes.push({ denial: denial.id, disputed: claim.id });
  }
  return disputes;
}

interface DenialContext {
  readonly denial: Claim;
  readonly party: string | null;
  readonly claims: readonly Claim[];
  readonly topics: ReadonlyMap<Claim, ReadonlySet<string>>;
  readonly index: EntityIndex;
}

/** The best-scoring claims the denial may answer, among those with (or without) a speaker entity. */
function answeredClaims({ denial, party, claims, topics, index }: DenialContext, named: boolean): Claim[] {
  const at = claims.indexOf(denial);
  const denialWords = [...(topics.get(denial) ?? [])];
  const { referenceNouns, hostileActs } = lexicon();
  const accusing = denialWords.some((w) => referenceNouns.has(w) || hostileActs.has(w));
  let best = 0;
  let chosen: Claim[] = [];
  for (const [position, claim] of claims.entries()) {
    if (claim === denial || claim.stance === "deny" || claim.negated || claim.reportedBy === denial.id) continue;
    if ((claim.speaker.entity !== null) !== named || !eligible(claim, denial, party, index)) continue;
    const score = topicScore(denialWords, topics.get(claim) ?? new Set(), accusing) - (position > at ? 0.5 : 0);
    if (score > best) {
      best = score;
      chosen = [claim];
    } else if (score === best && score > 0) chosen.push(claim);
  }
  return chosen;
}

function eligible(claim: Claim, denial: Claim, party: string | null, index: EntityIndex): boolean {
  const speaker = claim.speaker.entity;
  if (party) return speaker !== null && sameSide(speaker, party, index);
  return speaker === null || denial.speaker.entity === null || !sameSide(speaker, denial.speaker.entity, index);
}

/** The party a denial names: a mention after "from/by/of" or before "'s" next to a reference word. */
function deniedParty(denial: Claim, text: string, index: EntityIndex): string | null {
  for (const span of denial.contentSpans) {
    for (const mention of index.mentions) {
      if (mention.start < span.start || mention.end > span.end) continue;
      if (namesParty(text, mention)) return actingEntity(mention.entity, index);
    }
  }
  return null;
}

// "the allegations from Baku", "claims made by Baku", "Baku's allegations".
function namesParty(text: string, mention: Mention): boolean {
  const { referenceNouns } = lexicon();
  const before = text.slice(Math.max(0, mention.start - 40), mention.start).toLowerCase();
  const introducedBy = /\b(\p{L}+) (?:\p{L}+ )?(?:from|by|of|made by|issued by) (?:the )?$/u.exec(before);
  if (introducedBy && referenceNouns.has(introducedBy[1] ?? "")) return true;
  const owner = /^['’]s (?:\p{L}+ )?(\p{L}+)/u.exec(text.slice(mention.end, mention.end + 30).toLowerCase());
  return owner !== null && referenceNouns.has(owner[1] ?? "");
}

function sameSide(a: string, b: string, index: EntityIndex): boolean {
  const chain = (id: string) => {
    const ids = [id];
    for (let e = index.byId.get(id); e?.memberOf && ids.length < 6; e = index.byId.get(e.memberOf)) ids.push(e.memberOf);
    return ids;
  };
  const left = chain(a);
  return chain(b).some((id) => left.includes(id));
}

function topicWords(content: string): string[] {
  return contentWords(content).filter((w) => !stopWords.has(w) && w.length > 2);
}

function topicScore(denialWords: readonly string[], words: ReadonlySet<string>, accusing: boolean): number {
  const { hostileActs } = lexicon();
  let score = 0;
  for (const w of denialWords) if (words.has(w) && !hostileActs.has(w)) score += 1;
  // An accusation names more hostile acts than a passing mention does ("anti-terrorist operation").
  if (accusing) score += Math.min(3, [...words].filter((w) => hostileActs.has(w)).length);
  return score;
}
