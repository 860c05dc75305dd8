import { createContext } from "../../src/analyze.js";
import "../../src/annotate/annotations.js";
import "../../src/entities/entity.js";
import "../../src/claims/claim.js";
import { annotateStage } from "../../src/annotate/annotate-stage.js";
import type { Claim, Dispute, Stance } from "../../src/claims/claim.js";
import { withData, type Article, type Doc } from "../../src/core/doc.js";
import type { Span } from "../../src/core/span.js";
import type { Context } from "../../src/core/stage.js";
import type { Entity, EntityType, Mention, MentionRole } from "../../src/entities/entity.js";
import { eventsStage } from "../../src/events/events-stage.js";
import type { Event } from "../../src/events/event.js";
import { textDoc } from "../support/text-doc.js";

/** An entity to place by string search: every whole-word occurrence of each surface form is a mention. */
export interface EntitySpec {
  readonly id: string;
  readonly type: EntityType;
  readonly forms: readonly string[];
  readonly memberOf?: string;
  readonly seatOf?: string;
  /** Defaults to "place" for cities, regions and places, else "actor". */
  readonly role?: MentionRole;
}

export interface ClaimSpec {
  readonly id: string;
  readonly speaker: string | null;
  readonly cue: string;
  readonly content: string;
  readonly stance: Stance;
}

const placeTypes = new Set<EntityType>(["city", "region", "place"]);
const wordChar = /[\p{L}\p{N}]/u;

function occurrences(text: string, form: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + form.length] ?? " ";
    if (!wordChar.test(before) && !wordChar.test(after)) found.push(at);
  }
  return found;
}

function sentenceAt(doc: Doc, offset: number): number {
  return doc.data.annotations?.sentences.find((s) => s.start <= offset && offset < s.end)?.index ?? 0;
}

function placeMentions(doc: Doc, specs: readonly EntitySpec[]): Mention[] {
  const text = doc.article.text;
  const forms = specs.flatMap((spec) => spec.forms.map((form) => ({ spec, form }))).sort((a, b) => b.form.length - a.form.length);
  const mentions: Mention[] = [];
  for (const { spec, form } of forms) {
    for (const start of occurrences(text, form)) {
      const end = start + form.length;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      const role = spec.role ?? (placeTypes.has(spec.type) ? "place" : "actor");
      mentions.push({ start, end, text: form, entity: spec.id, sentence: sentenceAt(doc, start), role });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function spanOf(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length };
}

function placeClaims(doc: Doc, specs: readonly ClaimSpec[]): Claim[] {
  const text = doc.article.text;
  const sentences = doc.data.annotations?.sentences ?? [];
  return specs.map((spec) => {
    const content = spanOf(text, spec.content);
    const cue = spanOf(text, spec.cue, Math.max(0, content.start - 400));
    const inside = sentences.filter((s) => s.start < Math.max(content.end, cue.end) && Math.min(content.start, cue.start) < s.end);
    const evidence = { start: inside[0]?.start ?? content.start, end: inside[inside.length - 1]?.end ?? content.end };
    return {
      id: spec.id,
      speaker: { text: spec.speaker ?? "", entity: spec.speaker, spans: [], resolution: spec.speaker ? "named" : "unknown" },
      cue: spec.cue,
      cueSpans: [cue],
      content: spec.content,
      contentSpans: [content],
      channel: null,
      stance: spec.stance,
      kind: "statement",
      direct: false,
      evidence,
    };
  });
}

/** Annotates `text` and adds hand-placed entity and claim findings, as the earlier stages would. */
export function handDoc(
  text: string,
  entities: readonly EntitySpec[],
  claims: readonly ClaimSpec[] = [],
  disputes: readonly Dispute[] = [],
  article: Partial<Article> = {},
): Doc {
  const annotated = annotateStage.run(textDoc(text, article), testContext());
  const mentions = placeMentions(annotated, entities);
  const found: Entity[] = entities.map((spec) => ({
    id: spec.id,
    name: spec.forms[0] ?? spec.id,
    aliases: spec.forms.slice(1),
    type: spec.type,
    ...(spec.memberOf ? { memberOf: spec.memberOf } : {}),
    ...(spec.seatOf ? { seatOf: spec.seatOf } : {}),
    mentions: mentions.filter((m) => m.entity === spec.id),
  }));
  const withEntities = withData(annotated, "entities", { entities: found, mentions });
  return withData(withEntities, "claims", { claims: placeClaims(withEntities, claims), disputes });
}

export function testContext(now = new Date("2026-01-01T00:00:00Z")): Context {
  return createContext(now);
}

/** Runs the events stage on a hand-built doc. */
export function runEvents(doc: Doc, now?: Date): Doc {
  return eventsStage.run(doc, testContext(now));
}

export function eventsOf(doc: Doc, now?: Date): readonly Event[] {
  return runEvents(doc, now).data.events?.events ?? [];
}
