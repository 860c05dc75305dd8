import type { Annotations } from "../annotate/annotations.js";
import { requireData, withData, withMessages, type Message } from "../core/doc.js";
import type { Span } from "../core/span.js";
import type { Stage } from "../core/stage.js";
import type { Entity, Mention } from "../entities/entity.js";
import { chainOf, claimHolding, indexClaims, speechActs, type ClaimIndex, type SpeechAct } from "./claim-events.js";
import { codeSentence, type SentenceContext } from "./code-sentence.js";
import { findDateExpressions } from "./date-expressions.js";
import type { DraftEvent } from "./draft-event.js";
import { verbStance } from "../lexicon/reporting-verbs.js";
import { eventConfidence } from "./confidence.js";
import { contextsOf } from "./event-context.js";
import type { Event } from "./event.js";
import { isHistorical } from "./historical.js";
import { mainEventsOf } from "./main-events.js";
import { cues } from "./lexicon.js";
import { mergeEvents } from "./merge-events.js";
import { expressionSource, reportAnchor, type ReportAnchor } from "./report-anchor.js";
import { buildSentenceViews, viewsOverlapping, type SentenceView } from "./sentence-view.js";

function sentencesOf(views: readonly SentenceView[], span: Span): number[] {
  return viewsOverlapping(views, span).map((v) => v.sentence.index);
}

/** A speech act joins the lexicon's event for the same words ("called on"), else stands as its own event. */
function addSpeechAct(drafts: DraftEvent[], act: SpeechAct, views: readonly SentenceView[], context: SentenceContext): void {
  const { claim } = act;
  const sentences = sentencesOf(views, claim.evidence);
  const at = drafts.findIndex((d) => d.type === act.type && d.sentences.some((s) => sentences.includes(s)));
  const existing = drafts[at];
  // A warning is a threat only when its words threaten force or restriction, which the lexicon has coded.
  if (!existing && act.type === "THREATEN") return;
  if (existing) {
    drafts[at] = {
      ...existing,
      actors: existing.actors.length > 0 ? existing.actors : [act.actor],
      recipients: existing.recipients.length > 0 || !act.recipient ? existing.recipients : [act.recipient],
    };
    return;
  }
  const cue = claim.cueSpans[0] ?? claim.evidence;
  const evidenceText = context.text.slice(claim.evidence.start, claim.evidence.end);
  const expression = findDateExpressions(evidenceText, context.anchor.day)[0];
  drafts.push({
    type: act.type,
    mode: null,
    actors: [act.actor],
    recipients: act.recipient ? [act.recipient] : [],
    location: null,
    date: expression?.date ?? null,
    datePrecision: expression?.precision ?? null,
    dateText: expression?.text ?? null,
    dateSource: expressionSource(expression, context.anchor),
    dateExplicit: Boolean(expression?.date),
    source: null,
    disputed: false,
    negated: false,
    hypothetical: false,
    trigger: context.text.slice(cue.start, cue.end),
    triggerSpan: cue,
    evidence: claim.evidence,
    evidenceSpans: [claim.evidence],
    sentences,
    heads: [act.type.toLowerCase()],
    anaphoric: false,
    distinct: false,
    partyActs: true,
    partyActedOn: act.recipient !== null,
    symmetric: false,
    // "says the State will have to find resources": a demand read off a modal in the words said, not off a verb that
    // demands, holds only with an addressee named, as an everyday word does.
    everyday: act.type !== "ACCUSE" && verbStance(claim.cue) !== claim.stance,
  });
}

/** A party that reports harm done to it by another is accusing that other (PLOVER ACCUSE). */
function accusationsInReports(drafts: readonly DraftEvent[], claims: ClaimIndex, entities: ReadonlyMap<string, Entity>): SpeechAct[] {
  const acts: SpeechAct[] = [];
  for (const draft of drafts) {
    // Harm that did not happen, or only might, is nobody's fault yet.
    if (draft.negated || draft.hypothetical) continue;
    const claim = draft.source ? claims.claims.find((c) => c.id === draft.source) : undefined;
    const speaker = claim?.speaker.entity;
    if (!claim || !speaker) continue;
    const chain = chainOf(speaker, entities);
    const harmed = draft.recipients.some((r) => chainOf(r, entities).some((id) => chain.includes(id)));
    const culprit = draft.actors.find((a) => !chainOf(a, entities).some((id) => chain.includes(id)));
    if (harmed && culprit) acts.push({ claim, type: "ACCUSE", actor: speaker, recipient: culprit });
  }
  return acts;
}

/** PLOVER: a MOBILIZE in the context of an ASSAULT by the same side is coded as the ASSAULT only. */
function withoutMobilizeInAssault(drafts: readonly DraftEvent[]): DraftEvent[] {
  const assaulters = new Set(drafts.filter((d) => d.type === "ASSAULT" && !d.negated).flatMap((d) => d.actors));
  const assaultSentences = new Set(drafts.filter((d) => d.type === "ASSAULT").flatMap((d) => d.sentences));
  return drafts.filter(
    (d) => d.type !== "MOBILIZE" || !(d.actors.some((a) => assaulters.has(a)) || d.sentences.some((s) => assaultSentences.has(s))),
  );
}

const sidesAnaphor = new RegExp(`\\b(?:${cues.sidesAnaphors.join("|")})\\b`, "iu");

/**
 * "urged both sides", "talks between the warring parties": the sides are those of the latest fight
 * reported before (an ASSAULT with two or more parties).
 */
function withSidesResolved(drafts: readonly DraftEvent[], text: string): DraftEvent[] {
  let sides: string[] = [];
  return drafts.map((draft) => {
    const after = text.slice(draft.triggerSpan.end, draft.evidence.end);
    const resolved =
      draft.recipients.length === 0 && sides.length >= 2 && sidesAnaphor.test(after)
        ? { ...draft, recipients: sides.filter((id) => !draft.actors.includes(id)) }
        : draft;
    const parties = [...new Set([...draft.actors, ...draft.recipients])];
    if (draft.type === "ASSAULT" && !draft.negated && parties.length >= 2) sides = parties;
    return resolved;
  });
}

/** What PLOVER puts beside the event: its contexts (§2.2) and whether it is historical (§2.3). */
interface Setting {
  readonly context: readonly string[];
  readonly historical: boolean;
}

function settingOf(draft: DraftEvent, sentenceContexts: (index: number) => readonly string[], anchor: ReportAnchor): Setting {
  const context = draft.sentences.length === 1 ? sentenceContexts(draft.sentences[0] ?? 0) : [...new Set(draft.sentences.flatMap(sentenceContexts))];
  // Only the report's own date says what lies before its period; the ingest day says nothing.
  const historical = draft.dateExplicit && !anchor.fromIngest && isHistorical(draft.date, draft.datePrecision, anchor.day);
  return { context, historical };
}

/** The contexts of each sentence, read once however many events it holds. */
function contextsBySentence(views: readonly SentenceView[]): (index: number) => readonly string[] {
  let byIndex: Map<number, SentenceView> | null = null;
  const cache = new Map<number, readonly string[]>();
  return (index) => {
    const known = cache.get(index);
    if (known) return known;
    byIndex ??= new Map(views.map((v) => [v.sentence.index, v]));
    const found = contextsOf(byIndex.get(index)?.words ?? []);
    cache.set(index, found);
    return found;
  };
}

/**
 * Event datasets date an event the text does not date by its report's publication day; with no publication
 * date either, and for what is only hypothetical, the event stays undated.
 */
function dated(draft: DraftEvent, anchor: ReportAnchor): Pick<Event, "date" | "datePrecision" | "dateSource"> {
  if (draft.date) return { date: draft.date, datePrecision: draft.datePrecision, dateSource: draft.dateSource };
  // A date the text states but that is no date ("32 March") leaves the event undated rather than dated by the report.
  if (anchor.fromIngest || draft.hypothetical || draft.dateText) return { date: null, datePrecision: null, dateSource: null };
  return { date: anchor.day.toISOString().slice(0, 10), datePrecision: "day", dateSource: "published" };
}

function freeze(draft: DraftEvent, index: number, setting: Setting, anchor: ReportAnchor): Event {
  return {
    id: `event-${index + 1}`,
    type: draft.type,
    mode: draft.mode,
    actor: draft.actors[0] ?? null,
    recipient: draft.recipients[0] ?? null,
    // event.ts: `actors`/`recipients` hold the further ones when the text names several.
    actors: draft.actors.slice(1),
    recipients: draft.recipients.slice(1),
    location: draft.location,
    ...dated(draft, anchor),
    dateText: draft.dateText,
    source: draft.source,
    disputed: draft.disputed,
    negated: draft.negated,
    hypothetical: draft.hypothetical,
    historical: setting.historical,
    ...(setting.context.length > 0 ? { context: setting.context } : {}),
    trigger: draft.trigger,
    evidence: draft.evidence,
    evidenceSpans: draft.evidenceSpans,
    confidence: eventConfidence(draft),
  };
}

function latestPlace(mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>, offset: number, types: readonly string[]): string | null {
  let found: string | null = null;
  for (const m of mentions) {
    if (m.start >= offset) break;
    const type = entities.get(m.entity)?.type;
    if (m.role === "place" && type && types.includes(type)) found = m.entity;
  }
  return found;
}

function sortedMentions(mentions: readonly Mention[]): Mention[] {
  return [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A relative date read against the analysis clock is a guess the reader must be told about. */
function clockDateWarning(event: Event): Message[] {
  if (event.dateSource !== "analysis-time") return [];
  const text = `${event.id}: "${event.dateText ?? ""}" was read against the analysis time, because the report has no publication date`;
  return [{ stage: "events", level: "warning", text, span: event.evidence }];
}

/** PLOVER events: who did what to whom, where and when, stated or reported, one per happening. */
export const eventsStage: Stage = {
  name: "events",
  run(doc, ctx) {
    const annotations: Annotations = requireData(doc, "annotations", "events");
    const found = doc.data.entities ?? { entities: [], mentions: [] };
    const entities = new Map(found.entities.map((e) => [e.id, e]));
    const claims = indexClaims(doc.data.claims);
    const mentions = sortedMentions(found.mentions);
    const views = buildSentenceViews(annotations.sentences, annotations.tokens, mentions, entities, doc.data.syntax);
    const anchor = reportAnchor(doc.article.published, ctx.now);
    const context: SentenceContext = {
      text: doc.article.text,
      anchor,
      claimHolding: (span) => claimHolding(claims, span),
      disputedClaims: claims.disputed,
      placeBefore: (offset, types) => latestPlace(mentions, entities, offset, types),
    };
    const drafts = views.flatMap((view) => codeSentence(view, context));
    const acts = [...speechActs(doc.article.text, claims, views, entities), ...accusationsInReports(drafts, claims, entities)];
    for (const act of acts) addSpeechAct(drafts, act, views, context);
    drafts.sort((a, b) => a.triggerSpan.start - b.triggerSpan.start);
    const merged = mergeEvents(withoutMobilizeInAssault(withSidesResolved(drafts, doc.article.text)), entities);
    const sentenceContexts = contextsBySentence(views);
    const events = merged.map((draft, i) => freeze(draft, i, settingOf(draft, sentenceContexts, anchor), anchor));
    const layout = { text: doc.article.text, title: doc.article.title, headings: doc.article.headings, paragraphs: annotations.paragraphs, sentences: annotations.sentences };
    const mainEvents = mainEventsOf(events, layout);
    return withMessages(withData(doc, "events", { events, mainEvents }), events.flatMap(clockDateWarning));
  },
};
