import type { Quote } from "../annotate/annotations.js";
import type { Span } from "../core/span.js";
import { objectHeads, skipAdverbials, skipObject, thatAfterPhrase, withoutTrailingChannel } from "./adverbials.js";
import type { Attribution, WordRange } from "./attribution.js";
import { attributeAccording } from "./according-source.js";
import { findChannel, mediaAt } from "./channel.js";
import { phraseLengthAt } from "./phrases.js";
import { reportedClauseEnd } from "./content-end.js";
import { lexicon } from "./lexicon.js";
import type { Cue } from "./find-cues.js";
import { quoteBefore, quoteInner, type QuoteIndex } from "./quotations.js";
import { closesAside, endsInvertedSpeaker, leadingSubject, ownerRange, speakerFollows, splitSource, subjectRange } from "./speaker-phrase.js";
import { clauseBreaks, dashes, finiteWords, isClosingMark, isOpening, lastContentWord, preverbStart, terminals, wordSpan } from "./word-shapes.js";
import type { SentenceWords, Word } from "./words.js";

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
  // ", saying …" / "… and promised …" / "said Smith, who added …": the cue goes on with the clause's speaker.
  const relative = previous !== undefined && relativeToSpeaker(words, before, previous) && (cue.verb?.bare === true || startsContent(words[right.next]));
  if (previous && ((cue.form === "gerund" && joiner === ",") || joiner === "and" || joiner === "but" || relative)) return contentRight(sentence, cue, quotes, right, contentEnd, previous, true);
  if (!startsContent(words[right.next])) {
    const afterQuote = isClosingMark(words[before - 1]) || (joiner === "," && isClosingMark(words[before - 2]));
    const inverted = afterQuote || (joiner === "," && (cue.verb?.frames.includes("quote") ?? false) && !closesAside(words, before - 1) && speakerFollows(words, cue.last + 1, contentEnd));
    // "…, two diplomats, who spoke on condition of anonymity.": a relative clause about a speaker reports nothing before it.
    const relativeAside = joiner === "who" || joiner === "which";
    const ends = !relativeAside && (right.next > contentEnd || trailerEnd(words, right.next, contentEnd) > contentEnd || pastAddressee(words, cue, right.next, contentEnd) > contentEnd);
    if (inverted || quoteLeads(words, before) || ends || words[right.next]?.lower === ",") {
      const left = contentLeft(sentence, cue, quotes, inverted, right.next, contentEnd);
      if (left) return { ...left, channel: left.channel ?? right.channel ?? findChannel(words, cue.last + 1, contentEnd)?.text ?? null };
    }
  }
  return contentRight(sentence, cue, quotes, right, contentEnd, previous, false);
}

// "…, said Ahmed Salem, a surgeon, who added that …": a relative clause whose antecedent is the speaker just named.
// Only a clause is reported so: "…, who asked not to be identified" is about the speaker, not a demand.
function relativeToSpeaker(words: readonly Word[], before: number, previous: Attribution): boolean {
  return words[before - 1]?.lower === "who" && words[before - 2]?.lower === "," && previous.speaker?.last === before - 3;
}

// "…, his spokesman told reporters in Geneva.": an addressee (and where or how it was told) can close the sentence.
function pastAddressee(words: readonly Word[], cue: Cue, from: number, end: number): number {
  if (from > end || (cue.verb?.lemma !== "tell" && !cue.verb?.frames.includes("obj-that"))) return from;
  const media = mediaAt(words, from);
  const object = media ? skipObject(words, media.next, end, true) : Math.max(skipObject(words, from, end), channelNounEnd(words, from));
  if (object === from) return from;
  const p = skipAdverbials(words, object, end).next;
  return p > end ? p : trailerEnd(words, p, end);
}

/** Past a closing "in Geneva" or "on condition of anonymity" when it ends the sentence; else `from`. */
function trailerEnd(words: readonly Word[], from: number, end: number): number {
  const aside = phraseLengthAt(lexicon().reportingAsides, (k) => words[k]?.lower, from);
  if (aside > 0) return from + aside > end ? from + aside : from;
  if (!["in", "at"].includes(words[from]?.lower ?? "")) return from;
  let k = from + 1;
  while (k <= end && (/^\p{Lu}/u.test(words[k]?.text ?? "") || words[k]?.lower === "the")) k++;
  return k > end ? k : from;
}

// "told a news conference": the event it was told at stands where an addressee would.
function channelNounEnd(words: readonly Word[], from: number): number {
  const noun = ["a", "an", "the"].includes(words[from]?.lower ?? "") ? from + 1 : from;
  const length = phraseLengthAt(lexicon().channelNouns, (k) => words[k]?.lower, noun);
  return length > 0 ? noun + length : from;
}

// "“…,” the spokesman said": a closing quotation mark right before the speaker phrase.
function quoteLeads(words: readonly Word[], before: number): boolean {
  let k = before - 1;
  while (k >= 0 && words[k]?.lower !== "," && !words[k]?.isQuoteMark && !clauseBreaks.has(words[k]?.lower ?? "")) k--;
  return isClosingMark(words[k]) || (words[k]?.lower === "," && isClosingMark(words[k - 1]));
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
  const quote = mixedQuote(words, quoteBefore(words, boundary, quotes));
  // A quotation closing on the attribution's comma ("… “unacceptable,” the union said") keeps its closing mark.
  const content = quote ? quoteInner(quote, quotes) : leftClause(words, isClosingMark(words[boundary]) ? boundary + 1 : boundary);
  if (content.length === 0) return null;
  const split = words[after]?.lower === "," && isOpening(words[after + 1]) ? quotes.byStart.get(words[after + 1]?.start ?? -1) : undefined;
  const allQuotes = quote ? (split ? [quote, split] : [quote]) : [];
  const spans = split && quote ? [...content, ...quoteInner(split, quotes)] : content;
  return { cue, sentence, speaker: source?.speaker ?? speaker, borrowsSpeaker: false, content: spans, quotes: allQuotes, direct: quote !== undefined, clausal: true, channel: source?.channel ?? null };
}

/**
 * "The offer is “unacceptable”, the union said.": a quotation that the writer's own words lead into is part of an
 * indirect content, not the whole of what was said. A quotation after a colon or opening the sentence stays whole.
 */
function mixedQuote(words: readonly Word[], quote: Quote | undefined): Quote | undefined {
  if (!quote) return undefined;
  const opening = words.findIndex((w) => w.start === quote.start);
  if (opening <= 0) return quote;
  const lead = words.slice(0, opening).filter((w) => !dashes.has(w.lower) && !w.isQuoteMark);
  const led = lead.length > 0 && words[opening - 1]?.lower !== ":" && !datelineOnly(words, opening);
  return led ? undefined : quote;
}

// "KYIV (Reuters) - “…,” he said": the words before the quotation are a dateline.
function datelineOnly(words: readonly Word[], opening: number): boolean {
  return dashes.has(words[opening - 1]?.lower ?? "") && opening <= 14;
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
  if (p > end.last || (!marked && missingInfinitive(words, frames, p, end.last))) return null;
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

// "pressed the envoy to resign" — but "which monitors press freedom": a verb that only takes "Y to Z" needs its "to".
function missingInfinitive(words: readonly Word[], frames: readonly string[], first: number, last: number): boolean {
  return frames.length > 0 && frames.every((f) => f === "obj-to") && !words.slice(first, last + 1).some((w) => w.lower === "to");
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
