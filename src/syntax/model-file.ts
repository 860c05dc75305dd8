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

export function readModel(compressed: Uint8Array): { header: ModelHeader; weights: ModelWeights } {
  const bytes = aligned(gunzipSync(compressed));
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
  const read = (): SparseModel => {
    const classes = bytes.readUInt32LE(at);
    const rows = bytes.readUInt32LE(at + 4);
    const entries = bytes.readUInt32LE(at + 8);
    at += 16;
    const keys = view((b, o, l) => new Int32Array(b, o, l), rows, 4);
    const rowStarts = view((b, o, l) => new Int32Array(b, o, l), rows + 1, 4);
    const entryClasses = view((b, o, l) => new Uint8Array(b, o, l), entries, 1);
    const entryWeights = view((b, o, l) => new Float32Array(b, o, l), entries, 4);
    return new SparseModel(classes, keys, rowStarts, entryClasses, entryWeights);
  };
  const tagger = read();
  const transitions = read();
  const labeller = read();
  return { header, weights: { tagger, transitions, labeller } };
}

/** Typed-array views need their offsets aligned; a pooled small buffer may not be. */
function aligned(bytes: Buffer): Buffer {
  if (bytes.byteOffset % 8 === 0) return bytes;
  const copy = Buffer.alloc(bytes.length);
  bytes.copy(copy);
  return copy;
}
