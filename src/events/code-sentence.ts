import type { Claim } from "../claims/claim.js";
import type { Span } from "../core/span.js";
import { findDateExpressions, type DateExpression } from "./date-expressions.js";
import type { DraftEvent } from "./draft-event.js";
import type { PloverType } from "./event.js";
import { findTriggers, type TriggerHit } from "./find-triggers.js";
import { cues } from "./lexicon.js";
import { readModality, recode, supposedByWording } from "./modality.js";
import { clauseBounds, findParticipants, isPassive } from "./participants.js";
import { expressionSource, type ReportAnchor } from "./report-anchor.js";
import type { SentenceView } from "./sentence-view.js";
import { partyRoles } from "./tree-roles.js";

/** What the sentence coder needs to know about the report around the sentence. */
export interface SentenceContext {
  readonly text: string;
  readonly anchor: ReportAnchor;
  readonly claimHolding: (span: Span) => Claim | undefined;
  readonly disputedClaims: ReadonlySet<string>;
  /** The latest place of one of `types` mentioned before `offset`: what "the region" refers back to. */
  readonly placeBefore: (offset: number, types: readonly string[]) => string | null;
}

const anaphors = new Set(cues.anaphors);
const subjectPronouns = new Set(cues.subjectPronouns);
const anaphoricNouns = new Set(cues.anaphoricNouns);
const distinctModifiers = new Set(cues.distinctModifiers);
const causeLinks = new Set(cues.causeLinks);
const threatModes = cues.threatModes as Record<string, string>;
const denialObjects = new Set(cues.denialObjects);
const dateClauseBreaks = new Set([...cues.clauseBreaks, ...cues.complementizers]);
const clauseBreaks = new Set(cues.clauseBreaks);
const objectOpeners = new Set([...cues.determiners, ...cues.quantifiers]);
const speechFillers = new Set(cues.speechFillers);
const placeAnaphors = cues.placeAnaphors as Record<string, readonly string[]>;

/** "in the region" inside a claim names no place itself: it refers back to the last region named. */
function anaphoricPlace(view: SentenceView, content: Span, context: SentenceContext): string | null {
  for (let i = 1; i < view.words.length; i++) {
    const types = placeAnaphors[view.words[i] ?? ""];
    const token = view.tokens[i];
    if (!types || !token || view.words[i - 1] !== "the" || token.start < content.start || token.end > content.end) continue;
    const place = context.placeBefore(token.start, types);
    if (place) return place;
  }
  return null;
}
/** Claims whose content is a speech act of its own: what they ask or warn of has not happened. */
const irrealisStances = new Set(["demand", "warn", "promise", "question"]);
/** Stances in which a speaker can commit itself to an act of its own. */
const committingStances = new Set(["warn", "promise"]);
/** "it would tighten the naval blockade": the pronoun may stand before the verb group of a noun trigger. */
const intentReach = 7;

function tokenSpan(view: SentenceView, hit: TriggerHit): Span {
  return { start: view.tokens[hit.first]?.start ?? view.sentence.start, end: view.tokens[hit.last]?.end ?? view.sentence.end };
}

function distance(d: DateExpression, span: Span): number {
  return d.start >= span.end ? d.start - span.end : Math.max(0, span.start - d.end);
}

/** The clause as dates see it: commas do not end it ("in the 2020 war, Azerbaijan, …, regained"). */
function dateClause(view: SentenceView, hit: TriggerHit): Span {
  let first = hit.first;
  while (first > 0 && !dateClauseBreaks.has(view.words[first - 1] ?? "")) first--;
  let last = hit.last;
  while (last + 1 < view.words.length && !dateClauseBreaks.has(view.words[last + 1] ?? "")) last++;
  return { start: view.tokens[first]?.start ?? view.sentence.start, end: view.tokens[last]?.end ?? view.sentence.end };
}

/**
 * The date phrase of a trigger: the nearest in its own clause, else the nearest in the sentence that
 * no other trigger stands closer to ("said on Tuesday that this action…").
 */
function dateFor(view: SentenceView, hit: TriggerHit, span: Span, dates: readonly DateExpression[], others: readonly Span[]): DateExpression | undefined {
  const clause = dateClause(view, hit);
  const byDistance = [...dates].sort((a, b) => distance(a, span) - distance(b, span));
  const inClause = byDistance.find((d) => clause.start <= d.start && d.end <= clause.end);
  if (inClause) return inClause;
  return byDistance.find((d) => others.every((o) => distance(d, o) >= distance(d, span)));
}

function objectIsDenied(view: SentenceView, hit: TriggerHit): boolean {
  for (let i = hit.last + 1; i <= Math.min(view.words.length - 1, hit.last + 4); i++) if (denialObjects.has(view.words[i] ?? "")) return true;
  return false;
}

/** A subject pronoun within `reach` words before the trigger, in its clause. */
function pronounSubject(view: SentenceView, hit: TriggerHit, clauseStart: number, reach = 4): boolean {
  for (let i = Math.max(clauseStart, hit.first - reach); i < hit.first; i++) if (subjectPronouns.has(view.words[i] ?? "")) return true;
  return false;
}

function headOf(hit: TriggerHit): string {
  const words = hit.entry.w.split(" ");
  return (hit.noun ? words[words.length - 1] : words[0]) ?? hit.entry.w;
}

function refersBack(view: SentenceView, hit: TriggerHit): boolean {
  if (anaphors.has(view.words[hit.first - 1] ?? "")) return true;
  return view.words.some((w, i) => anaphors.has(w) && w !== "the" && anaphoricNouns.has(view.words[i + 1] ?? ""));
}

/** "subsequent operations"; or "the strikes were a response to attacks on…": the cause is another happening. */
function setsApart(view: SentenceView, hit: TriggerHit, previous: TriggerHit | undefined): boolean {
  for (let i = hit.first - 1; i >= Math.max(0, hit.first - 3); i--) if (distinctModifiers.has(view.words[i] ?? "")) return true;
  for (let i = hit.first - 1; previous && i > previous.last; i--) if (causeLinks.has(view.words[i] ?? "")) return true;
  return false;
}

/** A governing verb's complement runs through its "that"-clause to the next clause break or comma. */
function complementEnd(view: SentenceView, governor: TriggerHit): number {
  let end = governor.last;
  while (end + 1 < view.words.length) {
    const next = view.words[end + 1] ?? "";
    if (next === "," || (clauseBreaks.has(next) && end > governor.last)) break;
    end++;
  }
  return end;
}

/**
 * ", killing dozens of fighters": an -ing form after a comma that takes an object is the consequence of the
 * event before it, also when the lexicon reads the word as a noun ("killing").
 */
function isConsequence(view: SentenceView, hit: TriggerHit): boolean {
  if (hit.form === "gerund") return true;
  if (!hit.noun || !(view.words[hit.first] ?? "").endsWith("ing")) return false;
  const next = view.words[hit.last + 1] ?? "";
  return objectOpeners.has(next) || /^\d/u.test(next) || view.mentionAt.has(hit.last + 1);
}

/**
 * Triggers that are part of another trigger's event: the complement of a governing verb ("threatened
 * to shell"), a purpose infinitive after an event ("launched an operation to regain"), a consequence
 * participle ("…, injuring several soldiers").
 */
function absorbedBy(view: SentenceView, hit: TriggerHit, kept: readonly TriggerHit[]): TriggerHit | "dropped" | null {
  const previous = kept[kept.length - 1];
  // "condemned the attacks and urged…": a verb joined by "and" is a predicate of its own, not a complement.
  const coordinated = view.words[hit.first - 1] === "and" && !hit.noun;
  for (const governor of coordinated ? [] : kept) {
    if (!governor.entry.governs) continue;
    if (hit.first > governor.last && hit.first <= complementEnd(view, governor)) return governor;
  }
  if (previous && view.words[hit.first - 1] === "to") return "dropped";
  if (previous && view.words[hit.first - 1] === "," && isConsequence(view, hit)) return "dropped";
  return null;
}

/**
 * "…, its foreign minister insisted (on Monday).": a demanding or warning verb with nothing after it but
 * time words reports the sentence before it; it asks for nothing.
 */
function onlyReports(view: SentenceView, hit: TriggerHit): boolean {
  if (!hit.entry.governs || !(hit.type === "REQUEST" || hit.type === "THREATEN")) return false;
  for (let i = hit.last + 1; i < view.words.length; i++) {
    const word = view.words[i] ?? "";
    if (/[\p{L}\p{N}]/u.test(word) && !speechFillers.has(word)) return false;
  }
  return true;
}

function cautionedAbout(view: SentenceView, hit: TriggerHit): boolean {
  return view.words[hit.first - 1] === "against" || supposedByWording(view.words, hit.first);
}

/** The events one sentence states, one draft per trigger that is not part of another. */
export function codeSentence(view: SentenceView, context: SentenceContext): DraftEvent[] {
  const hits = findTriggers(view);
  if (hits.length === 0) return [];
  const dates = findDateExpressions(context.text.slice(view.sentence.start, view.sentence.end), context.anchor.day).map((d) => ({
    ...d,
    start: d.start + view.sentence.start,
    end: d.end + view.sentence.start,
  }));
  const kept: TriggerHit[] = [];
  const complements = new Map<TriggerHit, PloverType>();
  for (const hit of hits) {
    const absorber = absorbedBy(view, hit, kept);
    if (absorber === null) kept.push(hit);
    // "warned of possible attacks", "warned Iran against attacking" are cautions: only an act the speaker
    // means makes the warning a threat.
    else if (absorber !== "dropped" && !complements.has(absorber) && !cautionedAbout(view, hit)) complements.set(absorber, hit.type);
  }
  const drafts: DraftEvent[] = [];
  const spans = kept.map((hit) => tokenSpan(view, hit));
  for (const hit of kept) {
    const needed = hit.entry.needsComplement;
    const complement = complements.get(hit);
    // "warned that famine could spread" is a caution, not a threat.
    if (needed && !(complement && needed.includes(complement))) continue;
    if (!complement && onlyReports(view, hit)) continue;
    const span = tokenSpan(view, hit);
    const expression = dateFor(view, hit, span, dates, spans.filter((o) => o.start !== span.start));
    const next = kept.find((other) => other.first > hit.last)?.first ?? Infinity;
    const previous = kept.filter((other) => other.last < hit.first).pop();
    const draft = draftFor(view, { hit, complement, expression, previous }, context, next);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

/** One kept trigger with what the sentence around it adds: its complement's type, its date, the trigger before it. */
interface CodedHit {
  readonly hit: TriggerHit;
  readonly complement: PloverType | undefined;
  readonly expression: DateExpression | undefined;
  readonly previous: TriggerHit | undefined;
}

/** Whether the sentence names a party in each role: the entities found, else what the parse shows. */
function partiesNamed(view: SentenceView, hit: TriggerHit, actors: readonly string[], recipients: readonly string[]): Pick<DraftEvent, "partyActs" | "partyActedOn"> {
  const tree = view.syntax ? partyRoles(view.syntax, view, hit) : { actor: false, recipient: false };
  return { partyActs: actors.length > 0 || tree.actor, partyActedOn: recipients.length > 0 || tree.recipient };
}

function draftFor(view: SentenceView, found: CodedHit, context: SentenceContext, nextTrigger: number): DraftEvent | null {
  const { hit, complement, expression, previous } = found;
  const span = tokenSpan(view, hit);
  // Rejecting allegations is a denial, which is a claim and not an event.
  if (hit.type === "REJECT" && objectIsDenied(view, hit)) return null;
  const claim = context.claimHolding(span);
  const speechAct = hit.type === "REQUEST" || hit.type === "THREATEN";
  const { start } = clauseBounds(view, hit);
  const modality = readModality(view, hit, start);
  const coded = recode(hit.type, hit.mode, modality);
  // "NATO said it would tighten the blockade": the speaker's own announced act is its threat or promise.
  const ownIntent = claim !== undefined && committingStances.has(claim.stance) && coded.type !== hit.type && pronounSubject(view, hit, start, intentReach);
  if (claim && irrealisStances.has(claim.stance) && !speechAct && !ownIntent) return null;
  // What a speaker denies is reported as not having happened: kept, negated, with the denial as its source.
  const denied = claim?.stance === "deny";
  const mode = coded.type === "THREATEN" && complement ? (threatModes[complement] ?? coded.mode) : coded.mode;
  const content = claim?.contentSpans.find((s) => s.start <= span.start && span.end <= s.end) ?? null;
  const participants = findParticipants(view, hit, content, nextTrigger);
  // A demand's or threat's own speaker acts; so does the speaker referred to by a pronoun ("its aircraft had bombed").
  // "said its base was attacked": in a passive the pronoun's owner is the target, not the actor.
  const speakerActs = Boolean(claim?.speaker.entity) && (speechAct || (pronounSubject(view, hit, start) && !isPassive(view, hit)));
  const actors = participants.actors.length > 0 || !speakerActs || !claim?.speaker.entity ? participants.actors : [claim.speaker.entity];
  const reported = claim && (claim.stance === "assert" || denied) && !speechAct ? claim.id : null;
  return {
    type: coded.type,
    mode,
    actors,
    recipients: participants.recipients,
    location: participants.location ?? (content ? anaphoricPlace(view, content, context) : null),
    date: expression?.date ?? null,
    datePrecision: expression?.precision ?? null,
    dateText: expression?.text ?? null,
    dateSource: expressionSource(expression, context.anchor),
    dateExplicit: Boolean(expression?.date),
    source: reported,
    disputed: reported !== null && context.disputedClaims.has(reported),
    negated: coded.negated || denied,
    hypothetical: modality.hypothetical && coded.type === hit.type && !coded.negated && !denied,
    trigger: context.text.slice(span.start, span.end),
    triggerSpan: span,
    evidence: { start: view.sentence.start, end: view.sentence.end },
    evidenceSpans: [{ start: view.sentence.start, end: view.sentence.end }],
    sentences: [view.sentence.index],
    heads: [headOf(hit)],
    anaphoric: refersBack(view, hit),
    distinct: setsApart(view, hit, previous),
    ...partiesNamed(view, hit, actors, participants.recipients),
    symmetric: Boolean(hit.entry.symmetric),
    everyday: Boolean(hit.entry.everyday),
  };
}
