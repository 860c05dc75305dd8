import type { Stance } from "./claim.js";
import type { VerbForm } from "../annotate/inflection.js";
import { lexicon, type NounEntry, type VerbEntry } from "./lexicon.js";
import { isAdverb } from "./word-shapes.js";
import type { Word } from "./words.js";

export interface Cue {
  /** "continuation": a quotation paragraph with no cue of its own, handed to the previous paragraph's speaker. */
  readonly kind: "verb" | "according" | "noun" | "continuation";
  /** Word indices (inclusive) of the cue in its sentence; last < first when there is no cue word. */
  readonly first: number;
  readonly last: number;
  /** The cue's stance after negation ("did not confirm" denies); null when the cue heads no attribution. */
  readonly stance: Stance | null;
  /** "did not say that …": a negated attribution, still one in PARC's sense; its content is not the speaker's. */
  readonly negated?: boolean;
  readonly verb?: VerbEntry;
  readonly form?: VerbForm;
  readonly noun?: NounEntry;
  /** "It was reported that …": nobody is named. */
  readonly passive: boolean;
}

const determiners = new Set([
  "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this", "that", "such", "any",
  "no", "of", "'s", "every", "each", "another", "for", "from", "with", "about", "to", "in", "on", "by", "at",
]);
// Words before a plural "-s" form that make it a noun ("media reports", "conflicting claims").
const nounModifiers = new Set([
  "media", "press", "news", "unconfirmed", "conflicting", "earlier", "new", "false", "baseless", "similar", "other",
  "local", "initial", "recent", "separate", "multiple", "several", "numerous", "repeated", "renewed", "growing",
  "public", "official", "some", "many", "most", "all", "both", "these", "the", "and", "or", "widespread", "persistent",
]);
const prepositions = new Set(["of", "in", "on", "at", "for", "with", "against", "amid", "despite", "after", "over", "to", "by", "from"]);
const nounFollowers = new Set([".", ",", ";", ")", "and", "or", "in", "on", "at", "of", "over", "against", "across", "from", "by", "with", "—", "-"]);
const beAux = new Set(["is", "are", "was", "were", "been", "be", "being", "'s"]);
const passiveSkips = new Set(["further", "also", "widely", "previously", "earlier", "initially", "later", "then", "first", "not", "officially"]);
const possessives = new Set(["his", "her", "their", "its", "our", "my"]);
const copulas = new Set(["was", "is", "were", "are", "came"]);

/** Reporting verbs, "according to" and "was his demand"-style nouns outside quotations, in word order. */
export function findCues(words: readonly Word[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || word.quote || word.isQuoteMark) continue;
    const cue = accordingCue(words, i) ?? nounCue(words, i) ?? verbCue(words, i);
    if (cue) {
      cues.push(cue);
      i = cue.last;
    }
  }
  return cues;
}

function accordingCue(words: readonly Word[], i: number): Cue | null {
  if (words[i]?.lower !== "according" || words[i + 1]?.lower !== "to") return null;
  return { kind: "according", first: i, last: i + 1, stance: "assert", passive: false };
}

function verbCue(words: readonly Word[], i: number): Cue | null {
  const spellings = lexicon().verbs.get(words[i]?.lower ?? "");
  if (!spellings) return null;
  const spelling = spellings.find((s) => s.rest.every((r, k) => words[i + 1 + k]?.lower === r));
  if (!spelling) return null;
  const last = i + spelling.rest.length;
  const prev = words[i - 1]?.lower ?? "";
  const next = words[last + 1]?.lower ?? "";
  const { form, entry } = spelling;
  // The parse reads the word in its sentence: "claims", "reports", "states" as nouns attribute nothing by themselves.
  if (words[i]?.nonVerb === true) return null;
  // Verbs are not capitalised mid-sentence: "U.S. Central Command", "State Department".
  if (i > 0 && /^\p{Lu}/u.test(words[i]?.text ?? "") && !words[i - 1]?.isQuoteMark) return null;
  if (determiners.has(prev) && !(form === "base" && prev === "to")) return null;
  if (form === "present" && (nounModifiers.has(prev) || ["of", "from", "by", "about", "against"].includes(next))) return null;
  if (form === "present" && (lexicon().verbs.has(prev) || prev.endsWith("ed"))) return null;
  // "weeks of deadly protests.": after a preposition and a lower-case modifier, and with no clause after it, the
  // "-s" form is a noun ("the head of security says the …" stays a verb).
  if (form === "present" && prepositions.has(words[i - 2]?.lower ?? "") && /^\p{Ll}/u.test(words[i - 1]?.text ?? "") && nounFollowers.has(next || ".")) return null;
  if (form === "gerund" && !(prev === "," || beAux.has(prev))) return null;
  if (form === "base" && !baseSubject(words, i)) return null;
  const passive = form === "past" && isPassive(words, i);
  if (form === "past" && passiveAux(words, i) >= 0 && !passive) return null;
  const negated = isNegated(words, i);
  // A negated cue without a stance of its own ("did not say") reports that something was not asserted.
  const stance = negated ? (entry.negated ?? "assert") : entry.stance;
  return { kind: "verb", first: i, last, stance, verb: entry, form, passive, ...(negated && !entry.negated ? { negated } : {}) };
}

const baseLeaders = new Set([
  "to", "not", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "do", "does", "i", "we",
  "you", "they", "police", "people", "also", "often", "still", "now", "repeatedly", "and", "who",
]);

const notPlural = new Set(["this", "his", "its", "was", "has", "is", "us", "as", "yes", "less", "unless", "across", "news", "thus", "whereas"]);

// A bare "say"/"claim" follows a modal, "to", a pronoun or a plural subject ("officials familiar with the matter say"),
// not a singular name ("North Darfur state").
function baseSubject(words: readonly Word[], i: number): boolean {
  // "could not immediately confirm": adverbs stand between the verb and what licenses it.
  let before = i - 1;
  while (before > 0 && isAdverb(words[before])) before--;
  const prev = words[before];
  if (!prev || baseLeaders.has(prev.lower) || prev.lower.endsWith("n't")) return true;
  // “…,” say residents: the plural subject follows the quotation.
  if (prev.closes || (prev.lower === "," && words[i - 2]?.closes)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = words[k];
    if (!w || w.lower === "," || w.lower === "that" || w.isQuoteMark) return false;
    if (/\p{L}{2}s$/u.test(w.text) && !notPlural.has(w.lower)) return true;
  }
  return false;
}

/** Index of the "was/were/been" before a past participle (over adverbs like "further"), or -1. */
function passiveAux(words: readonly Word[], i: number): number {
  let k = i - 1;
  while (k >= 0 && (passiveSkips.has(words[k]?.lower ?? "") || isAdverb(words[k]))) k--;
  return beAux.has(words[k]?.lower ?? "") ? k : -1;
}

// Only the impersonal passive attributes ("It was reported that …", "It is alleged …").
function isPassive(words: readonly Word[], i: number): boolean {
  const aux = passiveAux(words, i);
  if (aux < 0) return false;
  let k = aux - 1;
  while (k >= 0 && ["has", "have", "had", "will", "would", "also"].includes(words[k]?.lower ?? "")) k--;
  return words[k]?.lower === "it";
}

function isNegated(words: readonly Word[], i: number): boolean {
  const { negators } = lexicon();
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const lower = words[k]?.lower ?? "";
    if (lower.endsWith("n't") || lower === "cannot") return true;
    if (negators.some((n) => n.length > 0 && n.every((part, j) => words[k - n.length + 1 + j]?.lower === part) && n.at(-1) === lower)) return true;
    if (!/^(?:\p{Ll}+ly|has|have|had|did|does|do|will|would|could|can|also|yet|still|ever|even|to|so|far|longer)$/u.test(lower)) return false;
  }
  return false;
}

/** `“…,” was his demand`: a stance noun owned by the speaker right after a quotation. */
function nounCue(words: readonly Word[], i: number): Cue | null {
  const noun = lexicon().nouns.get(words[i]?.lower ?? "");
  if (!noun || noun.reference || noun.channel) return null;
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && !possessives.has(words[k]?.lower ?? "") && words[k]?.lower !== "'s") k--;
  if (k < 1) return null;
  let copula = k - 1;
  if (words[k]?.lower === "'s") while (copula > 0 && !copulas.has(words[copula]?.lower ?? "")) copula--;
  if (!copulas.has(words[copula]?.lower ?? "")) return null;
  const before = words[copula - 1];
  const quoteClosed = before?.isQuoteMark === true || (before?.lower === "," && words[copula - 2]?.isQuoteMark === true);
  return quoteClosed ? { kind: "noun", first: i, last: i, stance: noun.stance, noun, passive: false } : null;
}
