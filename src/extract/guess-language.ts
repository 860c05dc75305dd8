import lexicon from "../../data/extract/language-words.json" with { type: "json" };

const scripts: readonly [RegExp, string][] = [
  [/[\u3040-\u30ff]/u, "ja"],
  [/[\uac00-\ud7af]/u, "ko"],
  [/[\u4e00-\u9fff]/u, "zh"],
  [/[\u0600-\u06ff]/u, "ar"],
  [/[\u0590-\u05ff]/u, "he"],
  [/[\u0370-\u03ff]/u, "el"],
  [/[\u0e00-\u0e7f]/u, "th"],
  [/[\u0900-\u097f]/u, "hi"],
];
const wordSets = Object.entries(lexicon.languages).map(([code, words]) => [code, new Set(words)] as const);
const sampleChars = 5000;

/**
 * A cheap language guess for text that declares none: the script for non-Latin/Cyrillic scripts, else the
 * language whose most frequent function words occur most often in the first few thousand characters.
 */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, sampleChars);
  for (const [pattern, code] of scripts) if (pattern.test(sample)) return code;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | null = null;
  let bestHits = Math.max(1, words.length * 0.05);
  for (const [code, set] of wordSets) {
    const hits = words.reduce((count, word) => count + (set.has(word) ? 1 : 0), 0);
    if (hits > bestHits) {
      best = code;
      bestHits = hits;
    }
  }
  return best;
}
