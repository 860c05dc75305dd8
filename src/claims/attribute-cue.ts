import type { Span } from "../core/span.js";
import { objectHeads, skipAdverbials, skipObject, thatAfterPhrase, withoutTrailingChannel } from "./adverbials.js";
import type { Attribution, WordRange } from "./attribution.js";
import { findChannel, mediaAt } from "./channel.js";
import { reportedClauseEnd } from "./content-end.js";
import { lexicon } from "./lexicon.js";
import type { Cue } from "./find-cues.js";
import { quoteBefore, quoteInner, type QuoteIndex } from "./quotations.js";
import { closesAside, endsInvertedSpeaker, leadingSubject, ownerRange, speakerFollows, splitSource, subjectRange } from "./speaker-phrase.js";
import { clauseBreaks, dashes, finiteWords, isClosingMark, isOpening, lastContentWord, preverbStart, terminals, wordSpan } from "./word-shapes.js";
import type { SentenceWords, Word } from "./words.js";

// Longer phrases than these are not a speaker ("according to …" / a subject): scans stop there.
const maxSourceWords = 16;

const complementizers = new Set(["whether", "if", "why", "how", "what", "who", "when", "where"]);

/** Reads speaker, content and channel off one cue; null when the cue heads no attribution. */
export function attributeCue(sentence: SentenceWords, cue: Cue, quotes: QuoteIndex, previous?: Attribution): Attribution | null {
  if (cue.kind === "according") return attributeAccording(sentence, cue);
  if (cue.kind === "noun") return attributeNoun(sentence, cue, quotes);
  const words = sentence.words;
  const contentEnd = lastContentWord(words);
  const right = skipAdverbials(words, cue.last + 1, contentEnd);
  const before = preverbStart(words, cue.first);
  const joiner = words[before - 1]?.lower;
  // ", saying …" / "… and promised …": the cue goes on with the clause's speaker.
  if (previous && ((cue.form === "gerund" && joiner === ",") || joiner === "and" || joiner === "but")) return contentRight(sentence, cue, quotes, right, contentEnd, previous, true);
  if (!startsContent(words[right.next])) {
    const afterQuote = isClosingMark(words[before - 1]) || (joiner === "," && isClosingMark(words[before - 2]));
    const inverted = afterQuote || (joiner === "," && (cue.verb?.frames.includes("quote") ?? false) && !closesAside(words, before - 1) && speakerFollows(words, cue.last + 1, contentEnd));
    if (inverted || quoteLeads(words, before) || right.next > contentEnd || words[right.next]?.lower === ",") {
      const left = contentLeft(sentence, cue, quotes, inverted, right.next, contentEnd);
      if (left) return { ...left, channel: left.channel ?? right.channel ?? findChannel(words, cue.last + 1, contentEnd)?.text ?? null };
    }
  }
  return contentRight(sentence, cue, quotes, right, contentEnd, previous, false);
}

// "“…,” the spokesman said": a closing quotation mark right before the speaker phrase.
function quoteLeads(words: readonly Word[], before: number): boolean {
  let k = before - 1;
  while (k >= 0 && words[k]?.lower !== "," && !words[k]?.isQuoteMark && !clauseBreaks.has(words[k]?.lower ?? "")) k--;
  return isClosingMark(words[k]) || (words[k]?.lower === "," && isClosingMark(words[k - 1]));
}

function attributeAccording(sentence: SentenceWords, cue: Cue): Attribution | null {
  const words = sentence.words;
  const end = lastContentWord(words);
  let stop = cue.last + 1;
  while (stop <= end && stop <= cue.last + maxSourceWords && words[stop]?.lower !== "," && !words[stop]?.isQuoteMark) stop++;
  if (stop > cue.last + maxSourceWords) return null;
  const source = splitSource(words, { first: cue.last + 1, last: stop - 1 });
  if (!source) return null;
  const base = { cue, sentence, borrowsSpeaker: false, quotes: [], direct: false, clausal: true, speaker: source.speaker, channel: source.channel };
  if (words[stop]?.lower === "," && stop < end) return { ...base, content: [wordSpan(words, stop + 1, reportedClauseEnd(words, stop + 1, end, cue))] };
  if (words[cue.first - 1]?.lower === "," && cue.first >= 2) return { ...base, content: [wordSpan(words, 0, cue.first - 2)] };
  return null;
}

function attributeNoun(sentence: SentenceWords, cue: Cue, quotes: QuoteIndex): Attribution | null {
  const words = sentence.words;
  let copula = cue.first - 1;
  while (copula > 0 && !["was", "is", "were", "are", "came"].includes(words[copula]?.lower ?? "")) copula--;
  const owner = ownerRange(words, copula + 1, cue.first - 1);
  const quote = quoteBefore(words, copula - 1, quotes);
  if (!quote || !owner) return null;
  return { cue, sentence, speaker: owner, borrowsSpeaker: false, content: quoteInner(quote, quotes), quotes: [quote], direct: true, clausal: true, channel: null };
}

function contentLeft(sentence: SentenceWords, cue: Cue, quotes: QuoteIndex, inverted: boolean, rightNext: number, contentEnd: number): Omit<Attribution, "channel"> & { channel: string | null } | null {
  const words = sentence.words;
  let boundary: number;
  let speaker: WordRange | null;
  let after = rightNext;
  if (inverted) {
    boundary = preverbStart(words, cue.first) - 1;
    let last = cue.last + 1;
    while (last <= contentEnd && !endsInvertedSpeaker(words, last)) last++;
    speaker = last > cue.last + 1 ? { first: cue.last + 1, last: last - 1 } : null;
    after = last;
  } else {
    const end = preverbStart(words, cue.first) - 1;
    boundary = end;
    while (boundary >= 0 && !(words[boundary]?.lower === "," || isClosingMark(words[boundary]))) boundary--;
    // "…, Smith, a spokesman, said": the appositive belongs to the speaker.
    if (boundary === end && words[end]?.lower === ",") {
      boundary = end - 1;
      while (boundary >= 0 && !(words[boundary]?.lower === "," || isClosingMark(words[boundary]))) boundary--;
      if (boundary >= 0 && words[boundary]?.lower === ",") {
        boundary--;
        while (boundary >= 0 && !(words[boundary]?.lower === "," || isClosingMark(words[boundary]))) boundary--;
      }
      speaker = boundary >= 0 ? { first: boundary + 1, last: end - 1 } : null;
    } else {
      // "…, as the minister said" / "…, which his office denied": the subordinator is not part of the speaker.
      const first = ["as", "which"].includes(words[boundary + 1]?.lower ?? "") ? boundary + 2 : boundary + 1;
      speaker = boundary >= 0 && first <= end ? { first, last: end } : null;
    }
  }
  if (boundary < 0 || !speaker || claimGap(words, speaker)) return null;
  const source = splitSource(words, speaker);
  const quote = quoteBefore(words, boundary, quotes);
  const content = quote ? quoteInner(quote, quotes) : leftClause(words, boundary);
  if (content.length === 0) return null;
  const split = words[after]?.lower === "," && isOpening(words[after + 1]) ? quotes.byStart.get(words[after + 1]?.start ?? -1) : undefined;
  const allQuotes = quote ? (split ? [quote, split] : [quote]) : [];
  const spans = split && quote ? [...content, ...quoteInner(split, quotes)] : content;
  return { cue, sentence, speaker: source?.speaker ?? speaker, borrowsSpeaker: false, content: spans, quotes: allQuotes, direct: quote !== undefined, clausal: true, channel: source?.channel ?? null };
}

function leftClause(words: readonly Word[], boundary: number): Span[] {
  // A dateline ("BEIRUT, June 12 (Reuters) -") is not part of what was said.
  const dash = words.slice(0, Math.min(boundary, 14)).findIndex((w) => dashes.has(w.lower));
  let first = dash >= 0 ? dash + 1 : 0;
  while (first < boundary && (words[first]?.isQuoteMark || words[first]?.lower === ",")) first++;
  return boundary - 1 >= first ? [wordSpan(words, first, boundary - 1)] : [];
}

function contentRight(
  sentence: SentenceWords,
  cue: Cue,
  quotes: QuoteIndex,
  right: { next: number; channel: string | null },
  contentEnd: number,
  previous: Attribution | undefined,
  borrows: boolean,
): Attribution | null {
  const words = sentence.words;
  const verb = cue.verb;
  let p = right.next;
  let channel = right.channel;
  const frames = verb?.frames ?? [];
  if (frames.includes("obj-that") || verb?.lemma === "tell") {
    const media = mediaAt(words, p);
    if (media) channel ??= media.text;
    const object = skipObject(words, media ? media.next : p, contentEnd, media !== null);
    // "reminded Beijing of its obligations": the object belongs to what was said. A verb that also takes its
    // content directly ("warned that", "warned of") has an addressee only before "that" ("warned the West that").
    const direct = frames.some((f) => !f.startsWith("obj") && f !== "quote");
    const addressed = !direct || ["that", ":"].includes(words[object]?.lower ?? "") || (object > p && objectHeads.has(words[object - 1]?.lower ?? ""));
    if (addressed && !["of", "about", "to"].includes(words[object]?.lower ?? "")) p = object;
  }
  const preposition = words[p]?.lower ?? "";
  if ((preposition === "of" || preposition === "about") && frames.includes(preposition)) p++;
  const reported = thatAfterPhrase(words, p, contentEnd, right.channel !== null);
  if (reported) {
    channel ??= findChannel(words, p, reported - 1)?.text ?? null;
    p = reported;
  }
  // "As the minister said last week, the reforms …": the main clause after the comma is what was said.
  const asClause = words[p]?.lower === "," && !isOpening(words[p + 1]) && opensWithAs(words, cue.first);
  if (asClause) p++;
  const introducer = (words[p]?.lower === "that" && !demonstrative(words, p)) || words[p]?.lower === ":" || (words[p]?.lower === "," && isOpening(words[p + 1]));
  if (introducer) p++;
  const marked = introducer || isOpening(words[p]) || complementizers.has(words[p]?.lower ?? "");
  const framed = frames.some((f) => f.startsWith("obj")) || frames.includes(preposition);
  if (!marked && !verb?.bare && !framed) return null;
  // "the remarks, which it said were contrary …": a relative clause's gap, not a content.
  if (finiteWords.has(words[p]?.lower ?? "") && words[p]?.lower !== "to" && words[p]?.lower !== "that") return null;
  const end = withoutTrailingChannel(words, p, contentEnd);
  if (p > end.last) return null;
  channel ??= end.channel;
  const participle = !borrows && cue.form === "gerund" && words[cue.first - 1]?.lower === ",";
  // "The ministry said Baku claimed …": a speaker starts after the attribution before it.
  const floor = previous ? previous.cue.last + 1 : 0;
  const speaker = cue.passive || borrows ? null : participle ? leadingSubject(words, cue.first) : subjectRange(words, cue.first, floor);
  if (!cue.passive && !speaker && !borrows) return null;
  const source = speaker ? splitSource(words, speaker) : null;
  const opening = isOpening(words[p]) ? quotes.byStart.get(words[p]?.start ?? -1) : undefined;
  const wholeQuote = opening && opening.end >= (words[end.last]?.end ?? 0);
  const content = wholeQuote ? quoteInner(opening, quotes) : [wordSpan(words, p, reportedClauseEnd(words, p, end.last, cue))];
  return {
    cue,
    sentence,
    speaker: source?.speaker ?? speaker,
    borrowsSpeaker: borrows,
    content,
    quotes: wholeQuote ? [opening] : [],
    direct: wholeQuote === true,
    clausal: introducer || (verb?.bare === true && !framed) || wholeQuote === true,
    channel: channel ?? source?.channel ?? findChannel(words, Math.max(0, (speaker?.first ?? cue.first) - 12), cue.first - 1)?.text ?? null,
  };
}

// "…, a charge Erdogan rejects": a relative clause about the claim, whose object is the gap before its subject.
function claimGap(words: readonly Word[], speaker: WordRange): boolean {
  return ["a", "an"].includes(words[speaker.first]?.lower ?? "") && lexicon().referenceNouns.has(words[speaker.first + 1]?.lower ?? "") && speaker.last > speaker.first + 1;
}

function opensWithAs(words: readonly Word[], cueFirst: number): boolean {
  let k = cueFirst - 1;
  while (k >= 0 && words[k]?.lower !== "," && !words[k]?.isQuoteMark) k--;
  return words[k + 1]?.lower === "as";
}

// "disputed that account, saying …": "that" before a lone noun is a determiner, not a complementizer.
function demonstrative(words: readonly Word[], at: number): boolean {
  const after = words[at + 2]?.lower;
  return after === undefined || after === "," || terminals.has(after);
}

function startsContent(w: Word | undefined): boolean {
  return w !== undefined && (w.lower === "that" || w.lower === ":" || isOpening(w));
}
