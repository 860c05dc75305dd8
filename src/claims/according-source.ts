import type { Attribution } from "./attribution.js";
import { reportedClauseEnd } from "./content-end.js";
import type { Cue } from "./find-cues.js";
import { lexicon } from "./lexicon.js";
import { splitSource } from "./speaker-phrase.js";
import { finiteWords, lastContentWord, wordSpan } from "./word-shapes.js";
import type { SentenceWords, Word } from "./words.js";

// A longer phrase than this after "according to" is not a source: the scan stops there.
const maxSourceWords = 16;

/** "According to X, …" / "…, according to X": the source, and the clause on the other side of its comma. */
export function attributeAccording(sentence: SentenceWords, cue: Cue): Attribution | null {
  const words = sentence.words;
  const end = lastContentWord(words);
  const stop = phraseEnd(words, cue.last + 1, end);
  if (stop >= cue.last + 1 + maxSourceWords) return null;
  // "X happened, according to …": the clause before is what was said, so all after the source is about the source.
  const closing = words[cue.first - 1]?.lower === "," && leadsWithClause(words, cue.first - 1);
  const sourceStop = appositivesEnd(words, stop, end, closing);
  const source = splitSource(words, { first: cue.last + 1, last: sourceStop - 1 });
  if (!source) return null;
  const base = { cue, sentence, borrowsSpeaker: false, quotes: [], direct: false, clausal: true, speaker: source.speaker, channel: source.channel };
  if (closing) return { ...base, content: [wordSpan(words, 0, cue.first - 2)] };
  let next = sourceStop;
  // "According to the ministry, which released the figures on Sunday, unemployment fell."
  if (words[next]?.lower === "," && describesSource(words[next + 1])) next = phraseEnd(words, next + 1, end);
  if (words[next]?.lower === "," && next < end) return { ...base, content: [wordSpan(words, next + 1, reportedClauseEnd(words, next + 1, end, cue))] };
  if (words[cue.first - 1]?.lower === "," && cue.first >= 2) return { ...base, content: [wordSpan(words, 0, cue.first - 2)] };
  return null;
}

// "Earlier, …" / "In the early hours of Sunday, …" is an introductory phrase, not a clause: it is short, or opens
// with an introductory word and holds no verb ("At least 50 patients died" opens with one but has "died").
function leadsWithClause(words: readonly Word[], comma: number): boolean {
  if (comma < 3) return false;
  const verb = (w: Word) => finiteWords.has(w.lower) || /^\p{Ll}{2,}ed$/u.test(w.text);
  return !lexicon().introWords.has(words[0]?.lower ?? "") || words.slice(0, comma).some(verb);
}

/** The first comma or quotation mark from `from` on (at most `maxSourceWords` words), or past the end. */
function phraseEnd(words: readonly Word[], from: number, end: number): number {
  let k = from;
  while (k <= end && k < from + maxSourceWords && words[k]?.lower !== "," && !words[k]?.isQuoteMark) k++;
  return k;
}

/**
 * "according to Mohammed Abu Salmiya, the director of al-Shifa hospital, …" / "…, according to the hospital
 * director, Mohammed Abu Salmiya.": a name or an "a …" / "the … of …" phrase between commas (or running to the
 * end of a sentence whose content came first) belongs to the source. Other phrases stay out: "According to police,
 * the gunman …" is content, "…, according to the commission, the lowest since 1990" the writer's aside.
 */
function appositivesEnd(words: readonly Word[], stop: number, end: number, closing: boolean): number {
  let k = stop;
  while (words[k]?.lower === ",") {
    const close = phraseEnd(words, k + 1, end);
    const segment = words.slice(k + 1, close);
    const toEnd = close > end;
    const opener = segment[0]?.lower ?? "";
    if (segment.length === 0 || describesSource(segment[0]) || (toEnd && !closing) || (!toEnd && words[close]?.lower !== ",")) break;
    const name = segment.length <= 4 && segment.every((w) => /^\p{Lu}/u.test(w.text) || w.lower === ".");
    const described = opener === "a" || opener === "an" || (opener === "the" && segment.slice(1, 4).some((w) => w.lower === "of"));
    if (!name && !described) break;
    k = close;
  }
  return k;
}

// "…, according to two diplomats, who spoke on condition of anonymity.": what follows the source is about it.
const describesSource = (w: Word | undefined) => w !== undefined && (["who", "whose", "which"].includes(w.lower) || /^\p{Ll}+ing$/u.test(w.text));
