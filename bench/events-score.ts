import { ploverTypes } from "../src/events/event.js";

/** Gold and predicted labels of one classification run; "NONE" when no event was produced. */
export interface Confusion {
  readonly labels: readonly string[];
  /** counts[gold][predicted] */
  readonly counts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly total: number;
  readonly correct: number;
}

export interface TypeScore {
  readonly type: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export function confusion(pairs: readonly { gold: string; predicted: string }[]): Confusion {
  const counts = new Map<string, Map<string, number>>();
  let correct = 0;
  for (const { gold, predicted } of pairs) {
    const row = counts.get(gold) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    counts.set(gold, row);
    if (gold === predicted) correct++;
  }
  const seen = new Set(pairs.flatMap((p) => [p.gold, p.predicted]));
  const labels = [...ploverTypes, "NONE"].filter((l) => seen.has(l));
  return { labels, counts, total: pairs.length, correct };
}

function cell(c: Confusion, gold: string, predicted: string): number {
  return c.counts.get(gold)?.get(predicted) ?? 0;
}

/** Per-type precision, recall and F1 over the types that occur in the gold labels. */
export function typeScores(c: Confusion): TypeScore[] {
  return c.labels
    .filter((type) => type !== "NONE" && c.counts.has(type))
    .map((type) => {
      const truePositives = cell(c, type, type);
      const predicted = c.labels.reduce((sum, gold) => sum + cell(c, gold, type), 0);
      const support = c.labels.reduce((sum, p) => sum + cell(c, type, p), 0);
      const precision = predicted === 0 ? 0 : truePositives / predicted;
      const recall = support === 0 ? 0 : truePositives / support;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return { type, precision, recall, f1, support };
    });
}

export function macroF1(scores: readonly TypeScore[]): number {
  return scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + s.f1, 0) / scores.length;
}

export function formatConfusion(c: Confusion): string {
  const short = (l: string) => l.slice(0, 5).padStart(5);
  const header = `${"gold\\pred".padEnd(10)}${c.labels.map(short).join(" ")}`;
  const rows = c.labels
    .filter((gold) => c.counts.has(gold))
    .map((gold) => `${gold.padEnd(10)}${c.labels.map((p) => String(cell(c, gold, p) || ".").padStart(5)).join(" ")}`);
  return [header, ...rows].join("\n");
}
