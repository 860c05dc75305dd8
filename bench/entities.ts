import { createContext } from "../src/analyze.js";
// Entities benchmark: mention F1, type accuracy, place resolution within 161 km, metonymy and
// memberOf accuracy on our hand-written sets, then the stage's speed with the gazetteer loaded.
// test-set.json is the set the rules were developed against; holdout-set.json was written afterwards
// and never tuned on; holdout-2-set.json was written after a second round of changes, before the stage
// first ran on it, and never tuned on either. holdout-3-set.json (geoparsing-style, many toponyms per
// sentence) was written before the stage first ran on it. Run: npm run bench:entities  (add --verbose to list every miss).
import holdoutSet3 from "../test/entities/holdout-3-set.json" with { type: "json" };
import holdoutSet2 from "../test/entities/holdout-2-set.json" with { type: "json" };
import holdoutSet from "../test/entities/holdout-set.json" with { type: "json" };
import testSet from "../test/entities/test-set.json" with { type: "json" };
import { annotateStage } from "../src/annotate/annotate-stage.js";
import type { Doc } from "../src/core/doc.js";
import { entitiesStage } from "../src/entities/entities-stage.js";
import type { Entity, Mention } from "../src/entities/entity.js";
import { gazetteer } from "../src/entities/gazetteer.js";
import { textDoc } from "../test/support/text-doc.js";

interface Options {
  readonly geo?: readonly number[];
  readonly memberOf?: string;
  readonly metonymy?: boolean;
}

type Expectation = [string, string, Options?];

const ctx = createContext(new Date("2024-01-01T00:00:00Z"));
const verbose = process.argv.includes("--verbose");
const sentences = testSet.sentences as Sentence[];

// Heap growth is exact only with --expose-gc (garbage is collected before both readings).
const collect = (globalThis as { gc?: () => void }).gc;
collect?.();
const heapBefore = process.memoryUsage().heapUsed;
const loadStart = performance.now();
const loadCpuStart = process.cpuUsage();
gazetteer();
const loadCpu = process.cpuUsage(loadCpuStart);
const loadMs = performance.now() - loadStart;
collect?.();
const loadHeapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  typed: number;
  typeRight: number;
  geo: number;
  geoRight: number;
  metonymy: number;
  metonymyRight: number;
  member: number;
  memberRight: number;
}

interface Sentence {
  readonly text: string;
  readonly expect: Expectation[];
}

function evaluate(set: readonly Sentence[], misses: string[]): Tally {
  const tally: Tally = { tp: 0, fp: 0, fn: 0, typed: 0, typeRight: 0, geo: 0, geoRight: 0, metonymy: 0, metonymyRight: 0, member: 0, memberRight: 0 };
  for (const { text, expect } of set) {
    const findings = analyse(text).data.entities;
    if (findings === undefined) throw new Error("no entity findings");
    const byId = new Map(findings.entities.map((e) => [e.id, e]));
    const unmatched = new Set<Mention>(findings.mentions);
    const searchFrom = new Map<string, number>();
    for (const [mentionText, type, options = {}] of expect) {
      const start = text.indexOf(mentionText, searchFrom.get(mentionText) ?? 0);
      searchFrom.set(mentionText, start + 1);
      const hit = findings.mentions.find((m) => m.start === start && m.end === start + mentionText.length);
      const entity = hit === undefined ? undefined : byId.get(hit.entity);
      score(tally, misses, { text, mentionText, type, options, hit, entity, byId });
      if (hit) unmatched.delete(hit);
    }
    tally.fp += unmatched.size;
    for (const extra of unmatched) misses.push(`extra    "${extra.text}" → ${extra.entity}   in: ${text}`);
  }
  return tally;
}

interface Case {
  readonly text: string;
  readonly mentionText: string;
  readonly type: string;
  readonly options: Options;
  readonly hit: Mention | undefined;
  readonly entity: Entity | undefined;
  readonly byId: ReadonlyMap<string, Entity>;
}

function score(tally: Tally, misses: string[], { text, mentionText, type, options, hit, entity, byId }: Case): void {
  if (hit === undefined || entity === undefined) {
    tally.fn++;
    misses.push(`missed   "${mentionText}" (${type})   in: ${text}`);
  } else {
    tally.tp++;
    tally.typed++;
    if (entity.type === type) tally.typeRight++;
    else misses.push(`type     "${mentionText}" is ${entity.type}, want ${type}`);
  }
  if (options.geo !== undefined) {
    tally.geo++;
    const [lat = 0, lon = 0] = options.geo;
    const within = entity?.geo !== undefined && km(entity.geo, { lat, lon }) <= 161;
    if (within) tally.geoRight++;
    else misses.push(`geo      "${mentionText}" at ${entity?.geo ? `${entity.geo.lat},${entity.geo.lon} (${entity.name}, ${entity.country ?? "?"})` : "nowhere"}, want ${lat},${lon}`);
  }
  if (options.metonymy !== undefined) {
    tally.metonymy++;
    if (hit !== undefined && (hit.metonymyOf !== undefined) === options.metonymy) tally.metonymyRight++;
    else misses.push(`metonymy "${mentionText}" want ${options.metonymy ? "government" : "place"}   in: ${text}`);
  }
  if (options.memberOf !== undefined) {
    tally.member++;
    if (memberChain(entity, byId).includes(options.memberOf)) tally.memberRight++;
    else misses.push(`memberOf "${mentionText}" is ${entity?.memberOf ?? "none"}, want ${options.memberOf}`);
  }
}

/** The entity's memberOf, that one's memberOf, …: "Andriy Yermak" → his office → Ukraine. */
function memberChain(entity: Entity | undefined, byId: ReadonlyMap<string, Entity>): string[] {
  const chain: string[] = [];
  for (let id = entity?.memberOf; id !== undefined && chain.length < 5; id = byId.get(id)?.memberOf) chain.push(id);
  return chain;
}

function analyse(text: string): Doc {
  return entitiesStage.run(annotateStage.run(textDoc(text), ctx), ctx);
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Sentences per second of CPU time for the entities stage alone, on pre-annotated 40-sentence reports. */
function speed(): { perSecond: number; sentenceCount: number } {
  const reports: Doc[] = [];
  for (let i = 0; i < sentences.length; i += 40) {
    const body = sentences.slice(i, i + 40).map((s) => s.text).join(" ");
    reports.push(annotateStage.run(textDoc(body), ctx));
  }
  const sentenceCount = reports.reduce((n, d) => n + (d.data.annotations?.sentences.length ?? 0), 0);
  for (const report of reports) entitiesStage.run(report, ctx);
  const rounds = 50;
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const report of reports) entitiesStage.run(report, ctx);
  const used = process.cpuUsage(cpu);
  const seconds = (used.user + used.system) / 1e6;
  return { perSecond: (sentenceCount * rounds) / seconds, sentenceCount };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function report(name: string, set: readonly Sentence[]): void {
  const misses: string[] = [];
  const tally = evaluate(set, misses);
  const precision = ratio(tally.tp, tally.tp + tally.fp);
  const recall = ratio(tally.tp, tally.tp + tally.fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  if (verbose) for (const miss of misses) console.log(`${name}: ${miss}`);
  console.log(`${name} — ${set.length} sentences, ${tally.tp + tally.fn} expected mentions`);
  console.log(`  mention F1            ${f1.toFixed(3)}  (precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; target ≥ 0.90)`);
  console.log(`  entity type accuracy  ${pct(ratio(tally.typeRight, tally.typed))}  of ${tally.typed} matched mentions (target ≥ 90%)`);
  console.log(`  places within 161 km  ${pct(ratio(tally.geoRight, tally.geo))}  of ${tally.geo} places (target ≥ 90%)`);
  console.log(`  metonymy right        ${pct(ratio(tally.metonymyRight, tally.metonymy))}  of ${tally.metonymy} capitals and seats (target ≥ 85%)`);
  console.log(`  memberOf right        ${pct(ratio(tally.memberRight, tally.member))}  of ${tally.member}`);
}

report("test set (developed against)", sentences);
report("holdout set (never tuned on)", holdoutSet.sentences as Sentence[]);
report("second holdout set (never tuned on)", holdoutSet2.sentences as Sentence[]);
report("third holdout set, geoparsing-style (never tuned on)", holdoutSet3.sentences as Sentence[]);
const { perSecond, sentenceCount } = speed();
console.log(`speed                   ${Math.round(perSecond).toLocaleString("en")} sentences per CPU second (${sentenceCount} sentences in 40-sentence reports; target ≥ 10,000)`);
console.log(
  `gazetteer load          ${Math.round(loadMs)} ms wall, ${Math.round((loadCpu.user + loadCpu.system) / 1000)} ms CPU, ` +
    `${Math.round(loadHeapMb)} MB heap${collect ? "" : " (with garbage; run node --expose-gc for the live size)"} once per process (excluded from speed)`,
);
