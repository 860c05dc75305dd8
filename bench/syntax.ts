/**
 * `npm run bench:syntax`: the shipped tagger, lemmatizer and parser on UD English EWT test, the standard way.
 * - gold tokens: UPOS, XPOS and lemma accuracy, UAS and LAS (universal labels, punctuation included);
 * - raw text (each test document rebuilt from its `# text` lines, split and tokenized by sitrep): CoNLL 2018-style
 *   F1 for sentences, words, UPOS, UAS and LAS, words matched by their character spans;
 * - speed in one process, start-up included;
 * - baselines in the same run: the most frequent tag of each word in train, every word attached to its left
 *   neighbour with the label most frequent for its tag.
 */
import { findParagraphs } from "../src/annotate/paragraphs.js";
import { findSentences } from "../src/annotate/sentences.js";
import type { ConlluSentence } from "../src/syntax/conllu.js";
import { tallyAttachment, universalLabel, type AttachmentTally } from "../src/syntax/scoring.js";
import { SyntaxModel, type SentenceAnalysis } from "../src/syntax/syntax-model.js";
import { tokenizeWords } from "../src/syntax/tokenizer.js";
import { DATASETS, readConlluGz, treebankReports } from "./gold/source-reports.js";

const EWT = `${DATASETS}/ud-english-ewt`;
/** Development runs use `--dev`; test is read only for the figures reported at the end of a piece of work. */
const SPLIT = process.argv.includes("--dev") ? "dev" : "test";

interface Accuracy {
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
}

function goldTokenScores(sentences: readonly ConlluSentence[], analyse: (s: ConlluSentence) => SentenceAnalysis): Accuracy {
  const tally: AttachmentTally = { words: 0, unlabelled: 0, labelled: 0 };
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  for (const s of sentences) {
    const a = analyse(s);
    s.words.forEach((w, i) => {
      if (a.upos[i] === w.upos) upos++;
      if (a.xpos[i] === w.xpos) xpos++;
      if (a.lemmas[i] === w.lemma) lemma++;
    });
    tallyAttachment(
      { goldHeads: s.words.map((w) => w.head), goldLabels: s.words.map((w) => w.deprel), heads: a.heads.map((h) => h + 1), labels: a.deprels },
      tally,
    );
  }
  const n = tally.words;
  return { upos: upos / n, xpos: xpos / n, lemma: lemma / n, uas: tally.unlabelled / n, las: tally.labelled / n };
}

/** The baselines: a word's most frequent train tag and lemma, its left neighbour as head, its tag's usual label. */
function baseline(train: readonly ConlluSentence[]): (s: ConlluSentence) => SentenceAnalysis {
  const best = <K>(counts: Map<K, Map<string, number>>, key: K, fallback: string): string => {
    const byValue = counts.get(key);
    if (byValue === undefined) return fallback;
    return [...byValue].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  };
  const count = <K>(counts: Map<K, Map<string, number>>, key: K, value: string): void => {
    const byValue = counts.get(key) ?? new Map<string, number>();
    byValue.set(value, (byValue.get(value) ?? 0) + 1);
    counts.set(key, byValue);
  };
  const tags = new Map<string, Map<string, number>>();
  const lemmas = new Map<string, Map<string, number>>();
  const labels = new Map<string, Map<string, number>>();
  for (const s of train) {
    for (const w of s.words) {
      count(tags, w.form, `${w.upos} ${w.xpos}`);
      count(lemmas, w.form, w.lemma);
      count(labels, w.upos, w.deprel);
    }
  }
  return (s) => {
    const joint = s.words.map((w) => best(tags, w.form, "NOUN NN"));
    const upos = joint.map((t) => t.split(" ")[0] ?? "");
    return {
      upos,
      xpos: joint.map((t) => t.split(" ")[1] ?? ""),
      lemmas: s.words.map((w) => best(lemmas, w.form, w.form.toLowerCase())),
      heads: s.words.map((_, i) => i - 1),
      deprels: upos.map((u, i) => (i === 0 ? "root" : best(labels, u, "dep"))),
    };
  };
}

interface SpanWord {
  readonly start: number;
  readonly end: number;
  readonly upos: string;
  readonly head: number;
  readonly label: string;
}

interface SpanSentence {
  readonly start: number;
  readonly end: number;
  readonly words: readonly SpanWord[];
}

/** Gold words placed on the rebuilt text by walking their forms through it. */
function goldOnText(text: string, sentences: readonly ConlluSentence[], spans: readonly { start: number; end: number }[]): SpanSentence[] {
  return sentences.map((s, k) => {
    const span = spans[k] ?? { start: 0, end: 0 };
    let at = span.start;
    const words = s.words.map((w) => {
      const found = text.indexOf(w.form, at);
      const start = found >= 0 && found < span.end ? found : at;
      const end = Math.min(span.end, start + w.form.length);
      at = end;
      return { start, end, upos: w.upos, head: w.head - 1, label: w.deprel };
    });
    return { start: span.start, end: span.end, words };
  });
}

function predictedOnText(model: SyntaxModel, text: string): SpanSentence[] {
  const sentences = findSentences(text, findParagraphs(text, []));
  return sentences.map((s) => {
    const words = tokenizeWords(text, s.start, s.end);
    const a = model.analyse(words.map((w) => w.form));
    return {
      start: s.start,
      end: s.end,
      words: words.map((w, i) => ({ start: w.start, end: w.end, upos: a.upos[i] ?? "", head: a.heads[i] ?? -1, label: a.deprels[i] ?? "" })),
    };
  });
}

interface RawTally {
  gold: number;
  system: number;
  sentencesGold: number;
  sentencesSystem: number;
  sentencesMatched: number;
  words: number;
  upos: number;
  uas: number;
  las: number;
}

function tallyRaw(gold: readonly SpanSentence[], system: readonly SpanSentence[], tally: RawTally): void {
  const key = (w: { start: number; end: number }): string => `${w.start}:${w.end}`;
  const goldSentences = new Set(gold.map(key));
  tally.sentencesGold += gold.length;
  tally.sentencesSystem += system.length;
  tally.sentencesMatched += system.filter((s) => goldSentences.has(key(s))).length;
  const goldWords = gold.flatMap((s) => s.words.map((w) => ({ ...w, headSpan: w.head < 0 ? "root" : key(s.words[w.head] ?? w) })));
  const systemWords = system.flatMap((s) => s.words.map((w) => ({ ...w, headSpan: w.head < 0 ? "root" : key(s.words[w.head] ?? w) })));
  const byKey = new Map(goldWords.map((w) => [key(w), w]));
  tally.gold += goldWords.length;
  tally.system += systemWords.length;
  for (const w of systemWords) {
    const g = byKey.get(key(w));
    if (g === undefined) continue;
    tally.words++;
    if (g.upos === w.upos) tally.upos++;
    if (g.headSpan !== w.headSpan) continue;
    tally.uas++;
    if (universalLabel(g.label) === universalLabel(w.label)) tally.las++;
  }
}

function f1(matched: number, gold: number, system: number): string {
  return ((2 * matched) / (gold + system)).toFixed(3);
}

function main(): void {
  const startup = performance.now();
  const model = SyntaxModel.load();
  const loadMs = performance.now() - startup;
  const train = readConlluGz(`${EWT}/en_ewt-ud-train.conllu.gz`);
  const test = readConlluGz(`${EWT}/en_ewt-ud-${SPLIT}.conllu.gz`);

  const timed = performance.now();
  const ours = goldTokenScores(test, (s) => model.analyse(s.words.map((w) => w.form)));
  const seconds = (performance.now() - timed) / 1000;
  const base = goldTokenScores(test, baseline(train));
  const tokens = test.reduce((n, s) => n + s.words.length, 0);

  console.log(`EWT ${SPLIT}, gold tokens (${test.length} sentences, ${tokens} words)`);
  console.log("                 UPOS   XPOS   lemma  UAS    LAS");
  const row = (name: string, a: Accuracy): string =>
    `${name.padEnd(16)} ${[a.upos, a.xpos, a.lemma, a.uas, a.las].map((v) => v.toFixed(3)).join("  ")}`;
  console.log(row("sitrep", ours));
  console.log(row("baseline", base));

  const raw: RawTally = { gold: 0, system: 0, sentencesGold: 0, sentencesSystem: 0, sentencesMatched: 0, words: 0, upos: 0, uas: 0, las: 0 };
  const documents = treebankReports(test, "ewt", "");
  let first = 0;
  for (const doc of documents) {
    const count = doc.sentences.length;
    const gold = goldOnText(doc.text, test.slice(first, first + count), doc.sentences);
    first += count;
    tallyRaw(gold, predictedOnText(model, doc.text), raw);
  }
  console.log(`\nEWT ${SPLIT} from raw text (${documents.length} documents), F1 with words matched by character span`);
  console.log(`sentences ${f1(raw.sentencesMatched, raw.sentencesGold, raw.sentencesSystem)}  words ${f1(raw.words, raw.gold, raw.system)}  UPOS ${f1(raw.upos, raw.gold, raw.system)}  UAS ${f1(raw.uas, raw.gold, raw.system)}  LAS ${f1(raw.las, raw.gold, raw.system)}`);

  const total = seconds + loadMs / 1000;
  console.log(`\nspeed, one process: model load ${loadMs.toFixed(0)} ms; tagging+parsing+lemmas ${(test.length / seconds).toFixed(0)} sentences/s, ${(tokens / seconds).toFixed(0)} words/s; with start-up ${(test.length / total).toFixed(0)} sentences/s`);
  const baseTimed = performance.now();
  goldTokenScores(test, baseline(train));
  console.log(`baseline (table lookups, including building its tables from train): ${((performance.now() - baseTimed) / 1000).toFixed(2)} s for the same sentences`);
}

main();
