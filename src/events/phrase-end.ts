import { cues } from "./lexicon.js";
import type { TriggerForm } from "./lexicon.js";
import type { SentenceView } from "./sentence-view.js";

const gapWords = new Set(cues.gapWords);
const weekdays = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const separableParticles = new Set(cues.separableParticles);
const objectStoppers = new Set([...cues.clauseBreaks, ...cues.complementizers, ...cues.prepositions.filter((p) => p !== "of"), "and", "or", "to"]);
const lyAdverb = /^\p{L}{3,}ly$/u;
const wordLike = /^[\p{L}\p{N}'-]+$/u;
/** Adverbs and dates a verb phrase lets in before its particle ("called Thursday on"). */
const maxAdverbs = 3;
/** A separable particle's object ("forced the UN refugee agency, UNHCR, out") stays this short, in tokens. */
const maxObject = 8;

function isAdverb(view: SentenceView, i: number): boolean {
  const word = view.words[i] ?? "";
  if (gapWords.has(word) || weekdays.has(word) || lyAdverb.test(word)) return true;
  return word === "on" && weekdays.has(view.words[i + 1] ?? "");
}

function isObjectWord(view: SentenceView, i: number): boolean {
  const word = view.words[i] ?? "";
  // A comma may set off an appositive name inside the object: "forced the UN refugee agency, UNHCR, out".
  if (word === ",") return view.mentionAt.has(i + 1) || view.mentionAt.has(i - 1);
  return wordLike.test(word) && !objectStoppers.has(word);
}

/**
 * The index of the particle when a verb is split from it: by adverbs and dates ("called Thursday on Arabs"),
 * or, for a separable particle, by a short object ("forced the agency out"); -1 when it is not.
 */
function splitParticle(view: SentenceView, from: number, particle: string): number {
  const separable = separableParticles.has(particle);
  const limit = Math.min(view.words.length, from + (separable ? maxObject : maxAdverbs) + 1);
  for (let i = from; i < limit; i++) {
    if (view.words[i] === particle) return i > from ? i : -1;
    if (!(isAdverb(view, i) || (separable && isObjectWord(view, i)))) return -1;
  }
  return -1;
}

/** Where a lexicon form standing at `at` ends (its last word's index), or -1 when the words do not match. */
export function phraseEnd(view: SentenceView, at: number, form: TriggerForm): number {
  const { words } = view;
  let i = at + 1;
  if (form.words.length > 1 && form.entry.pos === "verb" && words[i] !== form.words[1]) {
    i = splitParticle(view, i, form.words[1] ?? "");
    if (i < 0) return -1;
  }
  for (let j = 1; j < form.words.length; j++, i++) if (words[i] !== form.words[j]) return -1;
  return i - 1;
}
