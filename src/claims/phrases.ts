/** Multi-word phrases keyed by their first word, longest first: one map lookup per word of text. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

export function indexPhrases(list: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const phrase of list) {
    const parts = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    const first = parts[0];
    if (first === undefined) continue;
    const bucket = index.get(first) ?? [];
    bucket.push(parts);
    index.set(first, bucket);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.length - a.length);
  return index;
}

/** Length of the longest phrase starting at word k (as `wordAt` reads it), or 0. */
export function phraseLengthAt(index: PhraseIndex, wordAt: (k: number) => string | undefined, k: number): number {
  const bucket = index.get(wordAt(k) ?? "");
  const phrase = bucket?.find((parts) => parts.every((part, j) => wordAt(k + j) === part));
  return phrase?.length ?? 0;
}

/** Index of the first word where a phrase starts, or -1. */
export function findPhrase(words: readonly string[], index: PhraseIndex): number {
  const wordAt = (k: number) => words[k];
  for (let k = 0; k < words.length; k++) if (phraseLengthAt(index, wordAt, k) > 0) return k;
  return -1;
}
