// Article-extraction benchmark: sitrep's extractor against Readability+linkedom on Zyte's 181 pages, same run.
// `npm run bench:extract` (reads ../shared/datasets/article-extraction-benchmark); WORST=n lists n worst pages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ExtractorName, PageOutput, RunnerInput, RunnerOutput } from "./extract-runner.js";
import { scorePage, summarize, type PageScore, type Summary } from "./extract-metric.js";
import { metadataAccuracy, type MetadataAccuracy } from "./extract-metadata.js";

const datasetDir = "../shared/datasets/article-extraction-benchmark";
const worstShown = Number(process.env.WORST ?? 15);

interface Result {
  readonly name: ExtractorName;
  readonly summary: Summary;
  readonly scores: ReadonlyMap<string, PageScore>;
  readonly medianMs: number;
  readonly totalMs: number;
  readonly peakHeapMb: number;
  readonly metadata: MetadataAccuracy;
  readonly failures: number;
}

const truth = JSON.parse(readFileSync(join(datasetDir, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string; url: string }>;
const pages = Object.entries(truth).map(([id, { url }]) => ({ id, url, path: join(datasetDir, "html", `${id}.html.gz`) }));

function runWorker(extractor: ExtractorName): Promise<RunnerOutput> {
  const input: RunnerInput = { extractor, pages };
  const worker = new Worker(new URL("./extract-runner.js", import.meta.url), { workerData: input });
  return new Promise((resolve, reject) => {
    worker.once("message", (output: RunnerOutput) => resolve(output));
    worker.once("error", reject);
  });
}

function evaluate(name: ExtractorName, output: RunnerOutput): Result {
  const scores = new Map(output.pages.map((page: PageOutput) => [page.id, scorePage(truth[page.id]!.articleBody, page.text)]));
  const times = output.pages.map((page) => page.ms).sort((a, b) => a - b);
  return {
    name,
    summary: summarize([...scores.values()]),
    scores,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    totalMs: times.reduce((sum, ms) => sum + ms, 0),
    peakHeapMb: output.peakHeapBytes / 2 ** 20,
    metadata: metadataAccuracy(output.pages),
    failures: output.pages.filter((page) => page.error !== null).length,
  };
}

const fixed = (value: number, digits = 3): string => value.toFixed(digits);

function printResults(results: readonly Result[]): void {
  console.log(`article-extraction-benchmark: ${pages.length} pages\n`);
  console.log("extractor     precision  recall  F1     exact  median ms  total ms  peak heap MB  errors  title  author  date");
  for (const r of results) {
    const m = r.metadata;
    console.log(
      `${r.name.padEnd(13)} ${fixed(r.summary.precision).padEnd(10)} ${fixed(r.summary.recall).padEnd(7)} ${fixed(r.summary.f1).padEnd(6)} ` +
        `${fixed(r.summary.accuracy).padEnd(6)} ${fixed(r.medianMs, 2).padEnd(10)} ${fixed(r.totalMs, 0).padEnd(9)} ` +
        `${fixed(r.peakHeapMb, 1).padEnd(13)} ${String(r.failures).padEnd(7)} ${m.title} ${m.author} ${m.date}`,
    );
  }
  const [sitrep, readability] = results as [Result, Result];
  console.log(
    `\nratios sitrep/readability: F1 ${fixed(sitrep.summary.f1 / readability.summary.f1)}, ` +
      `median time ${fixed(sitrep.medianMs / readability.medianMs)} (${fixed(readability.medianMs / sitrep.medianMs, 1)}x faster), ` +
      `total time ${fixed(sitrep.totalMs / readability.totalMs)} (${fixed(readability.totalMs / sitrep.totalMs, 1)}x faster), ` +
      `peak heap ${fixed(sitrep.peakHeapMb / readability.peakHeapMb)}`,
  );
  console.log("(times: the second of two passes per extractor, each in its own worker; peak heap sampled after each page)");
  console.log("(published F1: trafilatura 0.958, Readability.js 0.947; metadata columns: correct/gold pages in bench/extract-metadata-gold.json)");
  printWorst(sitrep, readability);
}

function pageF1(score: PageScore | undefined): number {
  const p = score?.precision ?? 0;
  const r = score?.recall ?? 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function printWorst(sitrep: Result, readability: Result): void {
  const worst = [...sitrep.scores].sort((a, b) => pageF1(a[1]) - pageF1(b[1])).slice(0, worstShown);
  console.log(`\nsitrep's ${worstShown} worst pages (page F1, precision, recall; Readability's F1):`);
  for (const [id, score] of worst) {
    const p = fixed(score.precision ?? 0, 2);
    const r = fixed(score.recall ?? 0, 2);
    console.log(`  ${id.slice(0, 12)} ${fixed(pageF1(score), 2)} P ${p} R ${r}  readability ${fixed(pageF1(readability.scores.get(id)), 2)}  ${truth[id]!.url}`);
  }
}

const sitrepOutput = await runWorker("sitrep");
const readabilityOutput = await runWorker("readability");
printResults([evaluate("sitrep", sitrepOutput), evaluate("readability", readabilityOutput)]);
