import type { Stance } from "./claim.js";
import { lexicon } from "./lexicon.js";
import { findPhrase } from "./phrases.js";

const questionOpeners = new Set(["whether", "if", "why", "how"]);

// Stance cues sit near the start of what was said; reading further only costs time on giant quotations.
const readWords = 300;

/** Lower-cased words of a content (its first few hundred), for phrase lookups. */
export function contentWords(content: string): string[] {
  const words: string[] = [];
  const pattern = /[\p{L}\p{N}']+|[?]/gu;
  const lower = content.slice(0, readWords * 12).toLowerCase().replace(/’/g, "'");
  for (let m = pattern.exec(lower); m && words.length < readWords; m = pattern.exec(lower)) words.push(m[0]);
  let last = content.length - 1;
  while (last > 0 && /\s/.test(content[last] ?? "")) last--;
  if (content[last] === "?") words.push("?");
  return words;
}

/**
 * The stance a claim takes: the cue's, unless the content itself denies ("the allegations are false"), demands
 * (a quoted "must"), warns or asks. A deny or demand cue is never weakened by its content.
 */
export function claimStance(cueStance: Stance, words: readonly string[], direct: boolean): Stance {
  if (cueStance !== "assert" && cueStance !== "demand") return cueStance;
  const own = ownStance(words);
  if (own && cueStance === "assert") return own;
  if (cueStance === "assert" && deniesReference(words)) return "deny";
  if ((!direct && questionOpeners.has(words[0] ?? "")) || (direct && words.at(-1) === "?")) return "question";
  if (cueStance !== "assert" || !direct) return cueStance;
  const lex = lexicon();
  if (findPhrase(words, lex.obligationModals) >= 0) return "demand";
  if (findPhrase(words, lex.warningPhrases) >= 0) return "warn";
  // "We will …", "I will never …": a first-person commitment in the speaker's words.
  if (findPhrase(words.slice(0, 4), lex.promisePhrases) === 0) return "promise";
  return "assert";
}

const selfReferences = new Set(["it", "we", "they", "he", "she", "i"]);

// "said it “categorically rejects” the allegations": the speaker's own denial, right after the speaker's pronoun.
function ownStance(words: readonly string[]): Stance | null {
  if (!selfReferences.has(words[0] ?? "")) return null;
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const spellings = lexicon().verbs.get(words[k] ?? "");
    const stance = spellings?.find((s) => s.rest.every((r, j) => words[k + 1 + j] === r) && s.form !== "ing")?.entry.stance;
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
