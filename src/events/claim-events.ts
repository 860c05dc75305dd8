import type { Claim, ClaimFindings } from "../claims/claim.js";
import type { Entity } from "../entities/entity.js";
import type { Span } from "../core/span.js";
import type { PloverType } from "./event.js";
import { cues } from "./lexicon.js";
import { canAct } from "./participants.js";
import { viewsOverlapping, type PlacedMention, type SentenceView } from "./sentence-view.js";

/** Claims indexed for the event coder: which claim holds a span, and which claims are the disputed side. */
export interface ClaimIndex {
  readonly claims: readonly Claim[];
  readonly disputed: ReadonlySet<string>;
}

export function indexClaims(findings: ClaimFindings | undefined): ClaimIndex {
  return { claims: findings?.claims ?? [], disputed: new Set((findings?.disputes ?? []).map((d) => d.disputed)) };
}

export function claimHolding(index: ClaimIndex, span: Span): Claim | undefined {
  return index.claims.find((c) => c.contentSpans.some((s) => s.start <= span.start && span.end <= s.end));
}

/** Walks the memberOf chain: an organ's statement speaks for its state. */
export function chainOf(id: string, entities: ReadonlyMap<string, Entity>): string[] {
  const chain = [id];
  let current = entities.get(id);
  for (let depth = 0; current?.memberOf && depth < 5; depth++) {
    chain.push(current.memberOf);
    current = entities.get(current.memberOf);
  }
  return chain;
}

// Only accusing wording makes an assertion an accusation: "In response, Germany said Ukraine would receive air
// defence" answers, it charges nobody.
const accusingCue = new RegExp(`\\b(?:${cues.accusationCues.join("|")})\\b`, "u");

/** A speech act that PLOVER codes as an event, read off a claim. */
export interface SpeechAct {
  readonly claim: Claim;
  readonly type: PloverType;
  readonly actor: string;
  readonly recipient: string | null;
}

function mentionsIn(views: readonly SentenceView[], spans: readonly Span[]): PlacedMention[] {
  return spans.flatMap((s) =>
    viewsOverlapping(views, s).flatMap((v) => v.mentions.filter((pm) => s.start <= pm.mention.start && pm.mention.end <= s.end)),
  );
}

/** The party a speech act is aimed at: named between the cue and the content, else the content's first actor. */
function addressee(claim: Claim, views: readonly SentenceView[], speakerChain: readonly string[], entities: ReadonlyMap<string, Entity>): string | null {
  const cueEnd = Math.max(...claim.cueSpans.map((s) => s.end), claim.evidence.start);
  const contentStart = Math.min(...claim.contentSpans.map((s) => s.start));
  const between = contentStart > cueEnd ? mentionsIn(views, [{ start: cueEnd, end: contentStart }]) : [];
  const inside = mentionsIn(views, claim.contentSpans);
  const party = [...between, ...inside].find((pm) => canAct(pm) && !chainOf(pm.mention.entity, entities).some((id) => speakerChain.includes(id)));
  return party ? (party.entity?.seatOf && party.entity.type !== "country" ? party.entity.seatOf : party.mention.entity) : null;
}

/** Accusing wording outside what is claimed: "accused X of…", "blamed X for…". */
function framedAsAccusation(text: string, claim: Claim): boolean {
  const contentStart = Math.min(...claim.contentSpans.map((s) => s.start), claim.evidence.end);
  const framing = [text.slice(claim.evidence.start, Math.max(claim.evidence.start, contentStart)), ...claim.cueSpans.map((s) => text.slice(s.start, s.end))]
    .join(" ")
    .toLowerCase();
  return accusingCue.test(framing);
}

/**
 * Demands are REQUESTs and warnings THREATENs from the speaker to the addressee; an assertion framed with an
 * accusing cue that names another party is an ACCUSE.
 */
export function speechActs(
  text: string,
  index: ClaimIndex,
  views: readonly SentenceView[],
  entities: ReadonlyMap<string, Entity>,
): SpeechAct[] {
  const acts: SpeechAct[] = [];
  for (const claim of index.claims) {
    const speaker = claim.speaker.entity;
    // "did not demand …" is no demand: a negated claim is no speech act.
    if (!speaker || claim.negated) continue;
    const chain = chainOf(speaker, entities);
    const target = addressee(claim, views, chain, entities);
    if (claim.stance === "demand") acts.push({ claim, type: "REQUEST", actor: speaker, recipient: target });
    else if (claim.stance === "warn") acts.push({ claim, type: "THREATEN", actor: speaker, recipient: target });
    else if (claim.stance === "assert" && target && framedAsAccusation(text, claim)) acts.push({ claim, type: "ACCUSE", actor: speaker, recipient: target });
  }
  return acts;
}
