/**
 * The arc-eager transition system (Nivre 2003) with a single-root constraint, and the dynamic oracle of Goldberg &
 * Nivre (2012) that says, from any configuration, how many gold arcs each transition would make unreachable.
 * Token 0 is the root; words are 1..n.
 */

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const TRANSITIONS = 4;

export class Configuration {
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Nearest and second-nearest left and right children, 0 when none (0 is never a child). */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** The labels of a word's children so far, as a 64-bit set split into two words. */
  readonly labelSetLow: Int32Array;
  readonly labelSetHigh: Int32Array;
  readonly stack: Int32Array;
  readonly inStack: Uint8Array;
  depth = 0;
  /** The first word of the buffer; the buffer is empty when it passes n. */
  next = 1;

  constructor(readonly n: number) {
    const size = n + 1;
    this.heads = new Int32Array(size).fill(-1);
    this.labels = new Int32Array(size).fill(-1);
    this.left1 = new Int32Array(size);
    this.left2 = new Int32Array(size);
    this.right1 = new Int32Array(size);
    this.right2 = new Int32Array(size);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.labelSetLow = new Int32Array(size);
    this.labelSetHigh = new Int32Array(size);
    this.stack = new Int32Array(size + 1);
    this.inStack = new Uint8Array(size);
    this.push(0);
  }

  get top(): number {
    return this.stack[this.depth - 1] ?? -1;
  }

  /** The word below the top of the stack, or -1. */
  get second(): number {
    return this.depth > 1 ? (this.stack[this.depth - 2] ?? -1) : -1;
  }

  get bufferEmpty(): boolean {
    return this.next > this.n;
  }

  get terminal(): boolean {
    return this.bufferEmpty && this.depth === 1;
  }

  private push(word: number): void {
    this.stack[this.depth++] = word;
    this.inStack[word] = 1;
  }

  private pop(): void {
    const word = this.top;
    this.depth--;
    this.inStack[word] = 0;
  }

  valid(transition: number): boolean {
    const s0 = this.top;
    switch (transition) {
      case SHIFT:
        return !this.bufferEmpty;
      case REDUCE:
        // Once the buffer is empty a headless word may be popped too; it is attached at the end.
        return s0 > 0 && (this.heads[s0] !== -1 || this.bufferEmpty);
      case LEFT:
        return s0 > 0 && this.heads[s0] === -1 && !this.bufferEmpty;
      case RIGHT:
        return !this.bufferEmpty && (s0 !== 0 || this.rightCount[0] === 0);
      default:
        return false;
    }
  }

  apply(transition: number, label: number): void {
    const s0 = this.top;
    const b = this.next;
    if (transition === SHIFT) {
      this.push(b);
      this.next++;
    } else if (transition === REDUCE) {
      this.pop();
    } else if (transition === LEFT) {
      this.attach(b, s0, label);
      this.pop();
    } else {
      this.attach(s0, b, label);
      this.push(b);
      this.next++;
    }
  }

  private attach(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    if (label < 32) this.labelSetLow[head] = (this.labelSetLow[head] ?? 0) | (1 << label);
    else this.labelSetHigh[head] = (this.labelSetHigh[head] ?? 0) | (1 << (label - 32));
    if (dependent < head) {
      // Left children are attached nearest-last: a later one is further left.
      this.left2[head] = this.left1[head] ?? 0;
      this.left1[head] = dependent;
      this.leftCount[head] = (this.leftCount[head] ?? 0) + 1;
    } else {
      this.right2[head] = this.right1[head] ?? 0;
      this.right1[head] = dependent;
      this.rightCount[head] = (this.rightCount[head] ?? 0) + 1;
    }
  }

  /** Gold arcs lost by `transition`, given gold heads (index 0 unused). */
  cost(transition: number, gold: Int32Array): number {
    const s0 = this.top;
    const b = this.next;
    const n = this.n;
    const goldOf = (k: number): number => gold[k] ?? -1;
    switch (transition) {
      case LEFT: {
        let cost = goldOf(s0) > b ? 1 : 0;
        for (let k = b; k <= n; k++) if (goldOf(k) === s0) cost++;
        return cost;
      }
      case RIGHT: {
        const head = goldOf(b);
        let cost = (this.inStack[head] === 1 && head !== s0) || head > b ? 1 : 0;
        cost += this.headlessOnStackHeadedBy(b, gold);
        return cost;
      }
      case REDUCE: {
        if (this.bufferEmpty) return 0;
        let cost = 0;
        for (let k = b; k <= n; k++) if (goldOf(k) === s0) cost++;
        return cost;
      }
      default: {
        const head = goldOf(b);
        return (this.inStack[head] === 1 ? 1 : 0) + this.headlessOnStackHeadedBy(b, gold);
      }
    }
  }

  private headlessOnStackHeadedBy(b: number, gold: Int32Array): number {
    let count = 0;
    for (let i = 1; i < this.depth; i++) {
      const k = this.stack[i] ?? 0;
      if (this.heads[k] === -1 && gold[k] === b) count++;
    }
    return count;
  }
}
