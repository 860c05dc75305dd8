import type { PloverType } from "./event.js";
import type { TriggerHit } from "./find-triggers.js";
import { cues } from "./lexicon.js";
import type { SentenceView } from "./sentence-view.js";

/** How the text holds the happening: as fact, negated, intended, or only possible. */
export interface Modality {
  readonly negated: boolean;
  readonly future: boolean;
  readonly hypothetical: boolean;
  readonly conditional: boolean;
  /** "failed to", "refused to": a refusal, which PLOVER codes as REJECT. */
  readonly refused: boolean;
}

const negators = new Set(cues.negators);
const futureWords = new Set(cues.futureMarkers.filter((w) => w !== "to"));
const intentWords = new Set(cues.intentWords);
const possibilityWords = new Set(cues.possibilityWords);
const conditionalWords = new Set(cues.conditionalWords);
const auxiliaries = new Set([...cues.pastAuxiliaries, ...cues.presentAuxiliaries]);
const lookBack = 4;

function isNegator(word: string): boolean {
  return negators.has(word) || word.endsWith("n't");
}

/** Modality from the few words before the trigger (and, for a noun, the verb group after it). */
export function readModality(view: SentenceView, hit: TriggerHit, clauseStart: number): Modality {
  const { words } = view;
  let negated = false;
  let future = false;
  // "decided whether to strike": a clause opened by whether/if is only considered.
  let hypothetical = possibilityWords.has(words[clauseStart - 1] ?? "");
  let refused = false;
  for (let i = hit.first - 1; i >= Math.max(clauseStart, hit.first - lookBack); i--) {
    const word = words[i] ?? "";
    if (isNegator(word)) negated = true;
    else if (futureWords.has(word)) future = true;
    else if (possibilityWords.has(word)) hypothetical = true;
    else if (word === "to" && intentWords.has(words[i - 1] ?? "")) future = true;
    else if (word === "to" && (words[i - 1] === "failed" || words[i - 1] === "fail" || words[i - 1] === "fails")) refused = true;
  }
  if (hit.noun) {
    // "fighting has not re-emerged", "an attack on the port could…": the verb after the noun carries the modality.
    for (let i = hit.last + 1; i <= Math.min(words.length - 1, hit.last + 5); i++) {
      const word = words[i] ?? "";
      if (isNegator(word) && auxiliaries.has(words[i - 1] ?? "")) negated = true;
      if (possibilityWords.has(word) && !conditionalWords.has(word)) hypothetical = true;
    }
    if (words[hit.first - 1] === "any") hypothetical = true;
  }
  // Inside the if-clause the event is only supposed; a main clause under a condition is a threat or promise.
  let supposed = false;
  for (let i = hit.first - 1; i >= 0 && words[i] !== "," && words[i] !== ";"; i--) if (conditionalWords.has(words[i] ?? "")) supposed = true;
  let conditional = false;
  if (!supposed) for (let i = 0; i < words.length; i++) if (conditionalWords.has(words[i] ?? "")) conditional = true;
  // A condition makes a stated act ("threatened to retaliate if…") no less real; only the supposed one is hypothetical.
  return { negated, future: future && !supposed, hypothetical: hypothetical || supposed || (conditional && !hit.entry.governs), conditional, refused };
}

const coopTypes = new Set<string>(cues.coopTypes);
const conflictTypes = new Set<string>(cues.materialConflictTypes);
const threatModes = cues.threatModes as Record<string, string>;

/** PLOVER's auxiliary-mode rules: intended cooperation is AGREE, an intended retreat CONCEDE, intended force THREATEN, refused cooperation REJECT. */
export function recode(type: PloverType, mode: string | null, modality: Modality): { type: PloverType; mode: string | null; negated: boolean } {
  const cooperative = coopTypes.has(type) || type === "AGREE" || type === "CONCEDE" || type === "RETREAT";
  if ((modality.refused || (modality.negated && modality.future)) && cooperative) return { type: "REJECT", mode: null, negated: false };
  if (modality.negated) return { type, mode, negated: true };
  const intended = modality.future || modality.conditional;
  if (intended && coopTypes.has(type)) return { type: "AGREE", mode: null, negated: false };
  if (intended && type === "RETREAT") return { type: "CONCEDE", mode: null, negated: false };
  if (intended && conflictTypes.has(type)) return { type: "THREATEN", mode: threatModes[type] ?? null, negated: false };
  return { type, mode, negated: false };
}
