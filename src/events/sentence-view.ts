import type { Sentence, Token } from "../annotate/annotations.js";
import type { Entity, Mention } from "../entities/entity.js";
import type { Syntax } from "../syntax/syntax-layer.js";

/** A mention placed on the sentence's tokens: `first`..`last` are local token indexes. */
export interface PlacedMention {
  readonly mention: Mention;
  readonly entity: Entity | undefined;
  readonly first: number;
  readonly last: number;
}

/** One sentence as the event coder reads it: lower-cased words and the mentions on them. */
export interface SentenceView {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  /** Lower-cased token texts with curly apostrophes made straight. */
  readonly words: readonly string[];
  readonly mentions: readonly PlacedMention[];
  /** Local token index → the mention covering it. */
  readonly mentionAt: ReadonlyMap<number, PlacedMention>;
  readonly wordSet: ReadonlySet<string>;
  /** The document's parse, when the syntax stage ran: rules read roles off the tree where it states them. */
  readonly syntax?: Syntax;
}

/** The views whose sentences overlap `span`, found by binary search (views are in text order). */
export function viewsOverlapping(views: readonly SentenceView[], span: { start: number; end: number }): SentenceView[] {
  let low = 0;
  let high = views.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((views[middle]?.sentence.end ?? 0) <= span.start) low = middle + 1;
    else high = middle;
  }
  const found: SentenceView[] = [];
  for (let i = low; i < views.length && (views[i]?.sentence.start ?? Infinity) < span.end; i++) {
    const view = views[i];
    if (view) found.push(view);
  }
  return found;
}

const curlyApostrophe = /[\u2019\u2018]/gu;

export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(curlyApostrophe, "'");
}

/** Groups tokens and mentions by sentence in one linear pass over each (both arrive in text order). */
export function buildSentenceViews(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
  syntax?: Syntax,
): SentenceView[] {
  const views: SentenceView[] = [];
  let t = 0;
  let m = 0;
  for (const sentence of sentences) {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= sentence.start) t++;
    const start = t;
    while (t < tokens.length && (tokens[t]?.start ?? Infinity) < sentence.end) t++;
    const own = tokens.slice(start, t);
    while (m < mentions.length && (mentions[m]?.start ?? 0) < sentence.start) m++;
    const placed: PlacedMention[] = [];
    const mentionAt = new Map<number, PlacedMention>();
    let k = 0;
    for (; m < mentions.length && (mentions[m]?.start ?? Infinity) < sentence.end; m++) {
      const mention = mentions[m];
      if (!mention) continue;
      while (k < own.length && (own[k]?.end ?? 0) <= mention.start) k++;
      let last = k;
      while (last + 1 < own.length && (own[last + 1]?.start ?? Infinity) < mention.end) last++;
      if (k >= own.length) break;
      const pm: PlacedMention = { mention, entity: entities.get(mention.entity), first: k, last };
      placed.push(pm);
      for (let i = k; i <= last; i++) mentionAt.set(i, pm);
    }
    const words = own.map((tok) => normalizeWord(tok.text));
    views.push({ sentence, tokens: own, words, mentions: placed, mentionAt, wordSet: new Set(words), ...(syntax ? { syntax } : {}) });
  }
  return views;
}
