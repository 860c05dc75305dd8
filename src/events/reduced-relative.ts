import { cues, reportingVerbs, triggerIndex } from "./lexicon.js";
import type { SentenceView } from "./sentence-view.js";

const clauseOpeners = new Set([...cues.clauseBreaks, ...cues.complementizers, ...reportingVerbs, ",", "and", "or", "(", "-"]);
const auxiliaries = new Set([...cues.presentAuxiliaries, ...cues.pastAuxiliaries, ...cues.passiveAuxiliaries, "have", "having", "would", "will"]);
const determiners = new Set(cues.determiners);
const prepositions = new Set(cues.prepositions.filter((p) => p !== "of"));
const functionWords = new Set([...cues.prepositions, ...cues.complementizers, ...cues.subjectPronouns, "he", "she", "i", "you", "who", "which", "not", "also"]);
const lowercase = /^\p{Ll}/u;
const numeral = /^\d/u;
const numberWords = new Set(["hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens", "scores"]);
/** How far back the noun phrase before the participle is followed. */
const phraseReach = 6;

function isVerb(word: string): boolean {
  if (word.endsWith("ed")) return true;
  return (triggerIndex().get(word) ?? []).some((f) => f.words.length === 1 && f.form !== null && f.form !== "base");
}

/** An -ed word opening a noun phrase is its adjective: "unidentified drones", "said armed men…", "of armed men". */
function adjectival(view: SentenceView, at: number): boolean {
  const before = view.words[at - 1];
  if (before === undefined) return true;
  return reportingVerbs.has(before) || determiners.has(before) || before === "of" || numeral.test(before);
}

/**
 * A participle right after a noun in object position describes that noun, it states no event of its
 * own: "delivered a letter handed over to…", "shot down 24 of 27 drones launched by…", "struck facilities
 * supporting the army". The noun phrase is
 * followed back to what precedes it: a verb or a preposition makes it an object; the start of the sentence
 * or of a clause makes it the subject, whose verb this is ("Hundreds of protesters stormed…").
 */
export function isReducedRelative(view: SentenceView, at: number): boolean {
  const noun = view.words[at - 1] ?? "";
  if (!lowercase.test(view.tokens[at - 1]?.text ?? "") || view.mentionAt.has(at - 1)) return false;
  if (clauseOpeners.has(noun) || functionWords.has(noun) || auxiliaries.has(noun) || determiners.has(noun) || noun.endsWith("ly")) return false;
  for (let i = at - 2; i >= Math.max(0, at - 1 - phraseReach); i--) {
    const word = view.words[i] ?? "";
    if (clauseOpeners.has(word) || auxiliaries.has(word)) return false;
    if (prepositions.has(word)) return true;
    const inPhrase = determiners.has(word) || numeral.test(word) || numberWords.has(word) || word === "of" || view.mentionAt.has(i) || !lowercase.test(view.tokens[i]?.text ?? "");
    if (!inPhrase && isVerb(word) && !adjectival(view, i)) return true;
  }
  return false;
}
