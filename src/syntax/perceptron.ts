/**
 * The averaged perceptron (Collins 2002) that scores tags, transitions and labels. Training keeps dense rows per
 * feature with lazily averaged totals; the shipped model is sparse (only the classes a feature ever voted for),
 * looked up through an open-addressing table so that loading is a few typed-array views.
 */

export interface Scorer {
  readonly classes: number;
  /** Adds the weights of `count` features to `scores` (length `classes`). */
  score(features: Int32Array, count: number, scores: Float32Array): void;
}

export class TrainablePerceptron implements Scorer {
  private readonly rowOf = new Map<number, number>();
  private weights = new Float32Array(0);
  private totals = new Float64Array(0);
  private stamps = new Int32Array(0);
  private rows = 0;
  private clock = 0;

  constructor(readonly classes: number) {}

  score(features: Int32Array, count: number, scores: Float32Array): void {
    const c = this.classes;
    for (let f = 0; f < count; f++) {
      const row = this.rowOf.get(features[f] ?? 0);
      if (row === undefined) continue;
      const base = row * c;
      for (let k = 0; k < c; k++) scores[k] = (scores[k] ?? 0) + (this.weights[base + k] ?? 0);
    }
  }

  /** One training step: after each instance, whether or not it was updated. */
  tick(): void {
    this.clock++;
  }

  /** Moves weight towards `truth` and away from `guess` for these features. */
  update(features: Int32Array, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    for (let f = 0; f < count; f++) {
      const base = this.row(features[f] ?? 0) * this.classes;
      this.add(base + truth, 1);
      this.add(base + guess, -1);
    }
  }

  private add(index: number, delta: number): void {
    const w = this.weights[index] ?? 0;
    this.totals[index] = (this.totals[index] ?? 0) + (this.clock - (this.stamps[index] ?? 0)) * w;
    this.stamps[index] = this.clock;
    this.weights[index] = w + delta;
  }

  private row(key: number): number {
    const known = this.rowOf.get(key);
    if (known !== undefined) return known;
    const row = this.rows++;
    this.rowOf.set(key, row);
    if (this.rows * this.classes > this.weights.length) this.grow();
    return row;
  }

  private grow(): void {
    const size = Math.max(1024, this.weights.length * 2);
    const weights = new Float32Array(size);
    weights.set(this.weights);
    const totals = new Float64Array(size);
    totals.set(this.totals);
    const stamps = new Int32Array(size);
    stamps.set(this.stamps);
    this.weights = weights;
    this.totals = totals;
    this.stamps = stamps;
  }

  /** The averaged weights as a sparse model, dropping entries whose magnitude is below `prune`. */
  averaged(prune: number): SparseModel {
    const keys: number[] = [];
    const rowStarts: number[] = [0];
    const entryClasses: number[] = [];
    const entryWeights: number[] = [];
    const clock = Math.max(1, this.clock);
    for (const [key, row] of this.rowOf) {
      const base = row * this.classes;
      let kept = 0;
      for (let k = 0; k < this.classes; k++) {
        const i = base + k;
        const w = this.weights[i] ?? 0;
        const total = (this.totals[i] ?? 0) + (clock - (this.stamps[i] ?? 0)) * w;
        const average = total / clock;
        if (Math.abs(average) < prune) continue;
        entryClasses.push(k);
        entryWeights.push(average);
        kept++;
      }
      if (kept === 0) continue;
      keys.push(key);
      rowStarts.push(entryClasses.length);
    }
    return new SparseModel(
      this.classes,
      Int32Array.from(keys),
      Int32Array.from(rowStarts),
      Uint8Array.from(entryClasses),
      Float32Array.from(entryWeights),
    );
  }
}

const EMPTY = 0x7fffffff;

/**
 * Read-only weights: row `r` holds entries rowStarts[r]..rowStarts[r+1] of (class, weight). Lookups go through an
 * open-addressing table whose slots hold [key, first entry, end entry] side by side, so a feature costs one cache
 * miss for the slot and one for its entries: scoring is bound by memory, not arithmetic.
 */
export class SparseModel implements Scorer {
  /** The lookup table; built from the rows unless given (an unpacked model file keeps it, see model-file.ts). */
  readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    readonly classes: number,
    readonly keys: Int32Array,
    readonly rowStarts: Int32Array,
    readonly entryClasses: Uint8Array,
    readonly entryWeights: Float32Array,
    slots?: Int32Array,
  ) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    if (slots !== undefined && slots.length === size * SLOT) {
      this.slots = slots;
      return;
    }
    this.slots = new Int32Array(size * SLOT).fill(EMPTY);
    for (let r = 0; r < keys.length; r++) this.insert(keys[r] ?? 0, rowStarts[r] ?? 0, rowStarts[r + 1] ?? 0);
  }

  private insert(key: number, start: number, end: number): void {
    let i = (key ^ (key >>> 15)) & this.mask;
    while (this.slots[i * SLOT] !== EMPTY) i = (i + 1) & this.mask;
    this.slots[i * SLOT] = key;
    this.slots[i * SLOT + 1] = start;
    this.slots[i * SLOT + 2] = end;
  }

  score(features: Int32Array, count: number, scores: Float32Array): void {
    const { slots, mask, entryClasses, entryWeights } = this;
    for (let f = 0; f < count; f++) {
      const key = features[f] ?? 0;
      let i = (key ^ (key >>> 15)) & mask;
      let k = slots[i * SLOT];
      while (k !== key && k !== EMPTY) {
        i = (i + 1) & mask;
        k = slots[i * SLOT];
      }
      if (k === EMPTY) continue;
      const end = slots[i * SLOT + 2] ?? 0;
      for (let e = slots[i * SLOT + 1] ?? 0; e < end; e++) {
        const c = entryClasses[e] ?? 0;
        scores[c] = (scores[c] ?? 0) + (entryWeights[e] ?? 0);
      }
    }
  }
}

const SLOT = 3;

/** The index of the highest score among the classes `allowed` says yes to (all when omitted). */
export function argmax(scores: Float32Array, allowed?: (k: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < scores.length; k++) {
    if (allowed !== undefined && !allowed(k)) continue;
    const s = scores[k] ?? 0;
    if (s > bestScore) {
      bestScore = s;
      best = k;
    }
  }
  return best;
}
