// Scores the events stage: PLOVER typing on the OEDA gold records (../shared/datasets/plover-gsr, labels
// remapped to PLOVER v2), actor/recipient/date/modality on our own test set (test/events/own-set.json, tuned on)
// and on the held-out sets (test/events/holdout-set.json, holdout-2-set.json, written before the stage saw them, never tuned on:
// --verbose lists no item of it), and the stage's speed in sentences per second on one core.
// Usage: npm run bench:events [-- --verbose]
import { readFileSync } from "node:fs";
import { defaultStages, createContext } from "../src/analyze.js";
import { createSource } from "../src/core/create-source.js";
import { createDoc, type Doc } from "../src/core/doc.js";
import { runPipeline } from "../src/core/pipeline.js";
import type { Context } from "../src/core/stage.js";
import type { Event, EventFindings } from "../src/events/event.js";
import { eventsStage } from "../src/events/events-stage.js";
import { confusion, formatConfusion, macroF1, typeScores } from "./events-score.js";
import { scoreOwnSet } from "./events-own-set.js";

const gsrPath = "../shared/datasets/plover-gsr/PLOVER_GSR_CAMEO.json";
const verbose = process.argv.includes("--verbose");
const ctx: Context = createContext(new Date("2025-01-01T00:00:00Z"));
/** PLOVER 0.5b1 labels of the gold file → v2 names, as its README says. */
const remap: Readonly<Record<string, string>> = { DEMAND: "REQUEST", DISAPPROVE: "ACCUSE", INVESTIGATE: "ACCUSE", FIGHT: "ASSAULT" };

interface GoldRecord {
  readonly id: string;
  readonly event: string;
  readonly text?: string;
}

function docOf(text: string): Doc {
  const source = createSource("gsr", new TextEncoder().encode(text), { mediaType: "text/plain" });
  const article = { title: null, authors: [], published: null, language: "en", url: null, headings: [], text };
  return createDoc(source, article);
}

/** Analyses before the events stage, so the stage can be timed alone. */
const upstream = defaultStages.filter((s) => s.name !== "events");

/** The baseline reading of a record's event: the first stated one (not negated, not hypothetical), else the first at all. */
function firstStatedEvent(events: readonly Event[]): Event | undefined {
  return events.find((e) => !e.negated && !e.hypothetical) ?? events.find((e) => !e.negated);
}

/** The record's event as the stage names it: its first main event, else (nothing confident) the baseline's. */
function mainEvent(findings: EventFindings | undefined): Event | undefined {
  const events = findings?.events ?? [];
  return events.find((e) => e.id === findings?.mainEvents[0]) ?? firstStatedEvent(events);
}

function scoreGsr(): Doc[] {
  const records = (JSON.parse(readFileSync(gsrPath, "utf8")) as GoldRecord[]).filter((r) => r.text && r.event !== "DOCUMENT");
  const prepared = records.map((r) => runPipeline(upstream, docOf((r.text ?? "").trim()), ctx));
  const pairs = records.map((record, i) => {
    const doc = prepared[i] as Doc;
    const findings = eventsStage.run(doc, ctx).data.events;
    const predicted = mainEvent(findings)?.type ?? "NONE";
    const gold = remap[record.event] ?? record.event;
    if (verbose && predicted !== gold) console.log(`${gold} -> ${predicted}: ${doc.article.text}`);
    const named = findings?.mainEvents.length ?? 0;
    return { gold, predicted, baseline: firstStatedEvent(findings?.events ?? [])?.type ?? "NONE", named, among: findings?.events.some((e) => e.type === gold) ?? false };
  });
  const c = confusion(pairs);
  const scores = typeScores(c);
  const baseline = confusion(pairs.map(({ gold, baseline: predicted }) => ({ gold, predicted })));
  const share = (n: number): string => (n / pairs.length).toFixed(3);
  console.log(`PLOVER gold records (${gsrPath}): ${c.total} sentences (development data: tuned on)`);
  console.log(`  type accuracy ${(c.correct / c.total).toFixed(3)}   macro F1 ${macroF1(scores).toFixed(3)}   (the record's event read as the stage's first main event)`);
  console.log(`  baseline, the first stated event: type accuracy ${(baseline.correct / baseline.total).toFixed(3)}   macro F1 ${macroF1(typeScores(baseline)).toFixed(3)}`);
  console.log(`  the record's type among the events ${share(pairs.filter((p) => p.among).length)}; a main event named ${share(pairs.filter((p) => p.named > 0).length)}`);
  for (const s of scores) {
    console.log(`  ${s.type.padEnd(10)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}  (n=${s.support})`);
  }
  console.log(formatConfusion(c));
  return prepared;
}

/** Sentences per second of the events stage alone: the median of five timed passes after three warm-up rounds. */
function measureSpeed(docs: readonly Doc[]): void {
  const sentences = docs.reduce((sum, d) => sum + (d.data.annotations?.sentences.length ?? 0), 0);
  const rounds = 10;
  for (let r = 0; r < 3; r++) for (const doc of docs) eventsStage.run(doc, ctx);
  const rates: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const started = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) for (const doc of docs) eventsStage.run(doc, ctx);
    rates.push((rounds * sentences) / (Number(process.hrtime.bigint() - started) / 1e9));
  }
  rates.sort((a, b) => a - b);
  const median = Math.round(rates[2] ?? 0);
  console.log(`speed: events stage alone ${median} sentences/s on one core (median of 5 passes of ${rounds} x ${sentences} sentences; slowest ${Math.round(rates[0] ?? 0)})`);
}

const gsrDocs = scoreGsr();
scoreOwnSet(upstream, ctx, verbose);
measureSpeed(gsrDocs);
