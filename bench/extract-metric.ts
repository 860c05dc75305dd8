/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark): word tokens as Python's
 * `\w+`, multisets of 4-word shingles, per-page precision and recall, F1 of their means.
 */
export interface PageScore {
  /** null when the prediction has no tokens (the page is left out of the precision mean). */
  readonly precision: number | null;
  /** null when the truth has no tokens (the page is left out of the recall mean). */
  readonly recall: number | null;
  /** Prediction and truth have the same token sequence. */
  readonly exact: boolean;
}

export interface Summary {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
}

const shingleSize = 4;

export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset of n-word shingles; a text shorter than n words is one shingle of the words it has. */
export function shingles(tokens: readonly string[], size = shingleSize): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last; i += 1) {
    const key = tokens.slice(i, i + size).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const truthTokens = tokenize(truth);
  const predictionTokens = tokenize(prediction);
  const truthShingles = shingles(truthTokens);
  const predictionShingles = shingles(predictionTokens);
  let overlap = 0;
  for (const [key, count] of predictionShingles) overlap += Math.min(count, truthShingles.get(key) ?? 0);
  const total = (counts: Map<string, number>): number => [...counts.values()].reduce((sum, n) => sum + n, 0);
  const predicted = total(predictionShingles);
  const actual = total(truthShingles);
  return {
    precision: predicted === 0 ? null : overlap / predicted,
    recall: actual === 0 ? null : overlap / actual,
    exact: truthTokens.join(" ") === predictionTokens.join(" "),
  };
}

export function summarize(pages: readonly PageScore[]): Summary {
  const precision = mean(pages.flatMap((page) => (page.precision === null ? [] : [page.precision])));
  // A page with an empty prediction still counts for recall, as zero.
  const recall = mean(pages.flatMap((page) => (page.recall === null ? [] : [page.recall])));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: mean(pages.map((page) => (page.exact ? 1 : 0))) };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
