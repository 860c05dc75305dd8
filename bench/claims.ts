// Scores the whole pipeline's claims against the PARC 3.0 gold of real reports (bench/gold/claims): exact and
// overlap-50% F1 per role (source, cue, content), attribution F1 (cue and content overlap) and stance accuracy, beside
// two baselines in the same run: the same rules without the parse (sitrep's attribution before it had one), and a
// naive reader: every finite verb of speech is a cue, the words before it the source, the rest of the sentence the
// content. Test reports are scored in totals only. Then the pipeline's speed on those reports.
// Usage: npm run bench:claims [-- --dev [--show]]  (dev reports, --show listing every difference; the default is the
// test split, which is never shown item by item)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createContext, defaultStages } from "../src/analyze.js";
import type { Claim } from "../src/claims/claim.js";
import { runPipeline } from "../src/core/pipeline.js";
import { speechVerbForms } from "../src/lexicon/reporting-verbs.js";
import type { Span } from "../src/core/span.js";
import { textDoc } from "../test/support/text-doc.js";
import { emptyTally, formatTally, scoreItem, type ExpectedClaim } from "./claims-score.js";
import { resolveAnchor, type Anchor, type SentenceRef } from "./gold/anchors.js";
import { GOLD, goldSplit, readReport } from "./gold/check.js";
import type { GoldReport } from "./gold/source-reports.js";

interface GoldAttribution {
  readonly s: SentenceRef;
  readonly source: Anchor | null;
  readonly cue: Anchor | null;
  readonly content: Anchor | null;
  readonly stance: string;
  readonly kind?: string;
}

const ctx = createContext(new Date("2024-01-01T00:00:00Z"));
// The stages up to claims, without the syntax stage: every rule that asks the parse finds none and decides alone.
const withoutParse = defaultStages.slice(0, defaultStages.findIndex((s) => s.name === "claims") + 1).filter((s) => s.name !== "syntax");
const wanted = process.argv.includes("--dev") ? "dev" : "test";
const show = wanted === "dev" && process.argv.includes("--show");

function roleSpans(report: GoldReport, s: SentenceRef, anchor: Anchor | null): Span[] {
  return anchor === null ? [] : resolveAnchor(report, s, anchor);
}

function roleText(report: GoldReport, s: SentenceRef, anchor: Anchor | null): string {
  return roleSpans(report, s, anchor).map((span) => report.text.slice(span.start, span.end)).join(" ");
}

// Attributions with no cue (a pull quote standing alone) have nothing a cue-based reader could pair them by.
function expectedClaims(report: GoldReport, attributions: readonly GoldAttribution[]): ExpectedClaim[] {
  return attributions.filter((a) => a.cue !== null).map((a) => ({
    speaker: roleText(report, a.s, a.source),
    cue: roleText(report, a.s, a.cue),
    content: roleText(report, a.s, a.content),
    stance: a.stance,
    ...(a.kind ? { kind: a.kind } : {}),
    cueSpans: roleSpans(report, a.s, a.cue),
    contentSpans: roleSpans(report, a.s, a.content),
  }));
}

const speech = speechVerbForms();

function baselineClaims(report: GoldReport): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of report.sentences) {
    const text = report.text.slice(sentence.start, sentence.end);
    for (const m of text.matchAll(/\p{L}+/gu)) {
      if (!speech.has(m[0].toLowerCase())) continue;
      const cueStart = sentence.start + m.index;
      const content = text.slice(m.index + m[0].length).trim().replace(/[.]$/u, "");
      const contentSpans = [{ start: cueStart + m[0].length, end: sentence.end }];
      const cueSpans = [{ start: cueStart, end: cueStart + m[0].length }];
      claims.push({ cue: m[0], cueSpans, content, contentSpans, speaker: { text: text.slice(0, m.index).trim() }, stance: "assert", kind: "statement" } as unknown as Claim);
      break;
    }
  }
  return claims;
}

function main(): void {
  const dir = `${GOLD}/claims`;
  const split = goldSplit();
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
  const sitrep = emptyTally();
  const baseline = emptyTally();
  const beforeParse = emptyTally();
  let reports = 0;
  let attributions = 0;
  let sentences = 0;
  let seconds = 0;
  for (const file of files) {
    const report = readReport(file);
    if (split[report.id] !== wanted) continue;
    const gold = JSON.parse(readFileSync(`${dir}/${file}`, "utf8")) as { attributions: GoldAttribution[] };
    const expected = expectedClaims(report, gold.attributions);
    const started = process.hrtime.bigint();
    const doc = runPipeline(defaultStages, textDoc(report.text), ctx);
    seconds += Number(process.hrtime.bigint() - started) / 1e9;
    const differences: string[] = [];
    scoreItem(expected, doc.data.claims?.claims ?? [], sitrep, differences);
    if (show) console.log(`\n## ${report.id}\n${differences.join("\n")}`);
    scoreItem(expected, baselineClaims(report), baseline);
    scoreItem(expected, runPipeline(withoutParse, textDoc(report.text), ctx).data.claims?.claims ?? [], beforeParse);
    reports++;
    attributions += expected.length;
    sentences += report.sentences.length;
  }
  console.log(`PARC gold claims, ${wanted} split: ${reports} real reports, ${attributions} attributions with a cue`);
  console.log("F1 per role as exact/overlap-50%:");
  console.log(formatTally("sitrep", sitrep));
  console.log(formatTally("no parse", beforeParse));
  console.log(formatTally("naive", baseline));
  console.log(`speed: ${Math.round(sentences / seconds)} sentences/s, whole pipeline with model load (${sentences} sentences, ${seconds.toFixed(1)} s)`);
}

main();
