import { findChannel } from "./channel.js";
import { isAdverb, timeRunEnd } from "./word-shapes.js";
import type { Word } from "./words.js";

export const objectHeads = new Set([
  "reporters", "journalists", "press", "media", "television", "tv", "radio", "agency", "lawmakers", "parliament", "crowd",
  "audience", "supporters", "correspondent", "newspaper", "daily", "broadcaster", "members", "delegates", "students",
  "him", "her", "them", "us", "me", "residents", "troops", "soldiers", "state", "local", "foreign", "nation", "council",
]);

/** Skips time phrases, channel phrases and adverbs after a cue; the first channel seen is kept. */
export function skipAdverbials(words: readonly Word[], from: number, end: number): { next: number; channel: string | null } {
  let p = from;
  let channel: string | null = null;
  for (let guard = 0; guard < 8 && p <= end; guard++) {
    const time = timeRunEnd(words, p);
    if (time > p) {
      p = time;
      continue;
    }
    const found = channelPhraseAt(words, p);
    if (found) {
      channel ??= found.text;
      p = found.next;
      continue;
    }
    if (words[p]?.lower === "," && (timeRunEnd(words, p + 1) > p + 1 || channelPhraseAt(words, p + 1))) {
      p++;
      continue;
    }
    if (isAdverb(words[p]) || ["again", "also", "too", "further", "later", "earlier", "then", "out"].includes(words[p]?.lower ?? "")) {
      p++;
      continue;
    }
    break;
  }
  return { next: p, channel };
}

export function channelPhraseAt(words: readonly Word[], p: number): { next: number; text: string } | null {
  if (!["in", "on", "at", "via", "through", "during", "over", "to"].includes(words[p]?.lower ?? "")) return null;
  return findChannel(words, p, Math.min(words.length - 1, p + 12), true);
}

// "… claimed responsibility for the attack in a statement on a militant website": the channel is not content.
export function withoutTrailingChannel(words: readonly Word[], first: number, last: number): { last: number; channel: string | null } {
  for (let k = Math.max(first + 1, last - 12); k <= last; k++) {
    const found = channelPhraseAt(words, k);
    if (found && (found.next > last || words[found.next]?.lower === "on" || words[found.next]?.lower === "from")) return { last: k - 1, channel: found.text };
  }
  return { last, channel: null };
}

const phraseOpeners = new Set(["in", "at", "on", "during", "with", "to", "before", "after", "via", "through", "from", "by", "over"]);

/**
 * "said in a filing with the Securities and Exchange Commission that …", "said in remarks broadcast on state TV
 * that …": a phrase between the verb (or its channel) and "that".
 */
export function thatAfterPhrase(words: readonly Word[], p: number, end: number, afterChannel: boolean): number | null {
  if ((!phraseOpeners.has(words[p]?.lower ?? "") && !afterChannel) || words[p]?.lower === "that") return null;
  for (let k = p + 1; k <= Math.min(end, p + 12); k++) {
    const w = words[k];
    if (!w || w.lower === "," || w.isQuoteMark || w.quote) return null;
    if (w.lower === "that") return k;
  }
  return null;
}

/**
 * The word after the addressee of "told": up to "that", a colon or a comma when one is near, else past the object
 * heads and names. A name after a common head ("told reporters Moscow was …") or after a medium (`headDone`,
 * "told Reuters Kyiv …") already starts what was said.
 */
export function skipObject(words: readonly Word[], from: number, end: number, headDone = false): number {
  for (let k = from; k <= Math.min(end, from + 6); k++) {
    const lower = words[k]?.lower ?? "";
    if (lower === "that" || lower === ":" || lower === ",") return k;
  }
  // "told the Gazette the plan …": a name after "the" is an addressee too.
  let p = words[from]?.lower === "the" && /^\p{Lu}/u.test(words[from + 1]?.text ?? "") && !headDone ? from + 1 : from;
  let head = headDone;
  while (p <= end && p < from + 4) {
    if (objectHeads.has(words[p]?.lower ?? "")) head = true;
    else if (head || !/^\p{Lu}/u.test(words[p]?.text ?? "")) break;
    p++;
  }
  return p;
}
