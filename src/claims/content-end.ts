import type { Cue } from "./find-cues.js";
import { lexicon } from "./lexicon.js";
import { phraseLengthAt } from "./phrases.js";
import type { Word } from "./words.js";

const subjectPronouns = new Set(["he", "she", "it", "they", "we", "i", "this", "that", "these", "those"]);

// How far into a later clause its subject and first verb are looked for.
const clauseLook = 6;

/**
 * The last word of a reported clause running from `first` to `last`: it stops before words that belong to the
 * reporting clause or to the writer ("…, speaking on condition of anonymity", "… before leaving for Doha",
 * "…, but rights groups put the toll higher"). Words inside quotation marks are the speaker's and never cut.
 */
export function reportedClauseEnd(words: readonly Word[], first: number, last: number, cue: Cue): number {
  for (let k = first + 1; k <= last; k++) {
    if (words[k]?.quote) continue;
    const cut = cutAt(words, k, last, cue);
    if (cut) return trimJoiners(words, first, k - 1);
  }
  return last;
}

function cutAt(words: readonly Word[], k: number, last: number, cue: Cue): boolean {
  const lex = lexicon();
  const lower = words[k]?.lower ?? "";
  const wordAt = (j: number) => (j <= last ? words[j]?.lower : undefined);
  // ", without elaborating" / "but gave no details" / ", asking not to be named": the reporting act, not its content.
  if (lex.asideJoiners.has(lower)) {
    let at = k + 1;
    if (lower === "," && lex.asideJoiners.has(words[at]?.lower ?? "")) at++;
    if (["this", "it", "that"].includes(words[at]?.lower ?? "") || words[at]?.lower === "the") at += words[at]?.lower === "the" ? 2 : 1;
    if (phraseLengthAt(lex.reportingAsides, wordAt, k + 1) > 0 || phraseLengthAt(lex.reportingAsides, wordAt, at) > 0) return true;
  }
  // ", a charge the government rejects": the writer's aside on the claim itself.
  if (lower === "," && ["a", "an"].includes(words[k + 1]?.lower ?? "") && lex.referenceNouns.has(words[k + 2]?.lower ?? "")) return true;
  // "…, bowing to weeks of protests", "…, in a veiled reference to Moscow": why or how the speaker spoke.
  if (lower === "," && phraseLengthAt(lex.speakerParticiples, wordAt, k + 1) > 0) return true;
  // "… before leaving for Brussels", "… after meeting his counterpart": the speaker's doings, not what was said.
  if (lex.activityPrepositions.has(lower) && phraseLengthAt(lex.speakerActivities, wordAt, k + 1) > 0) return true;
  // ", but rights groups put the toll higher": a contrast clause in the writer's voice.
  return lower === "," && lex.contrastJoiners.has(words[k + 1]?.lower ?? "") && writersClause(words, k + 2, last, cue);
}

/** A clause with another source as subject, or in the present tense after a past-tense report. */
function writersClause(words: readonly Word[], from: number, last: number, cue: Cue): boolean {
  const lex = lexicon();
  if (subjectPronouns.has(words[from]?.lower ?? "")) return false;
  for (let k = from; k <= Math.min(last, from + clauseLook); k++) {
    const lower = words[k]?.lower ?? "";
    if (words[k]?.quote || lower === ",") return false;
    if (lex.sourceGroups.has(lower)) return true;
    if (lex.presentFinites.has(lower)) return cue.form === "past";
  }
  return false;
}

function trimJoiners(words: readonly Word[], first: number, end: number): number {
  let last = end;
  while (last > first && (words[last]?.lower === "," || lexicon().asideJoiners.has(words[last]?.lower ?? ""))) last--;
  return last;
}
