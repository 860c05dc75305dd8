/**
 * Real, licensed reports for the gold sets, rebuilt from ../shared/datasets exactly as the annotators saw them:
 * a treebank document from its `# text` lines (a space between sentences, a blank line between paragraphs), a
 * benchmark page from its ground-truth body. Sentence spans are only anchors for annotation, not a claim about syntax.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { commentValue, parseConllu, type ConlluSentence } from "../../src/syntax/conllu.js";

export interface GoldReport {
  /** `ewt:<newdoc id>`, `gum:<newdoc id>`, `aeb:<page id>` or `seed`. */
  readonly id: string;
  readonly title: string | null;
  readonly licence: string;
  readonly text: string;
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
}

export const DATASETS = "../shared/datasets";
const EWT_LICENCE = "CC BY-SA 4.0 (UD English EWT)";
const GUM_LICENCE = "CC BY (Wikinews/Wikimedia) or public domain (speeches), via UD English GUM";
const AEB_LICENCE = "MIT (Zyte article-extraction-benchmark ground truth)";

export function readConlluGz(path: string): ConlluSentence[] {
  return parseConllu(gunzipSync(readFileSync(path)).toString("utf8"));
}

/** Every document of a CoNLL-U treebank, keyed by its `# newdoc id`. */
export function treebankReports(sentences: readonly ConlluSentence[], prefix: string, licence: string): GoldReport[] {
  const reports: GoldReport[] = [];
  let builder: ReportBuilder | null = null;
  for (const sentence of sentences) {
    const docId = commentValue(sentence, "newdoc id");
    if (docId !== null) {
      if (builder !== null) reports.push(builder.finish());
      builder = new ReportBuilder(`${prefix}:${docId}`, commentValue(sentence, "meta::title"), licence);
    }
    const text = commentValue(sentence, "text");
    if (builder === null || text === null) continue;
    const newParagraph = sentence.comments.some((c) => c.startsWith("# newpar"));
    builder.add(text, newParagraph);
  }
  if (builder !== null) reports.push(builder.finish());
  return reports;
}

class ReportBuilder {
  private text = "";
  private readonly sentences: { start: number; end: number }[] = [];
  constructor(
    private readonly id: string,
    private readonly title: string | null,
    private readonly licence: string,
  ) {}
  add(sentence: string, newParagraph: boolean): void {
    if (this.text !== "") this.text += newParagraph ? "\n\n" : " ";
    const start = this.text.length;
    this.text += sentence;
    this.sentences.push({ start, end: this.text.length });
  }
  finish(): GoldReport {
    return { id: this.id, title: this.title, licence: this.licence, text: this.text, sentences: this.sentences };
  }
}

export function ewtReports(split: "train" | "dev" | "test" = "train"): GoldReport[] {
  return treebankReports(readConlluGz(`${DATASETS}/ud-english-ewt/en_ewt-ud-${split}.conllu.gz`), "ewt", EWT_LICENCE);
}

export function gumReports(): GoldReport[] {
  const path = `${DATASETS}/gum-news-train/gum-train-news-interview-bio-speech.conllu.gz`;
  return treebankReports(readConlluGz(path), "gum", GUM_LICENCE);
}

/** A benchmark page's ground-truth body, split into rough sentences at a stop before a capital or quote. */
export function benchmarkReports(): GoldReport[] {
  const truth = JSON.parse(readFileSync(`${DATASETS}/article-extraction-benchmark/ground-truth.json`, "utf8")) as Record<
    string,
    { articleBody: string }
  >;
  return Object.entries(truth).map(([id, { articleBody }]) => ({
    id: `aeb:${id}`,
    title: null,
    licence: AEB_LICENCE,
    text: articleBody,
    sentences: roughSentences(articleBody),
  }));
}

function roughSentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const boundary = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])|\n+/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match[0].startsWith("\n") ? match.index : match.index + match[0].length;
    pushTrimmed(text, start, end, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: { start: number; end: number }[]): void {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > start) spans.push({ start, end });
}
