/**
 * The trained syntax model: tags, lemmas and a dependency tree for a sentence of given words. Loaded once, lazily,
 * by whoever holds it (the pipeline's Context), never as a hidden global.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lemmatize, type LemmaTables } from "./lemmatizer.js";
import { readModel, writeUnpackedModel, type ModelHeader } from "./model-file.js";
import { parse, parserInput, scratchFor, type ParserModel, type Scratch } from "./parser.js";
import { tagWords, type TaggerModel } from "./tagger.js";
import { wordAtoms } from "./word-atoms.js";

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL("../../../data/syntax/en-ewt.model.gz", import.meta.url));
/** Written by `npm run build` (scripts/build-indexes.mjs) beside this module: see writeUnpackedModel. */
export const UNPACKED_MODEL_PATH = fileURLToPath(new URL("./en-ewt.model.unpacked", import.meta.url));

/** Unpacked after the shipped model last changed: a retrained model is never shadowed by a stale copy. */
function unpackedModelIsCurrent(): boolean {
  const unpacked = statSync(UNPACKED_MODEL_PATH, { throwIfNoEntry: false });
  return unpacked !== undefined && unpacked.mtimeMs >= statSync(DEFAULT_MODEL_PATH).mtimeMs;
}

/** Writes the unpacked copy of the shipped model. */
export function writeUnpackedSyntaxModel(): void {
  writeFileSync(UNPACKED_MODEL_PATH, writeUnpackedModel(readFileSync(DEFAULT_MODEL_PATH)));
}

/** The analysis of one sentence, word by word (0-based; `heads[i]` is -1 for the root word). */
export interface SentenceAnalysis {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly lemmas: readonly string[];
  readonly heads: readonly number[];
  readonly deprels: readonly string[];
}

export class SyntaxModel {
  private readonly scratch: Scratch;
  private readonly upos: readonly string[];
  private readonly xpos: readonly string[];
  private readonly coarseOf: readonly number[];

  constructor(
    readonly header: ModelHeader,
    private readonly tagger: TaggerModel,
    private readonly parser: ParserModel,
    private readonly lemmas: LemmaTables,
  ) {
    this.scratch = scratchFor(parser.labels);
    this.upos = header.tags.map((t) => t.split(" ")[0] ?? "X");
    this.xpos = header.tags.map((t) => t.split(" ")[1] ?? "_");
    this.coarseOf = this.upos.map((u) => header.coarseTags.indexOf(u));
  }

  static fromBytes(bytes: Uint8Array): SyntaxModel {
    const { header, weights } = readModel(bytes);
    const tagger: TaggerModel = { tags: header.tags, weights: weights.tagger, dictionary: new Map(Object.entries(header.dictionary)) };
    const parser: ParserModel = {
      labels: header.labels,
      transitions: weights.transitions,
      labeller: weights.labeller,
      punctuation: header.coarseTags.indexOf("PUNCT"),
    };
    return new SyntaxModel(header, tagger, parser, header.lemmas);
  }

  /** The given model file; by default the unpacked copy of the shipped model when the build wrote one for it. */
  static load(path?: string): SyntaxModel {
    return SyntaxModel.fromBytes(readFileSync(path ?? (unpackedModelIsCurrent() ? UNPACKED_MODEL_PATH : DEFAULT_MODEL_PATH)));
  }

  /** Tags only, as joint tag indices. */
  tagIndices(forms: readonly string[]): number[] {
    return tagWords(this.tagger, forms, forms.map(wordAtoms));
  }

  analyse(forms: readonly string[]): SentenceAnalysis {
    const tags = this.tagIndices(forms);
    return this.analyseTagged(forms, tags);
  }

  /** Parses words whose joint tag indices are given (gold or predicted). */
  analyseTagged(forms: readonly string[], tags: readonly number[]): SentenceAnalysis {
    const upos = tags.map((t) => this.upos[t] ?? "X");
    const xpos = tags.map((t) => this.xpos[t] ?? "_");
    const coarse = tags.map((t) => this.coarseOf[t] ?? 0);
    const input = parserInput(forms.map(parserForm), tags, coarse);
    const tree = parse(this.parser, input, this.scratch);
    const heads: number[] = [];
    const deprels: string[] = [];
    for (let i = 1; i < input.words.length; i++) {
      heads.push((tree.heads[i] ?? 0) - 1);
      deprels.push(tree.labels[i] ?? "dep");
    }
    const lemmas = forms.map((f, i) => lemmatize(this.lemmas, f, upos[i] ?? "X", xpos[i] ?? "_"));
    return { upos, xpos, lemmas, heads, deprels };
  }
}

/** What the parser reads of a word: lowercased, digits as one class, curly quotes straight. */
export function parserForm(form: string): string {
  return form
    .toLowerCase()
    .replace(/[’‘‛]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\d/g, "0");
}
