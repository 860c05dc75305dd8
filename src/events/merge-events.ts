import type { Entity } from "../entities/entity.js";
import { chainOf } from "./claim-events.js";
import type { DraftEvent } from "./draft-event.js";
import type { DatePrecision } from "./event.js";

const precisionRank: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3, decade: 4 };

type Entities = ReadonlyMap<string, Entity>;

/** The headline, a dateline and the lead's first sentences: where a report states what it is about. */
const openingSentences = 4;

/** Unknown on either side, or one side's entity is (part of) the other's: a minister speaks for the state. */
function compatibleIds(a: readonly string[], b: readonly string[], entities: Entities): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const chainsA = a.flatMap((id) => chainOf(id, entities));
  const chainsB = b.flatMap((id) => chainOf(id, entities));
  return a.some((id) => chainsB.includes(id)) || b.some((id) => chainsA.includes(id));
}

function compatibleDates(a: DraftEvent, b: DraftEvent): boolean {
  if (!a.date || !b.date || !a.dateExplicit || !b.dateExplicit) return true;
  const coarser = precisionRank[a.datePrecision ?? "day"] >= precisionRank[b.datePrecision ?? "day"] ? a : b;
  const length = { day: 10, week: 7, month: 7, year: 4, decade: 3 }[coarser.datePrecision ?? "day"];
  return a.date.slice(0, length) === b.date.slice(0, length);
}

function sameHappening(earlier: DraftEvent, later: DraftEvent, entities: Entities): boolean {
  if (earlier.type !== later.type || earlier.negated !== later.negated || earlier.hypothetical !== later.hypothetical) return false;
  if (!compatibleIds(earlier.actors, later.actors, entities) || !compatibleIds(earlier.recipients, later.recipients, entities)) return false;
  if (earlier.location && later.location && earlier.location !== later.location) return false;
  if (!compatibleDates(earlier, later)) return false;
  if (later.distinct) return false;
  if (later.sentences.some((s) => earlier.sentences.includes(s))) return true;
  if (!later.heads.some((h) => earlier.heads.includes(h))) return false;
  const sameActor = earlier.actors.length > 0 && later.actors.some((id) => earlier.actors.includes(id));
  // News opens with its happening, then tells it again with more of its parties: a later mention with the same head
  // and type as one in the opening sentences, where one of the two names no actor, is that happening told again.
  const retold = Math.min(...earlier.sentences) < openingSentences && (earlier.actors.length === 0 || later.actors.length === 0);
  return sameActor || later.anaphoric || retold;
}

function betterDate(a: DraftEvent, b: DraftEvent): DraftEvent {
  if (!b.date) return a;
  if (!a.date) return b;
  if (a.dateExplicit !== b.dateExplicit) return a.dateExplicit ? a : b;
  return precisionRank[b.datePrecision ?? "decade"] < precisionRank[a.datePrecision ?? "decade"] ? b : a;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function combine(a: DraftEvent, b: DraftEvent): DraftEvent {
  const dated = betterDate(a, b);
  // Stated as fact anywhere, the happening is not merely reported; disputed only when every report is.
  const source = a.source && b.source ? a.source : null;
  return {
    ...a,
    mode: a.mode ?? b.mode,
    actors: union(a.actors, b.actors),
    recipients: union(a.recipients, b.recipients).filter((id) => !union(a.actors, b.actors).includes(id)),
    location: a.location ?? b.location,
    date: dated.date,
    datePrecision: dated.datePrecision,
    dateText: dated.dateText ?? a.dateText ?? b.dateText,
    dateSource: dated.dateSource,
    dateExplicit: dated.dateExplicit,
    source,
    disputed: source !== null && a.disputed && b.disputed,
    evidenceSpans: [...a.evidenceSpans, ...b.evidenceSpans.filter((s) => !a.evidenceSpans.some((t) => t.start === s.start && t.end === s.end))],
    sentences: union(a.sentences.map(String), b.sentences.map(String)).map(Number),
    heads: union(a.heads, b.heads),
    partyActs: a.partyActs || b.partyActs,
    partyActedOn: a.partyActedOn || b.partyActedOn,
    symmetric: a.symmetric || b.symmetric,
    // One mention in a word's political sense settles the sense for all.
    everyday: a.everyday && b.everyday,
  };
}

function mergePass(drafts: readonly DraftEvent[], entities: Entities): DraftEvent[] {
  const merged: DraftEvent[] = [];
  for (const draft of drafts) {
    const at = merged.findIndex((m) => sameHappening(m, draft, entities));
    const target = merged[at];
    if (target) merged[at] = combine(target, draft);
    else merged.push(draft);
  }
  return merged;
}

/**
 * One event per happening: a later mention joins the first earlier one it can be the same as. A merge can
 * complete an event (its actor) so that it now matches an earlier one: passes repeat until nothing joins.
 */
export function mergeEvents(drafts: readonly DraftEvent[], entities: Entities): DraftEvent[] {
  let current = mergePass(drafts, entities);
  for (let pass = 0; pass < 3; pass++) {
    const next = mergePass(current, entities);
    if (next.length === current.length) return next;
    current = next;
  }
  return current;
}
