// Whole-analysis speed against the budget of ~20 ms per 40-sentence report on one core, stage by stage.
// Baseline in the same run: the annotate stage alone (the cheapest pass over the text) sets the floor.
// Usage: npm run bench:pipeline [-- FILE...]   (defaults to the seed report, both inputs)
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { defaultStages, createContext } from "../src/analyze.js";
import { createSource } from "../src/core/create-source.js";
import { createDoc, type Doc } from "../src/core/doc.js";
import type { Context } from "../src/core/stage.js";
import { extractArticle } from "../src/extract/extract-article.js";
import { detectMediaType } from "../src/extract/detect-media-type.js";

const files = process.argv.slice(2);
const inputs = files.length > 0 ? files : ["test/fixtures/seed/article.html", "test/fixtures/seed/report.txt"];
const ctx: Context = createContext(new Date("2024-01-01T00:00:00Z"));
const rounds = 200;

const sources = inputs.map((path) => {
  const bytes = readFileSync(path);
  return createSource(path, bytes, { mediaType: detectMediaType(bytes, path) });
});

// Warm-up: the first run pays for gazetteer and lexicon indexes; report it separately.
const warmStart = performance.now();
for (const source of sources) runAll(source);
const warmMs = performance.now() - warmStart;

const perStage = new Map<string, number>([["extract", 0]]);
let sentences = 0;
const start = performance.now();
for (let round = 0; round < rounds; round++) {
  for (const source of sources) {
    let t = performance.now();
    let doc: Doc = createDoc(source, extractArticle(source, ctx.limits));
    perStage.set("extract", (perStage.get("extract") ?? 0) + performance.now() - t);
    for (const stage of defaultStages) {
      t = performance.now();
      doc = stage.run(doc, ctx);
      perStage.set(stage.name, (perStage.get(stage.name) ?? 0) + performance.now() - t);
    }
    sentences += doc.data.annotations?.sentences.length ?? 0;
  }
}
const totalMs = performance.now() - start;
const reports = rounds * sources.length;
const msPerReport = totalMs / reports;
const msPer40 = (totalMs / sentences) * 40;

console.log(`inputs: ${inputs.join(", ")}; ${reports} analyses, ${sentences / reports} sentences per report`);
console.log(`first run (indexes built): ${warmMs.toFixed(0)} ms`);
for (const [name, ms] of perStage) {
  console.log(`  ${name.padEnd(10)} ${(ms / reports).toFixed(3)} ms/report  ${((ms / totalMs) * 100).toFixed(1)}%  ${(sentences / (ms / 1000)).toFixed(0)} sentences/s`);
}
const annotateMs = perStage.get("annotate") ?? 0;
console.log(`whole analysis: ${msPerReport.toFixed(2)} ms/report, ${msPer40.toFixed(2)} ms per 40 sentences (budget 20), ${(1000 / msPerReport).toFixed(0)} reports/s on one core`);
console.log(`ratio to baseline (annotate alone): ${(totalMs / annotateMs).toFixed(1)}x`);

function runAll(source: ReturnType<typeof createSource>): Doc {
  let doc = createDoc(source, extractArticle(source, ctx.limits));
  for (const stage of defaultStages) doc = stage.run(doc, ctx);
  return doc;
}
