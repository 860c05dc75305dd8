import { lexicon } from "./lexicon.js";
import { phraseLengthAt } from "./phrases.js";
import type { Word } from "./words.js";

export interface ChannelMatch {
  /** The word after the channel phrase. */
  readonly next: number;
  readonly text: string;
  /** For "the ministry's statement": the last word of the owner before "'s". */
  readonly ownerEnd?: number;
}

const prepositions = new Set(["in", "on", "at", "via", "through", "during", "over", "to"]);
const leaders = new Set(["a", "an", "the", "his", "her", "their", "its", "our", "my", "'s", "this", "that"]);
const stops = new Set([",", "that", ":", ";", "said", "says"]);
// Words that may stand between "in a" and the channel noun; capitalised names (platforms, outlets) may too.
const modifiers = new Set([
  "televised", "written", "joint", "official", "weekly", "nightly", "daily", "video", "brief", "separate", "short",
  "late-night", "emailed", "new", "recent", "lengthy", "rare", "exclusive", "first", "latest", "annual", "live", "radio",
  "telephone", "phone", "online", "social", "media", "public", "formal", "earlier", "subsequent", "televised", "personal",
]);

/**
 * The channel named in words[from..to]: "on his Telegram channel" → "Telegram channel",
 * "in an interview with Politico" → "interview with Politico". `anchored`: words[from] must be the preposition;
 * `source`: the channel noun may head the phrase ("a press release from …", "the ministry's statement").
 */
export function findChannel(words: readonly Word[], from: number, to: number, anchored = false, source = false): ChannelMatch | null {
  if (anchored) return channelAfterPreposition(words, from, to);
  for (let k = from; k <= to; k++) {
    const lower = words[k]?.lower ?? "";
    if (words[k]?.quote) continue;
    if (prepositions.has(lower)) {
      const found = channelAfterPreposition(words, k, to);
      if (found) return found;
    }
    if (source && !prepositions.has(words[k - 1]?.lower ?? "")) {
      const noun = channelNounAt(words, k);
      if (noun > k) {
        const ownerEnd = words[k - 1]?.lower === "'s" ? k - 2 : undefined;
        return { next: noun, text: phraseText(words, k, noun - 1), ...(ownerEnd === undefined ? {} : { ownerEnd }) };
      }
    }
  }
  return null;
}

export function mediaAt(words: readonly Word[], p: number): ChannelMatch | null {
  const length = phraseLengthAt(lexicon().media, (k) => words[k]?.lower, p);
  return length > 0 ? { next: p + length, text: phraseText(words, p, p + length - 1) } : null;
}

function channelAfterPreposition(words: readonly Word[], prep: number, to: number): ChannelMatch | null {
  if (!prepositions.has(words[prep]?.lower ?? "")) return null;
  let k = prep + 1;
  let first = k;
  for (; k <= Math.min(to, prep + 4); k++) {
    const w = words[k];
    if (!w || stops.has(w.lower) || w.isQuoteMark) return null;
    if (leaders.has(w.lower)) {
      first = k + 1;
      continue;
    }
    const end = channelNounAt(words, k);
    if (end > k) return extend(words, first, end, to);
    // "in a preliminary report" reads as a channel; "on a border post" does not.
    const open = words[prep]?.lower === "in" || words[prep]?.lower === "via" || words[prep]?.lower === "through";
    if (!open && !modifiers.has(w.lower) && !/^\p{Lu}/u.test(w.text)) return null;
  }
  return null;
}

/** Index after a channel noun or platform starting at k, or k. */
function channelNounAt(words: readonly Word[], k: number): number {
  const { channelNouns, platforms } = lexicon();
  const length = phraseLengthAt(channelNouns, (j) => words[j]?.lower, k);
  if (length > 0) return k + length;
  const w = words[k];
  // Platforms are names: "X" counts, the letter "x" does not.
  if (w && /^\p{Lu}/u.test(w.text) && platforms.has(w.lower)) return channelNounAt(words, k + 1) > k + 1 ? channelNounAt(words, k + 1) : k + 1;
  return k;
}

// "interview" + "with Politico"; "post" + "on X".
function extend(words: readonly Word[], first: number, end: number, to: number): ChannelMatch {
  let last = end - 1;
  const joiner = words[end]?.lower;
  if ((joiner === "with" || joiner === "on" || joiner === "to") && end + 1 <= to) {
    let k = end + 1;
    if (words[k]?.lower === "the") k++;
    const media = mediaAt(words, k);
    const nameEnd = media ? media.next - 1 : capitalizedRunEnd(words, k, to);
    if (nameEnd >= k) last = nameEnd;
  }
  return { next: last + 1, text: phraseText(words, first, last) };
}

const nameJoiners = new Set(["and", "of", "for", "the", "de", "on", "&"]);

// "the Securities and Exchange Commission": capitalised words, joined by small words inside the name.
function capitalizedRunEnd(words: readonly Word[], from: number, to: number): number {
  const capital = (k: number) => /^\p{Lu}/u.test(words[k]?.text ?? "");
  let k = from;
  while (k <= to && (capital(k) || (k > from && nameJoiners.has(words[k]?.lower ?? "") && capital(k + 1)))) k++;
  return k - 1;
}

function phraseText(words: readonly Word[], first: number, last: number): string {
  return words
    .slice(first, last + 1)
    .map((w) => w.text)
    .join(" ")
    .replace(/ (['’]s)\b/g, "$1");
}
