/**
 * A read-only set of strings laid out in typed arrays, so that it can be written to a file and used straight from
 * the file's bytes: no parsing and no per-string objects at load time. Lookup is by open addressing on a 32-bit
 * FNV-1a hash of the UTF-16 code units, the hash stored beside each string so that a probe rarely compares text.
 */
export interface StringTableArrays {
  /** Every string's UTF-16 code units, back to back. */
  readonly text: Uint16Array;
  /** String `i` is text[starts[i]..starts[i+1]]. */
  readonly starts: Uint32Array;
  readonly hashes: Uint32Array;
  /** A power-of-two table; 0 is empty, else 1 + the string's index. */
  readonly slots: Uint32Array;
}

export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The arrays for `strings`, which must be distinct; string `i` keeps index `i`. */
export function buildStringTable(strings: readonly string[]): StringTableArrays {
  const length = strings.reduce((sum, s) => sum + s.length, 0);
  const text = new Uint16Array(length);
  const starts = new Uint32Array(strings.length + 1);
  const hashes = new Uint32Array(strings.length);
  let size = 1;
  while (size < strings.length * 2) size <<= 1;
  const slots = new Uint32Array(size);
  let at = 0;
  strings.forEach((s, i) => {
    starts[i] = at;
    for (let c = 0; c < s.length; c++) text[at++] = s.charCodeAt(c);
    const hash = hashString(s);
    hashes[i] = hash;
    let slot = hash & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = i + 1;
  });
  starts[strings.length] = at;
  return { text, starts, hashes, slots };
}

/** The index of `key` in the table, or -1. */
export function findString(table: StringTableArrays, key: string): number {
  const { slots, hashes } = table;
  const mask = slots.length - 1;
  const hash = hashString(key);
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot] ?? 0;
    if (entry === 0) return -1;
    if (hashes[entry - 1] === hash && sameText(table, entry - 1, key)) return entry - 1;
  }
}

export function stringAt(table: StringTableArrays, index: number): string {
  return String.fromCharCode(...table.text.subarray(table.starts[index] ?? 0, table.starts[index + 1] ?? 0));
}

function sameText({ text, starts }: StringTableArrays, index: number, key: string): boolean {
  const start = starts[index] ?? 0;
  if ((starts[index + 1] ?? 0) - start !== key.length) return false;
  for (let c = 0; c < key.length; c++) if (text[start + c] !== key.charCodeAt(c)) return false;
  return true;
}
