import type { Claim } from "../src/claims/claim.js";

/** One hand-annotated claim of the test set: the exact texts a reader marks. */
export interface ExpectedClaim {
  readonly speaker: string;
  readonly cue: string;
  readonly content: string;
  readonly stance: string;
}

export interface FieldCounts {
  matched: number;
  predicted: number;
  expected: number;
}

export interface Tally {
  readonly speaker: FieldCounts;
  readonly cue: FieldCounts;
  readonly content: FieldCounts;
  stanceRight: number;
  stancePaired: number;
}

export const emptyTally = (): Tally => ({
  speaker: { matched: 0, predicted: 0, expected: 0 },
  cue: { matched: 0, predicted: 0, expected: 0 },
  content: { matched: 0, predicted: 0, expected: 0 },
  stanceRight: 0,
  stancePaired: 0,
});

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Pairs each expected claim with at most one predicted claim (same cue first, then same content, then same speaker)
 * and counts exact matches per field. Speakerless claims (impersonal passives) do not count toward speaker scores.
 */
export function scoreItem(expected: readonly ExpectedClaim[], predicted: readonly Claim[], tally: Tally): void {
  const free = new Set(predicted);
  tally.cue.predicted += predicted.length;
  tally.content.predicted += predicted.length;
  tally.speaker.predicted += predicted.filter((c) => c.speaker.text !== "").length;
  tally.cue.expected += expected.length;
  tally.content.expected += expected.length;
  tally.speaker.expected += expected.filter((e) => e.speaker !== "").length;
  for (const want of expected) {
    const candidates = [...free];
    const pick =
      candidates.find((c) => norm(c.cue) === norm(want.cue) && norm(c.content) === norm(want.content)) ??
      candidates.find((c) => norm(c.cue) === norm(want.cue)) ??
      candidates.find((c) => norm(c.content) === norm(want.content));
    if (!pick) continue;
    free.delete(pick);
    if (norm(pick.cue) === norm(want.cue)) tally.cue.matched++;
    if (norm(pick.content) === norm(want.content)) tally.content.matched++;
    if (want.speaker !== "" && norm(pick.speaker.text) === norm(want.speaker)) tally.speaker.matched++;
    tally.stancePaired++;
    if (pick.stance === want.stance) tally.stanceRight++;
  }
}

export function f1(counts: FieldCounts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted === 0 ? 0 : counts.matched / counts.predicted;
  const recall = counts.expected === 0 ? 0 : counts.matched / counts.expected;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
