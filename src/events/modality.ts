import type { PloverType } from "./event.js";
import type { TriggerHit } from "./find-triggers.js";
import { cues, reportingVerbs } from "./lexicon.js";
import type { SentenceView } from "./sentence-view.js";
import type { Syntax } from "../syntax/syntax-layer.js";
import { childrenOf, isRelation, word } from "../syntax/tree.js";
import { triggerHead } from "./tree-roles.js";

/** How the text holds the happening: as fact, negated, intended, or only possible. */
export interface Modality {
  readonly negated: boolean;
  readonly future: boolean;
  readonly hypothetical: boolean;
  readonly conditional: boolean;
  /** "failed to": a refused cooperation, which PLOVER codes as REJECT; any other failed act did not happen. */
  readonly refused: boolean;
  /**
   * Only supposed, not meant by its actor: "could", "is expected to", "fears of an attack", "in case of",
   * a question, "would" outside reported speech. It keeps its type (no PLOVER intent recoding) and is not counted.
   */
  readonly possible: boolean;
}

const negators = new Set(cues.negators);
const futureWords = new Set(cues.futureMarkers.filter((w) => w !== "to"));
const intentWords = new Set(cues.intentWords);
const possibilityWords = new Set(cues.possibilityWords);
const conditionalWords = new Set(cues.conditionalWords);
/** "is expected to", "likely"; "considering sanctions", "a vote on sanctions", "planning an attack". */
const supposingWords = new Set([...cues.expectationWords, ...cues.deliberationWords]);
const denialVerbs = new Set(cues.denialVerbs);
const irrealisHeads = new Set(cues.irrealisHeads);
const reporting = new Set([...reportingVerbs, ...cues.speakingVerbs]);
const auxiliaries = new Set([...cues.pastAuxiliaries, ...cues.presentAuxiliaries]);
/** A denial governs its clause across a "that" ("denied that its troops had shelled…") but not past a comma or clause break. */
const denialScopeEnds = new Set([",", ...cues.clauseBreaks]);
/** Negating phrases as word lists, longest first ("had nothing to do with" before any shorter one). */
const negatingPhrases = cues.negatingPhrases.map((p) => p.split(" ")).sort((a, b) => b.length - a.length);
const plannedParticiples = new Set(cues.plannedParticiples);
const cancellingVerbs = new Set(cues.cancellingVerbs);
const confirmationWords = new Set(cues.confirmationWords);
const prepositions = new Set(cues.prepositions);
const hearsayNouns = new Set(cues.hearsayNouns);
const unconfirmingWords = new Set(cues.unconfirmingWords);
const rumourWords = new Set(cues.rumourWords);
const participationVerbs = new Set(cues.participationVerbs);
const goalVerbs = new Set(cues.goalVerbs);
const lookBack = 4;
/** How far up the tree a trigger's goal clause is looked for: through its object, coordination or complement. */
const goalReach = 4;
/** How far past a noun trigger its own verb group is looked for, within its clause. */
const nounVerbReach = 8;
const nounClauseEnds = new Set([...denialScopeEnds, "that", "and"]);

function isNegator(word: string): boolean {
  return negators.has(word) || word.endsWith("n't");
}

function endsWithPhrase(words: readonly string[], end: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => words[end - phrase.length + 1 + k] === word);
}

/**
 * Where a negating phrase right before the trigger starts, or -1: "stopped short of arresting", "withdrew
 * rather than fight", "ruled out any military action", "had nothing to do with the bombing" (one modifier
 * may stand between).
 */
function negatingPhraseAt(words: readonly string[], first: number, clauseStart: number): number {
  for (let end = first - 1; end >= Math.max(clauseStart + 1, first - 2); end--) {
    if (end < first - 1 && prepositions.has(words[end + 1] ?? "")) break;
    const phrase = negatingPhrases.find((p) => end - p.length + 1 >= clauseStart && endsWithPhrase(words, end, p));
    if (phrase) return end - phrase.length + 1;
  }
  return -1;
}

/** "postponed talks", "the summit was cancelled": a called-off happening did not take place. */
function calledOff(words: readonly string[], hit: TriggerHit): boolean {
  if (!hit.noun) return false;
  for (let i = hit.first - 1; i >= Math.max(0, hit.first - 3); i--) if (cancellingVerbs.has(words[i] ?? "")) return true;
  for (let i = hit.last + 1; i <= Math.min(words.length - 1, hit.last + 6) && !denialScopeEnds.has(words[i] ?? ""); i++) {
    if (cancellingVerbs.has(words[i] ?? "")) return true;
  }
  return false;
}

/** "Fears of an attack", "hopes for a truce", "in case of riots": the noun names what might happen. */
function underIrrealisHead(words: readonly string[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(1, first - lookBack); i--) if ((words[i] === "of" || words[i] === "for") && irrealisHeads.has(words[i - 1] ?? "")) return true;
  return false;
}

/** "denied carrying out the bombing", "denied that its troops had shelled…": the denied act did not happen. */
function deniedBefore(words: readonly string[], first: number): boolean {
  for (let i = first - 1; i >= 0 && !denialScopeEnds.has(words[i] ?? ""); i--) if (denialVerbs.has(words[i] ?? "")) return true;
  return false;
}

/** "there is no evidence that…", "could not confirm that…": what follows is unverified, not stated as fact. */
function unconfirmed(words: readonly string[], first: number): boolean {
  for (let i = first - 1; i >= 1 && !denialScopeEnds.has(words[i] ?? ""); i--) {
    if (confirmationWords.has(words[i] ?? "") && (isNegator(words[i - 1] ?? "") || isNegator(words[i - 2] ?? ""))) return true;
  }
  return false;
}

/**
 * "rumours that the army had arrested…", "unconfirmed reports said jets had bombed…": the act is only
 * hearsay. A report that merely attributes ("the UN report said…"), or one confirmed, is not.
 */
function hearsay(words: readonly string[], first: number): boolean {
  for (let i = first - 1; i >= 0 && words[i] !== "," && words[i] !== ";"; i--) {
    if (!hearsayNouns.has(words[i] ?? "")) continue;
    // "confirmed reports that…" is confirmation; "could not confirm reports that…" is caught as unconfirmed.
    if (confirmationWords.has(words[i - 1] ?? "")) return false;
    if (words[i + 1] === "that" || unconfirmingWords.has(words[i - 1] ?? "")) return true;
  }
  return sourcedToHearsay(words);
}

/** "…, unconfirmed reports said.", "According to rumours, …": the whole sentence rests on hearsay. */
function sourcedToHearsay(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? "";
    if (hearsayNouns.has(word) && unconfirmingWords.has(words[i - 1] ?? "")) return true;
    if (rumourWords.has(word) && words[i - 1] === "to" && words[i - 2] === "according") return true;
  }
  return false;
}

/** A possibility, expectation, deliberation or question word shortly before the trigger: the event is only supposed. */
export function supposedByWording(words: readonly string[], first: number, clauseStart = 0): boolean {
  if (words[words.length - 1] === "?" || underIrrealisHead(words, first)) return true;
  for (let i = first - 1; i >= Math.max(clauseStart, first - lookBack); i--) {
    const word = words[i] ?? "";
    if ((possibilityWords.has(word) && !conditionalWords.has(word)) || supposingWords.has(word)) return true;
  }
  return false;
}

/** How far back the trigger's modal words may stand: past a participation verb ("will not take part in the talks"). */
function modalityReachStart(words: readonly string[], hit: TriggerHit): number {
  if (!hit.noun) return hit.first - lookBack;
  for (let i = hit.first - 1; i >= hit.first - lookBack; i--) if (participationVerbs.has(words[i] ?? "")) return i - lookBack;
  return hit.first - lookBack;
}

/**
 * Whether the tree puts the trigger in a goal: a purpose clause ("left the boat to be rescued", "in order to disperse
 * the crowd", "sent troops to protect civilians") or the complement of a wanting or arranging verb ("wants to seize the
 * port", "had arranged to shoot her outfit"). A goal is what someone means to bring about, not what happened.
 */
export function servesGoal(syntax: Syntax, view: SentenceView, hit: TriggerHit): boolean {
  let at = triggerHead(syntax, view, hit);
  for (let step = 0; at >= 0 && step < goalReach; step++) {
    const own = word(syntax, at);
    if (isRelation(own.deprel, "advcl") && childrenOf(syntax, at, "mark").some((m) => m.lemma.toLowerCase() === "to")) return true;
    if (isRelation(own.deprel, "xcomp") && own.head >= 0 && goalVerbs.has(word(syntax, own.head).lemma.toLowerCase())) return true;
    if (!["obj", "obl", "nmod", "conj", "xcomp"].some((r) => isRelation(own.deprel, r))) return false;
    at = own.head;
  }
  return false;
}

/** Modality from the words before the trigger (and, for a noun, the verb group after it). */
export function readModality(view: SentenceView, hit: TriggerHit, clauseStart: number): Modality {
  const { words } = view;
  const phrase = negatingPhraseAt(words, hit.first, clauseStart);
  // "did not rule out military action": a negated negation leaves the act open.
  const doubled = phrase > 0 && isNegator(words[phrase - 1] ?? "");
  let negated = deniedBefore(words, hit.first) || (phrase >= 0 && !doubled) || calledOff(words, hit);
  let future = false;
  // "decided whether to strike": a clause opened by whether/if is only considered.
  let possible = doubled || unconfirmed(words, hit.first) || hearsay(words, hit.first) || possibilityWords.has(words[clauseStart - 1] ?? "") || supposedByWording(words, hit.first, clauseStart);
  let refused = false;
  // "would" after a reporting verb is the reported future ("said it would withdraw"); elsewhere it is a mere supposition.
  const reported = words.slice(0, hit.first).some((w) => reporting.has(w));
  for (let i = hit.first - 1; i >= Math.max(clauseStart, modalityReachStart(words, hit)); i--) {
    const word = words[i] ?? "";
    if (isNegator(word)) negated ||= !(doubled && i === phrase - 1);
    else if (word === "would" && !reported) possible = true;
    else if (futureWords.has(word)) future = true;
    else if (word === "to" && intentWords.has(words[i - 1] ?? "")) future = true;
    else if (word === "to" && (words[i - 1] === "failed" || words[i - 1] === "fail" || words[i - 1] === "fails")) refused = true;
  }
  // "the talks may collapse if…": the noun's own verb is only possible, which no condition makes a threat.
  let possibleAfter = false;
  if (hit.noun) {
    // "fighting has not re-emerged", "an attack on the port could…", "a Turkish attack on Kurdish positions is
    // not expected", "the attack on the convoy never happened": the verb after the noun carries the modality.
    for (let i = hit.last + 1; i <= Math.min(words.length - 1, hit.last + nounVerbReach) && !nounClauseEnds.has(words[i] ?? ""); i++) {
      const word = words[i] ?? "";
      const afterAuxiliary = auxiliaries.has(words[i - 1] ?? "") || auxiliaries.has(words[i - 2] ?? "");
      if (isNegator(word) && (afterAuxiliary || word === "never")) negated = true;
      if (possibilityWords.has(word) && !conditionalWords.has(word)) possibleAfter = true;
      // "is (not) expected", "is unlikely to", but not "was likely carried out by…" (a hedged author, a real act).
      const next = words[i + 1] ?? ".";
      if (supposingWords.has(word) && afterAuxiliary && (next === "to" || !/^\p{L}/u.test(next))) possibleAfter = true;
    }
    // "the protest planned for Friday", "any attack": not (yet) a happening.
    // "a planned attack", "the expected offensive" before the noun, as after it.
    if (words[hit.first - 1] === "any" || plannedParticiples.has(words[hit.last + 1] ?? "") || plannedParticiples.has(words[hit.first - 1] ?? "")) possibleAfter = true;
  }
  possible ||= possibleAfter || (view.syntax !== undefined && servesGoal(view.syntax, view, hit));
  // Inside the if-clause the event is only supposed; a main clause under a condition is a threat or promise.
  let supposed = false;
  for (let i = hit.first - 1; i >= 0 && words[i] !== "," && words[i] !== ";"; i--) if (conditionalWords.has(words[i] ?? "")) supposed = true;
  let conditional = false;
  for (let i = 0; i < words.length; i++) {
    if (!conditionalWords.has(words[i] ?? "")) continue;
    // "the attack, if confirmed, would be…": a condition on the report's truth leaves the act only possible.
    if (confirmationWords.has(words[i + 1] ?? "") || words[i + 1] === "true") possible = true;
    else if (!supposed && !possibleAfter) conditional = true;
  }
  // A condition makes a stated act ("threatened to retaliate if…") no less real; only the supposed one is hypothetical.
  const hypothetical = possible || supposed || (conditional && !hit.entry.governs);
  return { negated, future: future && !supposed, hypothetical, conditional, refused, possible };
}

const coopTypes = new Set<string>(cues.coopTypes);
const conflictTypes = new Set<string>(cues.materialConflictTypes);
const threatModes = cues.threatModes as Record<string, string>;

/** PLOVER's auxiliary-mode rules: intended cooperation is AGREE, an intended retreat CONCEDE, intended force THREATEN, refused cooperation REJECT. */
export function recode(type: PloverType, mode: string | null, modality: Modality): { type: PloverType; mode: string | null; negated: boolean } {
  const cooperative = coopTypes.has(type) || type === "AGREE" || type === "CONCEDE" || type === "RETREAT";
  if ((modality.refused || (modality.negated && modality.future)) && cooperative) return { type: "REJECT", mode: null, negated: false };
  // "failed to capture the town": a failed use of force or protest is no happening PLOVER counts.
  if (modality.negated || modality.refused) return { type, mode, negated: true };
  // What is only supposed is nobody's announced intent: it keeps its type and stays hypothetical
  // (under a condition, "may halt … if …", it is still the conditional threat PLOVER codes).
  if (modality.possible && !modality.conditional) return { type, mode, negated: false };
  const intended = modality.future || modality.conditional;
  if (intended && coopTypes.has(type)) return { type: "AGREE", mode: null, negated: false };
  if (intended && type === "RETREAT") return { type: "CONCEDE", mode: null, negated: false };
  if (intended && conflictTypes.has(type)) return { type: "THREATEN", mode: threatModes[type] ?? null, negated: false };
  return { type, mode, negated: false };
}
