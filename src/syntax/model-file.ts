/**
 * The shipped model as one gzip file: a JSON header (tag and label sets, the tag dictionary, lemma tables) and the
 * three sparse weight tables as raw little-endian arrays, each 8-byte aligned so loading makes views, not copies.
 * Written in a fixed order, so the same training run gives the same bytes.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import type { LemmaTables } from "./lemmatizer.js";
import { SparseModel } from "./perceptron.js";

export interface ModelHeader {
  readonly format: "sitrep-syntax/1";
  readonly trainedOn: string;
  readonly licence: string;
  /** Joint tags `UPOS XPOS`. */
  readonly tags: readonly string[];
  readonly coarseTags: readonly string[];
  readonly labels: readonly string[];
  readonly dictionary: Readonly<Record<string, number>>;
  readonly lemmas: LemmaTables;
}

export interface ModelWeights {
  readonly tagger: SparseModel;
  readonly transitions: SparseModel;
  readonly labeller: SparseModel;
}

const MAGIC = "SITREPSYN1\n";
/** Magic, header length, and padding to 16 bytes so that every later section starts aligned. */
const PREAMBLE = 16;
const WEIGHT_ORDER = ["tagger", "transitions", "labeller"] as const;

function pad8(length: number): number {
  return (8 - (length % 8)) % 8;
}

export function writeModel(header: ModelHeader, weights: ModelWeights): Buffer {
  const parts: Buffer[] = [];
  const pushAligned = (bytes: Buffer): void => {
    parts.push(bytes, Buffer.alloc(pad8(bytes.length)));
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const preamble = Buffer.alloc(PREAMBLE);
  preamble.write(MAGIC, 0, "latin1");
  preamble.writeUInt32LE(headerBytes.length, MAGIC.length);
  parts.push(preamble);
  pushAligned(headerBytes);
  for (const name of WEIGHT_ORDER) {
    const model = weights[name];
    const sizes = Buffer.alloc(16);
    sizes.writeUInt32LE(model.classes, 0);
    sizes.writeUInt32LE(model.keys.length, 4);
    sizes.writeUInt32LE(model.entryClasses.length, 8);
    parts.push(sizes);
    for (const array of [model.keys, model.rowStarts, model.entryClasses, model.entryWeights]) {
      pushAligned(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
    }
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/**
 * Reads a model file: the shipped gzip one, or the unpacked copy `npm run build` writes (see writeUnpackedModel).
 */
export function readModel(file: Uint8Array): { header: ModelHeader; weights: ModelWeights } {
  const given = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (given.toString("latin1", 0, UNPACKED_MAGIC.length) !== UNPACKED_MAGIC) return readModelBytes(aligned(gunzipSync(file)));
  const unpacked = aligned(given);
  const length = unpacked.readUInt32LE(UNPACKED_MAGIC.length);
  const bytes = unpacked.subarray(PREAMBLE, PREAMBLE + length);
  let at = PREAMBLE + length + pad8(length);
  const slots = WEIGHT_ORDER.map(() => {
    const count = unpacked.readUInt32LE(at);
    const table = new Int32Array(unpacked.buffer as ArrayBuffer, unpacked.byteOffset + at + 8, count);
    at += 8 + count * 4 + pad8(count * 4);
    return table;
  });
  return readModelBytes(bytes, slots);
}

const UNPACKED_MAGIC = "SITREPSYNU1\n";

/**
 * The model as loading leaves it: decompressed, with each weight table's lookup slots after it. Start-up then
 * skips the gunzip and the slot building (about 200 ms); the file is three times the size, so it is built, not shipped.
 */
export function writeUnpackedModel(compressed: Uint8Array): Buffer {
  const bytes = aligned(gunzipSync(compressed));
  const { weights } = readModelBytes(bytes);
  const preamble = Buffer.alloc(PREAMBLE);
  preamble.write(UNPACKED_MAGIC, 0, "latin1");
  preamble.writeUInt32LE(bytes.length, UNPACKED_MAGIC.length);
  const parts: Buffer[] = [preamble, bytes, Buffer.alloc(pad8(bytes.length))];
  for (const name of WEIGHT_ORDER) {
    const { slots } = weights[name];
    const count = Buffer.alloc(8);
    count.writeUInt32LE(slots.length, 0);
    parts.push(count, Buffer.from(slots.buffer, slots.byteOffset, slots.byteLength), Buffer.alloc(pad8(slots.byteLength)));
  }
  return Buffer.concat(parts);
}

function readModelBytes(bytes: Buffer, slots?: readonly Int32Array[]): { header: ModelHeader; weights: ModelWeights } {
  if (bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("not a sitrep syntax model");
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  let at = PREAMBLE;
  const header = JSON.parse(bytes.toString("utf8", at, at + headerLength)) as ModelHeader;
  at += headerLength + pad8(headerLength);
  const view = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, width: number): T => {
    const array = make(bytes.buffer as ArrayBuffer, bytes.byteOffset + at, length);
    at += length * width + pad8(length * width);
    return array;
  };
  const read = (table: number): SparseModel => {
    const classes = bytes.readUInt32LE(at);
    const rows = bytes.readUInt32LE(at + 4);
    const entries = bytes.readUInt32LE(at + 8);
    at += 16;
    const keys = view((b, o, l) => new Int32Array(b, o, l), rows, 4);
    const rowStarts = view((b, o, l) => new Int32Array(b, o, l), rows + 1, 4);
    const entryClasses = view((b, o, l) => new Uint8Array(b, o, l), entries, 1);
    const entryWeights = view((b, o, l) => new Float32Array(b, o, l), entries, 4);
    return new SparseModel(classes, keys, rowStarts, entryClasses, entryWeights, slots?.[table]);
  };
  const tagger = read(0);
  const transitions = read(1);
  const labeller = read(2);
  return { header, weights: { tagger, transitions, labeller } };
}

/** Typed-array views need their offsets aligned; a pooled small buffer may not be. */
function aligned(bytes: Buffer): Buffer {
  if (bytes.byteOffset % 8 === 0) return bytes;
  const copy = Buffer.alloc(bytes.length);
  bytes.copy(copy);
  return copy;
}
