import { channelPhraseAt, objectHeads } from "./adverbials.js";
import type { WordRange } from "./attribution.js";
import { findChannel } from "./channel.js";
import { lexicon } from "./lexicon.js";
import { phraseLengthAt } from "./phrases.js";
import { clauseBreaks, dashes, finiteWords, isAbbreviation, isOpening, preverbStart, terminals, timeRunEnd } from "./word-shapes.js";
import type { Word } from "./words.js";

// A subject longer than this is not one: the scan stops (bounded work on 2,000-word sentences).
const maxSubjectWords = 40;

// An aside opening with one of these after the subject is not part of it ("…, with a focus on Stepanakert, denied").
const asidePrepositions = new Set(["in", "on", "at", "with", "for", "from", "during", "after", "before", "amid", "despite", "according", "under", "via", "through", "by"]);

// "The mayor, speaking at a town hall meeting, said …": where the speaker spoke is an aside, not part of the speaker;
// "…, speaking on condition of anonymity," describes the speaker and stays (see data/claims/README.md).
const channelParticiples = new Set(["speaking", "writing", "talking", "addressing"]);

const relatives = new Set(["where", "which", "who", "whom", "whose"]);

// After "said Smith," these start a new clause rather than an appositive of the speaker.
const speakerEnders = new Set(["who", "which", "adding", "citing", "saying", "noting", "referring", "according"]);

// "…," say hospital staff as winter pressures mount: a circumstance clause ends an inverted speaker.
const circumstanceOpeners = new Set(["as", "while", "after", "before", "amid", "when", "because", "despite", "following", "ahead", "until", "since"]);

const asideOpeners = new Set(["a", "an", "the", "his", "her", "their", "its", "who", "which", "whose", "in", "on", "at", "with", "for", "from", "speaking", "according", "citing"]);

const verbLike = new Set(["is", "was", "were", "are", "has", "have", "had", "will", "would", "said", "says", "told", "did", "does", "can", "could"]);

/**
 * "Georgia's opposition refused to recognise the results, saying …": with no reporting verb before the participle,
 * its speaker is the sentence's subject, up to the first past-tense or auxiliary verb.
 */
export function leadingSubject(words: readonly Word[], before: number): WordRange | null {
  const dash = words.findIndex((w, k) => k < Math.min(before, 14) && dashes.has(w.lower));
  const first = dash + 1;
  for (let k = first + 1; k < before; k++) {
    const w = words[k];
    if (!w || w.lower === "," || w.isQuoteMark || clauseBreaks.has(w.lower)) return null;
    if (/^\p{Ll}+ed$/u.test(w.text) || verbLike.has(w.lower)) return { first, last: k - 1 };
  }
  return null;
}

/** The subject before a verb: back to a clause break, past an introductory phrase, without a trailing aside. */
export function subjectRange(words: readonly Word[], cueFirst: number, floor: number): WordRange | null {
  const last = preverbStart(words, cueFirst) - 1;
  const aside = reportingAsideStart(words, last);
  let first = aside ?? last + 1;
  let commaSeen = aside !== null;
  while (first > floor) {
    if (last - first > maxSubjectWords) return null;
    const w = words[first - 1];
    // "…, where the United Nations says …": a relative clause holding the cue starts the subject.
    if (!w || w.quote || w.isQuoteMark || clauseBreaks.has(w.lower) || (relatives.has(w.lower) && !commaSeen)) break;
    commaSeen ||= w.lower === ",";
    first--;
  }
  const { introWords } = lexicon();
  for (let guard = 0; guard < 4 && introWords.has(words[first]?.lower ?? ""); guard++) {
    let comma = first;
    while (comma <= last && words[comma]?.lower !== ",") comma++;
    if (comma > last) break;
    first = comma + 1;
  }
  let end = first;
  while (end <= last && !(words[end]?.lower === "," && opensAside(words, end + 1))) end++;
  let stop = end - 1;
  while (stop >= first && words[stop]?.lower === ",") stop--;
  // "As the minister said last week, …": "as" subordinates the attribution, it is not part of the speaker.
  while (first <= stop && ["and", "but", "so", "as", ","].includes(words[first]?.lower ?? "")) first++;
  // A subject's head holds no finite verb: "Bangkok was ready to host talks" is no speaker of "talks".
  for (let k = first; k <= stop && words[k]?.lower !== ","; k++) if (finiteWords.has(words[k]?.lower ?? "") && words[k]?.lower !== "to") return null;
  return first <= stop ? { first, last: stop } : null;
}

// "An official, speaking (or who spoke) on condition of anonymity because he was not authorised to brief the media,
// said …": the aside may hold a clause of its own; the subject is looked for before it. Returns its opening comma.
function reportingAsideStart(words: readonly Word[], closingComma: number): number | null {
  if (words[closingComma]?.lower !== ",") return null;
  const wordAt = (k: number) => words[k]?.lower;
  for (let k = closingComma - 1; k >= 0 && k > closingComma - maxSubjectWords; k--) {
    const w = words[k];
    if (!w || w.isQuoteMark) return null;
    if (w.lower !== ",") continue;
    const opener = words[k + 1]?.lower === "who" ? k + 2 : k + 1;
    return phraseLengthAt(lexicon().reportingAsides, wordAt, opener) > 0 ? k : null;
  }
  return null;
}

function opensAside(words: readonly Word[], at: number): boolean {
  const lower = words[at]?.lower ?? "";
  const { introWords, reportingAsides } = lexicon();
  if (asidePrepositions.has(lower) || (introWords.has(lower) && words[at + 1]?.lower === ",")) return true;
  const wordAt = (k: number) => words[k]?.lower;
  return channelParticiples.has(lower) && phraseLengthAt(reportingAsides, wordAt, at) === 0;
}

/** "a press release from the ministry" → speaker "the ministry", channel "press release". */
export function splitSource(words: readonly Word[], range: WordRange): { speaker: WordRange; channel: string | null } | null {
  if (range.first > range.last) return null;
  const channel = findChannel(words, range.first, range.last, false, true);
  if (channel) {
    const k = channel.next;
    if (["from", "by", "of"].includes(words[k]?.lower ?? "") && k < range.last) return { speaker: { first: k + 1, last: range.last }, channel: channel.text };
    if (k > range.last && channel.ownerEnd !== undefined && channel.ownerEnd >= range.first) {
      return { speaker: { first: range.first, last: channel.ownerEnd }, channel: channel.text };
    }
  }
  return { speaker: range, channel: null };
}

// "his clear" → "his"; "the ministry's firm" → "the ministry".
export function ownerRange(words: readonly Word[], first: number, last: number): WordRange | null {
  for (let k = first; k <= last; k++) {
    const lower = words[k]?.lower ?? "";
    if (["his", "her", "their", "its", "our", "my"].includes(lower)) return { first: k, last: k };
    if (lower === "'s" && k > first) return { first, last: k - 1 };
  }
  return null;
}

export function endsInvertedSpeaker(words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (w?.lower === "." && isAbbreviation(words, k - 1)) return false;
  if (!w || w.isQuoteMark || terminals.has(w.lower) || w.lower === ";") return true;
  if (w.lower === ",") {
    const next = words[k + 1];
    return !next || speakerEnders.has(next.lower) || /ing$/.test(next.lower) || timeRunEnd(words, k + 1) > k + 1 || ["in", "on", "at", "via", "and"].includes(next.lower) || isOpening(next);
  }
  if (w.lower === "told" || w.lower === "adding" || circumstanceOpeners.has(w.lower)) return true;
  return timeRunEnd(words, k) > k || channelPhraseAt(words, k) !== null || (w.lower === "to" && objectHeads.has(words[k + 1]?.lower ?? ""));
}

// "Smith, a spokesman, said …" / "The ministry, in a statement, said …": the comma closes an aside, not a content.
export function closesAside(words: readonly Word[], comma: number): boolean {
  let k = comma - 1;
  while (k >= 0 && words[k]?.lower !== "," && !words[k]?.isQuoteMark) k--;
  if (k < 0 || words[k]?.isQuoteMark) return false;
  const opener = words[k + 1];
  return opener !== undefined && (asideOpeners.has(opener.lower) || /^\p{Ll}/u.test(opener.text) || appositiveName(words, k, comma));
}

// "The mayor, Ihor Terekhov, said …": a bare name between commas after a common noun names the one before it.
function appositiveName(words: readonly Word[], openComma: number, closeComma: number): boolean {
  const name = words.slice(openComma + 1, closeComma);
  const capitalised = name.every((w) => /^\p{Lu}/u.test(w.text) || w.lower === ".");
  const before = words[openComma - 1];
  return capitalised && name.length > 0 && name.length <= 4 && before !== undefined && /^\p{Ll}/u.test(before.text);
}

// "…, said Smith, a spokesman." — what follows the verb is a short phrase, not a clause.
export function speakerFollows(words: readonly Word[], from: number, end: number): boolean {
  let k = from;
  while (k <= end && !endsInvertedSpeaker(words, k)) {
    if (finiteWords.has(words[k]?.lower ?? "")) return false;
    k++;
  }
  return k > from && k - from <= 12;
}
