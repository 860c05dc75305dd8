import type { DraftEvent } from "./draft-event.js";

/**
 * Events at or above this confidence are the ones `sitrep events`, the exports and the store's event queries
 * return by default; `--all` (or `all: true`) returns the rest too.
 */
export const confidentEvent = 0.5;

// The factors below are documented in data/events/README.md ("Confidence"); change both together.
const byRoles = { both: 1, actorOnly: 0.85, recipientOnly: 0.65, neither: 0.3 } as const;
/** A word with common senses outside politics ("provide", "meet", "offer") is an event only with both sides named. */
const everydaySenseWithoutBothSides = 0.5;
/** PLOVER: an assault is by a person, group, state or weapon ("killed in a stampede" is no assault). */
const assaultWithoutAssailant = 0.6;
/** A goal, condition, possibility or question is not an event; it stays in the record, below the threshold. */
const hypothetical = 0.4;
/** Known only through a claim: the report attributes it and does not state it. */
const reportedOnly = 0.9;
const perFurtherMention = 0.05;
const mentionBonusCap = 0.15;

function roleFactor(draft: DraftEvent): number {
  const actor = draft.partyActs;
  // "clashes between X and Y": both sides act, neither is only acted on.
  const recipient = draft.partyActedOn || (draft.symmetric && draft.actors.length >= 2);
  if (actor && recipient) return byRoles.both;
  if (actor) return byRoles.actorOnly;
  return recipient ? byRoles.recipientOnly : byRoles.neither;
}

/**
 * How far an event's own evidence supports it, in [0, 1]: the roles found, times the trigger's sense certainty,
 * times its modality, plus a little for each further mention of the same happening.
 */
export function eventConfidence(draft: DraftEvent): number {
  const roles = roleFactor(draft);
  const sense =
    (draft.everyday && roles < byRoles.both ? everydaySenseWithoutBothSides : 1) *
    (draft.type === "ASSAULT" && !draft.partyActs ? assaultWithoutAssailant : 1);
  const modality = (draft.hypothetical ? hypothetical : 1) * (draft.source ? reportedOnly : 1);
  const repeated = Math.min(mentionBonusCap, perFurtherMention * (draft.evidenceSpans.length - 1));
  return Math.round(Math.min(1, roles * sense * modality + repeated) * 100) / 100;
}
