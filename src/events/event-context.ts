import contextData from "../../data/events/contexts.json" with { type: "json" };

interface ContextIndex {
  /** Word or two-word phrase → the contexts it gives. */
  readonly byPhrase: ReadonlyMap<string, readonly string[]>;
  /** First words of the two-word phrases: only these make a pair worth looking up. */
  readonly pairStarts: ReadonlySet<string>;
  /** Codebook order of the contexts. */
  readonly rank: ReadonlyMap<string, number>;
}

let index: ContextIndex | null = null;

/** Built once on first use. */
function contextIndex(): ContextIndex {
  if (index) return index;
  const byPhrase = new Map<string, string[]>();
  const pairStarts = new Set<string>();
  for (const [context, phrases] of Object.entries(contextData.contexts)) {
    for (const phrase of phrases) {
      byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), context]);
      if (phrase.includes(" ")) pairStarts.add(phrase.split(" ")[0] ?? "");
    }
  }
  const rank = new Map(Object.keys(contextData.contexts).map((context, i) => [context, i]));
  index = { byPhrase, pairStarts, rank };
  return index;
}

/**
 * PLOVER contexts (codebook §2.2) the words of a sentence give, in codebook order: "military" for troops and
 * missiles, "human security" for food and water. One linear pass over the words.
 */
export function contextsOf(words: readonly string[]): string[] {
  const { byPhrase, pairStarts, rank } = contextIndex();
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    for (const context of byPhrase.get(word) ?? []) found.add(context);
    if (pairStarts.has(word) && i + 1 < words.length) for (const context of byPhrase.get(`${word} ${words[i + 1] ?? ""}`) ?? []) found.add(context);
  }
  return [...found].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}
