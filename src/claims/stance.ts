import type { Stance } from "./claim.js";
import { lexicon } from "./lexicon.js";
import { findPhrase, phraseLengthAt, type PhraseIndex } from "./phrases.js";

const questionOpeners = new Set(["whether", "if", "why", "how"]);

// Stance cues sit near the start of what was said; reading further only costs time on giant quotations.
const readWords = 300;

/** Lower-cased words of a content (its first few hundred), for phrase lookups. */
export function contentWords(content: string): string[] {
  const words: string[] = [];
  const pattern = /[\p{L}\p{N}']+|[?]/gu;
  // "we'll" → "we 'll", "we're" → "we are": the contracted verb is a word of its own.
  const lower = content
    .slice(0, readWords * 12)
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\b(we|i|they|it|he|she|you)'(ll|d)\b/g, "$1 '$2")
    .replace(/\b(we|they|you)'re\b/g, "$1 are")
    .replace(/\bi'm\b/g, "i am");
  for (let m = pattern.exec(lower); m && words.length < readWords; m = pattern.exec(lower)) words.push(m[0]);
  let last = content.length - 1;
  while (last > 0 && /\s/.test(content[last] ?? "")) last--;
  if (content[last] === "?") words.push("?");
  return words;
}

/**
 * The stance a claim takes: the cue's, unless the content itself denies ("the allegations are false"), demands
 * (a quoted "must"), asks, warns or commits the speaker. A deny or demand cue is never weakened by its content;
 * a promise of harm to another ("vowed to retaliate") is a threat, read as `warn`.
 */
export function claimStance(cueStance: Stance, words: readonly string[], direct: boolean): Stance {
  if (cueStance === "promise") return threatens(words, 0) ? "warn" : "promise";
  if (cueStance !== "assert" && cueStance !== "demand") return cueStance;
  const own = ownStance(words);
  if (own && cueStance === "assert") return own;
  if (cueStance === "assert" && deniesReference(words)) return "deny";
  if ((!direct && questionOpeners.has(words[0] ?? "")) || (direct && words.at(-1) === "?")) return "question";
  if (cueStance !== "assert") return cueStance;
  const lex = lexicon();
  if (direct && findPhrase(words, lex.obligationModals) >= 0) return "demand";
  const committed = commitmentStance(words, direct);
  if (committed) return committed;
  if (direct && findPhrase(words, lex.warningPhrases) >= 0) return "warn";
  // "We are determined to …", "I promise …": a first-person commitment in the speaker's words.
  if (direct && findPhrase(words.slice(0, 4), lex.promisePhrases) === 0) return threatens(words, 0) ? "warn" : "promise";
  return "assert";
}

const conditionals = new Set(["if", "unless", "once", "should", "when", "until", "as", "after"]);
const firstPerson = new Set(["we", "i", "our", "my"]);
const possessives = new Set(["his", "her", "its", "their", "our", "my"]);
// How far after a commitment its action is read: the rest is circumstance.
const actionWords = 14;

/**
 * What a speaker commits to: harm to another is a threat (`warn`: "it would intensify its attacks if …"), a benefit
 * a `promise` ("his government would raise pensions"). A first-person quotation commits without a benefit word
 * ("We will …"); a third-person report needs one, or it is a plain statement of plans.
 */
function commitmentStance(words: readonly string[], direct: boolean): Stance | null {
  const at = commitmentAt(words, direct);
  if (at < 0) return direct ? passiveThreat(words) : null;
  if (threatens(words, at)) return "warn";
  if (direct) return "promise";
  // "he would not support the package" is a refusal, not a promise.
  const negated = words[at] === "not" || words[at] === "never";
  return !negated && actionHas(words, at, lexicon().benefitActions) ? "promise" : null;
}

/** Index of the action after "<speaker> will/would …" at the content's start (or after a leading condition), or -1. */
function commitmentAt(words: readonly string[], direct: boolean): number {
  const lex = lexicon();
  const wordAt = (k: number) => words[k];
  const last = conditionals.has(words[0] ?? "") ? Math.min(words.length, 20) : 1;
  for (let k = 0; k < last; k++) {
    const subject = phraseLengthAt(lex.commitmentSubjects, wordAt, k);
    if (subject === 0 || (direct && !firstPerson.has(words[k] ?? ""))) continue;
    // "its forces would …", "his new government will …": a possessive opens the subject's noun phrase.
    const heads = possessives.has(words[k] ?? "") ? [2, 3] : [subject];
    for (const head of heads) {
      const modal = phraseLengthAt(lex.commitmentModals, wordAt, k + head);
      if (modal > 0) return k + head + modal;
    }
  }
  return -1;
}

// "The terrorists will be hunted down": harm announced in the passive, the speaker's side the unnamed agent.
function passiveThreat(words: readonly string[]): Stance | null {
  for (let k = 0; k + 2 < Math.min(words.length, actionWords); k++) {
    if ((words[k] === "will" || words[k] === "shall") && words[k + 1] === "be" && threatens(words, k + 2)) return "warn";
  }
  return null;
}

/** The action from `from` on names harm to another: not guarded ("against any attack") and not in a condition. */
function threatens(words: readonly string[], from: number): boolean {
  const { threatActions, protectiveWords } = lexicon();
  const wordAt = (k: number) => words[k];
  for (let k = from; k < Math.min(words.length, from + actionWords) && !conditionals.has(words[k] ?? ""); k++) {
    if (phraseLengthAt(threatActions, wordAt, k) === 0) continue;
    if (!protectiveWords.has(words[k - 1] ?? "") && !protectiveWords.has(words[k - 2] ?? "")) return true;
  }
  return false;
}

function actionHas(words: readonly string[], from: number, index: PhraseIndex): boolean {
  const wordAt = (k: number) => words[k];
  for (let k = from; k < Math.min(words.length, from + actionWords) && !conditionals.has(words[k] ?? ""); k++) {
    if (phraseLengthAt(index, wordAt, k) > 0) return true;
  }
  return false;
}

const selfReferences = new Set(["it", "we", "they", "he", "she", "i"]);

// "said it “categorically rejects” the allegations": the speaker's own denial, right after the speaker's pronoun.
function ownStance(words: readonly string[]): Stance | null {
  if (!selfReferences.has(words[0] ?? "")) return null;
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const spellings = lexicon().verbs.get(words[k] ?? "");
    const stance = spellings?.find((s) => s.rest.every((r, j) => words[k + 1 + j] === r) && s.form !== "gerund")?.entry.stance;
    if (stance === "deny") return words.slice(1, k).some((w) => w === "not" || w.endsWith("n't") || w === "never") ? null : stance;
  }
  return null;
}

// "allegations of breaking the ceasefire are false": a reference word, then a falsity predicate.
function deniesReference(words: readonly string[]): boolean {
  const at = findPhrase(words, lexicon().denialPredicates);
  if (at < 0) return false;
  if (at === 0) return true;
  const { referenceNouns } = lexicon();
  for (let k = Math.max(0, at - 12); k < at; k++) if (referenceNouns.has(words[k] ?? "")) return true;
  return false;
}
