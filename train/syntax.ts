/**
 * `npm run train:syntax`: trains the tagger, lemmatizer and parser on UD English EWT train, chooses the number of
 * passes on dev (test is never read here), and writes data/syntax/en-ewt.model.gz. Fixed seeds and fixed order, so
 * the same data gives the same bytes.
 *
 * The parser trains on tags predicted by taggers that did not see the sentence (five-fold jackknifing), so it learns
 * to live with the tagger's real mistakes.
 */
import { writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { Configuration, TRANSITIONS } from "../src/syntax/arc-eager.js";
import { parseConllu, type ConlluSentence } from "../src/syntax/conllu.js";
import { LONGEST_RULE_SUFFIX, suffixEdit, type LemmaTables } from "../src/syntax/lemmatizer.js";
import { writeModel, type ModelHeader } from "../src/syntax/model-file.js";
import { argmax, TrainablePerceptron, type SparseModel } from "../src/syntax/perceptron.js";
import { arcOf, labelFeatures, parse, parserInput, scratchFor, transitionFeatures, type ParserInput, type ParserModel } from "../src/syntax/parser.js";
import { tallyAttachment, type AttachmentTally } from "../src/syntax/scoring.js";
import { parserForm } from "../src/syntax/syntax-model.js";
import { MAX_TAGGER_FEATURES, taggerFeatures, tagWords, type TaggerModel } from "../src/syntax/tagger.js";
import { wordAtoms, type WordAtoms } from "../src/syntax/word-atoms.js";
import { projectivize } from "./projectivize.js";

const EWT = "../shared/datasets/ud-english-ewt";
const OUT = "data/syntax/en-ewt.model.gz";
const TAGGER_PASSES = Number(process.env["SITREP_TAGGER_PASSES"] ?? 18);
const PARSER_PASSES = Number(process.env["SITREP_PARSER_PASSES"] ?? 15);
const FOLDS = 5;
const EXPLORE = 0.9;
const PRUNE = 0.001;

interface TrainSentence {
  readonly forms: readonly string[];
  readonly atoms: readonly WordAtoms[];
  readonly tags: readonly number[];
  /** 1-based gold heads with index 0 unused, projectivized for the oracle. */
  readonly heads: Int32Array;
  readonly labels: readonly number[];
}

/** mulberry32: a small seeded generator, so shuffles are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function read(split: string): ConlluSentence[] {
  return parseConllu(gunzipSync(readFileSync(`${EWT}/en_ewt-ud-${split}.conllu.gz`)).toString("utf8"));
}

const jointTag = (w: { upos: string; xpos: string }): string => `${w.upos} ${w.xpos}`;

function indexer(values: Iterable<string>): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)].sort();
  return { list, index: new Map(list.map((v, i) => [v, i])) };
}

/** Words seen at least 20 times with one tag 99.5% of the time are tagged by lookup. */
function buildDictionary(sentences: readonly ConlluSentence[], tagIndex: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (const w of s.words) {
      const byTag = counts.get(w.form) ?? new Map<string, number>();
      byTag.set(jointTag(w), (byTag.get(jointTag(w)) ?? 0) + 1);
      counts.set(w.form, byTag);
    }
  }
  const dictionary = new Map<string, number>();
  for (const [form, byTag] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = [...byTag.values()].reduce((a, b) => a + b, 0);
    const [tag, count] = [...byTag].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    if (total >= 20 && count / total >= 0.995) dictionary.set(form, tagIndex.get(tag) ?? 0);
  }
  return dictionary;
}

function trainTagger(sentences: readonly TrainSentence[], classes: number, dictionary: ReadonlyMap<string, number>, seed: number): SparseModel {
  const model = new TrainablePerceptron(classes);
  const features = new Int32Array(MAX_TAGGER_FEATURES);
  const scores = new Float32Array(classes);
  const next = random(seed);
  for (let pass = 0; pass < TAGGER_PASSES; pass++) {
    for (const s of shuffled(sentences, next)) {
      const history: number[] = [];
      for (let i = 0; i < s.forms.length; i++) {
        const known = dictionary.get(s.forms[i] ?? "");
        if (known !== undefined) {
          history.push(known);
          continue;
        }
        const count = taggerFeatures(s.atoms, i, history, features);
        scores.fill(0);
        model.score(features, count, scores);
        const guess = argmax(scores);
        model.update(features, count, s.tags[i] ?? 0, guess);
        model.tick();
        history.push(guess);
      }
    }
  }
  return model.averaged(PRUNE);
}

/** Joint-tag and UPOS accuracy. */
function taggerAccuracy(tagger: TaggerModel, sentences: readonly TrainSentence[]): [number, number] {
  let joint = 0;
  let coarse = 0;
  let all = 0;
  const upos = (t: number | undefined): string => tagger.tags[t ?? 0]?.split(" ")[0] ?? "";
  for (const s of sentences) {
    const tags = tagWords(tagger, s.forms, s.atoms);
    tags.forEach((t, i) => {
      all++;
      if (t === s.tags[i]) joint++;
      if (upos(t) === upos(s.tags[i])) coarse++;
    });
  }
  return [joint / all, coarse / all];
}

function lemmaTables(sentences: readonly ConlluSentence[]): LemmaTables {
  const byKey = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (const w of s.words) {
      const key = `${w.form.toLowerCase()}\t${w.xpos}`;
      const lemmas = byKey.get(key) ?? new Map<string, number>();
      lemmas.set(w.lemma, (lemmas.get(w.lemma) ?? 0) + 1);
      byKey.set(key, lemmas);
    }
  }
  const known: Record<string, string> = {};
  const edits = new Map<string, Map<string, number>>();
  for (const [key, lemmas] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const lemma = [...lemmas].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
    const [lower = "", xpos = ""] = key.split("\t");
    known[key] = lemma === lower ? "" : lemma;
    if (xpos.startsWith("NNP")) continue;
    const edit = suffixEdit(lower, lemma.toLowerCase());
    for (let length = 1; length <= LONGEST_RULE_SUFFIX && length < lower.length; length++) {
      const ruleKey = `${xpos}\t${lower.slice(-length)}`;
      const counts = edits.get(ruleKey) ?? new Map<string, number>();
      const editKey = `${edit[0]}\t${edit[1]}`;
      counts.set(editKey, (counts.get(editKey) ?? 0) + 1);
      edits.set(ruleKey, counts);
    }
  }
  const rules: Record<string, readonly [number, string]> = {};
  for (const [ruleKey, counts] of [...edits].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const [editKey = "0\t", count = 0] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
    // A rule must be the clear habit of its suffix, else the word is left as it is.
    if (count < 2 || count / total < 0.6 || editKey === "0\t") continue;
    const [strip = "0", add = ""] = editKey.split("\t");
    rules[ruleKey] = [Number(strip), add];
  }
  return { known, rules };
}

function trainParser(
  sentences: readonly { input: ParserInput; gold: TrainSentence }[],
  labels: readonly string[],
  punctuation: number,
  dev: readonly { input: ParserInput; gold: ConlluSentence }[],
): { transitions: SparseModel; labeller: SparseModel; las: number; passes: number } {
  const transitions = new TrainablePerceptron(TRANSITIONS);
  const labeller = new TrainablePerceptron(labels.length);
  const scratch = scratchFor(labels);
  const next = random(7);
  let best = { transitions: transitions.averaged(PRUNE), labeller: labeller.averaged(PRUNE), las: -1, passes: 0 };
  const costs = new Int32Array(TRANSITIONS);
  for (let pass = 0; pass < PARSER_PASSES; pass++) {
    for (const { input, gold } of shuffled(sentences, next)) {
      const c = new Configuration(gold.forms.length);
      while (!c.terminal) {
        const count = transitionFeatures(c, input, scratch.features);
        scratch.transitionScores.fill(0);
        transitions.score(scratch.features, count, scratch.transitionScores);
        const guess = argmax(scratch.transitionScores, (t) => c.valid(t));
        let cheapest = Infinity;
        for (let t = 0; t < TRANSITIONS; t++) {
          costs[t] = c.valid(t) ? c.cost(t, gold.heads) : 1 << 20;
          cheapest = Math.min(cheapest, costs[t] ?? 0);
        }
        const right = costs[guess] === cheapest ? guess : argmax(scratch.transitionScores, (t) => costs[t] === cheapest);
        transitions.update(scratch.features, count, right, guess);
        transitions.tick();
        // After the first pass, mistakes are followed most of the time, so the parser learns to recover from them.
        const follow = right === guess || (pass > 0 && next() < EXPLORE) ? guess : right;
        const arc = arcOf(c, follow);
        let label = -1;
        if (arc !== null) {
          const labelCount = labelFeatures(c, input, arc[0], arc[1], scratch.features);
          scratch.labelScores.fill(0);
          labeller.score(scratch.features, labelCount, scratch.labelScores);
          label = argmax(scratch.labelScores);
          if (gold.heads[arc[1]] === arc[0]) {
            const truth = gold.labels[arc[1]] ?? 0;
            labeller.update(scratch.features, labelCount, truth, label);
            labeller.tick();
            label = truth;
          }
        }
        c.apply(follow, label);
      }
    }
    const candidate = { transitions: transitions.averaged(PRUNE), labeller: labeller.averaged(PRUNE) };
    const las = devLas({ labels, punctuation, ...candidate }, dev);
    console.log(`parser pass ${pass + 1}: dev LAS ${las.toFixed(4)}`);
    if (las > best.las) best = { ...candidate, las, passes: pass + 1 };
  }
  return best;
}

function devLas(model: ParserModel, dev: readonly { input: ParserInput; gold: ConlluSentence }[]): number {
  const tally: AttachmentTally = { words: 0, unlabelled: 0, labelled: 0 };
  const scratch = scratchFor(model.labels);
  for (const { input, gold } of dev) {
    const tree = parse(model, input, scratch);
    tallyAttachment(
      {
        goldHeads: gold.words.map((w) => w.head),
        goldLabels: gold.words.map((w) => w.deprel),
        heads: gold.words.map((_, i) => tree.heads[i + 1] ?? 0),
        labels: gold.words.map((_, i) => tree.labels[i + 1] ?? ""),
      },
      tally,
    );
  }
  return tally.labelled / tally.words;
}

function main(): void {
  const started = Date.now();
  const train = read("train");
  const dev = read("dev");
  const tags = indexer(train.flatMap((s) => s.words.map(jointTag)));
  const coarse = indexer(train.flatMap((s) => s.words.map((w) => w.upos)));
  const labels = indexer(train.flatMap((s) => s.words.map((w) => w.deprel)));
  if (labels.list.length > 64) throw new Error(`${labels.list.length} labels: label sets hold 64`);
  const prepare = (s: ConlluSentence): TrainSentence => {
    const forms = s.words.map((w) => w.form);
    const heads = projectivize(s.words.map((w) => w.head));
    return {
      forms,
      atoms: forms.map(wordAtoms),
      tags: s.words.map((w) => tags.index.get(jointTag(w)) ?? 0),
      heads,
      labels: [0, ...s.words.map((w) => labels.index.get(w.deprel) ?? 0)],
    };
  };
  const trainSet = train.map(prepare);
  const devSet = dev.map(prepare);
  const dictionary = buildDictionary(train, tags.index);
  const taggerWeights = trainTagger(trainSet, tags.list.length, dictionary, 1);
  const tagger: TaggerModel = { tags: tags.list, weights: taggerWeights, dictionary };
  const [joint, upos] = taggerAccuracy(tagger, devSet);
  console.log(`tagger: dev joint-tag accuracy ${joint.toFixed(4)}, UPOS ${upos.toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  // `--tagger-only` stops here: for trying tagger features without waiting for the parser.
  if (process.argv.includes("--tagger-only")) return;

  const jackknifed: number[][] = new Array<number[]>(trainSet.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const rest = trainSet.filter((_, i) => i % FOLDS !== fold);
    const foldTagger: TaggerModel = { tags: tags.list, weights: trainTagger(rest, tags.list.length, dictionary, fold + 2), dictionary };
    trainSet.forEach((s, i) => {
      if (i % FOLDS === fold) jackknifed[i] = tagWords(foldTagger, s.forms, s.atoms);
    });
  }
  console.log(`jackknifed tags (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const coarseOfTag = tags.list.map((t) => coarse.index.get(t.split(" ")[0] ?? "") ?? 0);
  const inputOf = (forms: readonly string[], predicted: readonly number[]): ParserInput =>
    parserInput(forms.map(parserForm), predicted, predicted.map((t) => coarseOfTag[t] ?? 0));
  const parserTrain = trainSet.map((gold, i) => ({ input: inputOf(gold.forms, jackknifed[i] ?? []), gold }));
  const parserDev = devSet.map((s, i) => ({ input: inputOf(s.forms, tagWords(tagger, s.forms, s.atoms)), gold: dev[i] as ConlluSentence }));
  const punctuation = coarse.index.get("PUNCT") ?? 0;
  const parser = trainParser(parserTrain, labels.list, punctuation, parserDev);
  console.log(`parser: best dev LAS ${parser.las.toFixed(4)} after ${parser.passes} passes (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  const header: ModelHeader = {
    format: "sitrep-syntax/1",
    trainedOn: "UD English EWT v2.15 train; passes chosen on dev",
    licence: "CC BY-SA 4.0, derived from UD English EWT",
    tags: tags.list,
    coarseTags: coarse.list,
    labels: labels.list,
    dictionary: Object.fromEntries(dictionary),
    lemmas: lemmaTables(train),
  };
  const bytes = writeModel(header, { tagger: taggerWeights, transitions: parser.transitions, labeller: parser.labeller });
  writeFileSync(OUT, bytes);
  console.log(`wrote ${OUT}: ${(bytes.length / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
