import type { Claim } from "../src/claims/claim.js";
import type { Span } from "../src/core/span.js";

/** One hand-annotated claim of the test set: the exact texts a reader marks. */
export interface ExpectedClaim {
  readonly speaker: string;
  readonly cue: string;
  readonly content: string;
  readonly stance: string;
  /** PARC's kind (statement, belief, desire, …), when the gold gives one. */
  readonly kind?: string;
  /** Where the gold cue and content are, when known: a prediction is paired only with gold at the same place. */
  readonly cueSpans?: readonly Span[];
  readonly contentSpans?: readonly Span[];
}

export interface FieldCounts {
  matched: number;
  predicted: number;
  expected: number;
}

export const FIELDS = ["speaker", "cue", "content"] as const;
export type Field = (typeof FIELDS)[number];

/** Exact and overlap-50% counts per role, attribution-level counts (cue and content overlap), and stance. */
export interface Tally {
  readonly exact: Record<Field, FieldCounts>;
  readonly overlap: Record<Field, FieldCounts>;
  readonly attribution: FieldCounts;
  stanceRight: number;
  stancePaired: number;
  kindRight: number;
  kindPaired: number;
}

const counts = (): FieldCounts => ({ matched: 0, predicted: 0, expected: 0 });
const perField = (): Record<Field, FieldCounts> => ({ speaker: counts(), cue: counts(), content: counts() });

export const emptyTally = (): Tally => ({ exact: perField(), overlap: perField(), attribution: counts(), stanceRight: 0, stancePaired: 0, kindRight: 0, kindPaired: 0 });

const norm = (s: string) => s.replace(/\s+/g, " ").trim();
const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** At least half of each side's words are shared (as a multiset): a partial boundary, not a different span. */
export function overlaps(a: string, b: string): boolean {
  const left = tokens(a);
  const right = tokens(b);
  if (left.length === 0 || right.length === 0) return false;
  const pool = new Map<string, number>();
  for (const t of right) pool.set(t, (pool.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of left) {
    const n = pool.get(t) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(t, n - 1);
    }
  }
  return shared >= left.length / 2 && shared >= right.length / 2;
}

type Texts = Record<Field, string>;
const textsOf = (c: Claim): Texts => ({ speaker: c.speaker.text, cue: c.cue, content: c.content });

/**
 * Pairs each expected claim with at most one predicted claim (same cue and content first, then same cue, same
 * content, then overlapping cue and content) and counts exact and overlap matches per role. Speakerless claims
 * (impersonal passives) do not count toward speaker scores.
 */
export function scoreItem(expected: readonly ExpectedClaim[], predicted: readonly Claim[], tally: Tally, differences?: string[]): void {
  const free = new Set(predicted);
  for (const field of FIELDS) {
    const stated = (t: string) => field !== "speaker" || t !== "";
    for (const table of [tally.exact, tally.overlap]) {
      table[field].predicted += predicted.filter((c) => stated(textsOf(c)[field])).length;
      table[field].expected += expected.filter((e) => stated(e[field])).length;
    }
  }
  tally.attribution.predicted += predicted.length;
  tally.attribution.expected += expected.length;
  const same = (a: string, b: string) => norm(a) === norm(b);
  for (const want of expected) {
    const candidates = [...free].filter((c) => samePlace(want, c)).map((c) => ({ claim: c, texts: textsOf(c) }));
    const pick =
      candidates.find((c) => same(c.texts.cue, want.cue) && same(c.texts.content, want.content)) ??
      candidates.find((c) => same(c.texts.cue, want.cue)) ??
      candidates.find((c) => same(c.texts.content, want.content)) ??
      candidates.find((c) => overlaps(c.texts.cue, want.cue) && overlaps(c.texts.content, want.content));
    if (!pick) {
      differences?.push(`missed    ${describe(want)}`);
      continue;
    }
    free.delete(pick.claim);
    const wrong = FIELDS.filter((field) => !(field === "speaker" && want.speaker === "") && !same(pick.texts[field], want[field]));
    if (wrong.length > 0) differences?.push(`roles     ${wrong.map((f) => `${f}: gold «${want[f]}» got «${pick.texts[f]}»`).join("\n          ")}`);
    for (const field of FIELDS) {
      if (field === "speaker" && want.speaker === "") continue;
      if (same(pick.texts[field], want[field])) tally.exact[field].matched++;
      if (overlaps(pick.texts[field], want[field])) tally.overlap[field].matched++;
    }
    if (overlaps(pick.texts.cue, want.cue) && overlaps(pick.texts.content, want.content)) tally.attribution.matched++;
    tally.stancePaired++;
    if (pick.claim.stance === want.stance) tally.stanceRight++;
    else differences?.push(`stance    gold ${want.stance} got ${pick.claim.stance}: «${want.cue}» ${want.content.slice(0, 60)}`);
    if (want.kind === undefined) continue;
    tally.kindPaired++;
    if (pick.claim.kind === want.kind) tally.kindRight++;
    else differences?.push(`kind      gold ${want.kind} got ${pick.claim.kind}: «${want.cue}»`);
  }
  for (const claim of free) differences?.push(`spurious  ${describe({ ...textsOf(claim), stance: claim.stance })}`);
}

const touches = (a: readonly Span[], b: readonly Span[]) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

// Texts alone would pair a "said" of one paragraph with a "said" of another; spans keep pairs where they belong.
function samePlace(want: ExpectedClaim, claim: Claim): boolean {
  if (!want.cueSpans || !want.contentSpans) return true;
  return touches(want.cueSpans, claim.cueSpans) || touches(want.contentSpans, claim.contentSpans);
}

const describe = (c: ExpectedClaim) => `«${c.speaker}» «${c.cue}» «${c.content.slice(0, 90)}»`;

export function f1(counts: FieldCounts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted === 0 ? 0 : counts.matched / counts.predicted;
  const recall = counts.expected === 0 ? 0 : counts.matched / counts.expected;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Adds one tally into another (sets scored apart, then together). */
export function addTally(into: Tally, from: Tally): void {
  const add = (a: FieldCounts, b: FieldCounts) => {
    a.matched += b.matched;
    a.predicted += b.predicted;
    a.expected += b.expected;
  };
  for (const field of FIELDS) {
    add(into.exact[field], from.exact[field]);
    add(into.overlap[field], from.overlap[field]);
  }
  add(into.attribution, from.attribution);
  into.stanceRight += from.stanceRight;
  into.stancePaired += from.stancePaired;
  into.kindRight += from.kindRight;
  into.kindPaired += from.kindPaired;
}

/** One line per tally: exact and overlap F1 per role, attribution F1, stance accuracy. */
export function formatTally(name: string, tally: Tally): string {
  const value = (c: FieldCounts) => f1(c).f1.toFixed(3);
  const roles = FIELDS.map((field) => `${field} ${value(tally.exact[field])}/${value(tally.overlap[field])}`).join(", ");
  const stance = tally.stancePaired === 0 ? 0 : tally.stanceRight / tally.stancePaired;
  const { precision, recall } = f1(tally.attribution);
  const kind = tally.kindPaired === 0 ? "" : `; kind ${(tally.kindRight / tally.kindPaired).toFixed(3)}`;
  return `${name.padEnd(9)} ${roles}; attribution F1 ${value(tally.attribution)} (P ${precision.toFixed(3)} R ${recall.toFixed(3)}); stance ${stance.toFixed(3)} (${tally.stancePaired} paired)${kind}`;
}
