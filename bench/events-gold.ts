// Scores the whole pipeline's events against the PLOVER gold of real reports (bench/gold/events): an event found is
// one of the gold type whose evidence holds the gold trigger; precision counts every event sitrep reports as real
// (not negated), recall every gold event that is not a repeat (sameAs). Beside it in the same run, a keyword
// baseline: one stem per type, the first hit in a sentence gives that sentence an event. Test is scored in totals.
// Main events: each report read as a user's plain-text file (extraction included, so the headline is found), its
// first main event against the events bench/gold/events-main.json names as what the report is about, beside the first
// confident stated event as the baseline.
// Usage: npm run bench:events-gold [-- --dev [--show]]  (--show lists dev events found and missed; never for test)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { analyzeSource, createContext, defaultStages } from "../src/analyze.js";
import { createSource } from "../src/core/create-source.js";
import type { Event } from "../src/events/event.js";
import { runPipeline } from "../src/core/pipeline.js";
import { confidentEvent } from "../src/events/confidence.js";
import type { Span } from "../src/core/span.js";
import { textDoc } from "../test/support/text-doc.js";
import { resolveAnchor, type Anchor, type SentenceRef } from "./gold/anchors.js";
import { GOLD, goldSplit, readReport } from "./gold/check.js";

interface GoldEvent {
  readonly s: SentenceRef;
  readonly type: string;
  readonly trigger: Anchor;
  readonly actor: Anchor | null;
  readonly recipient: Anchor | null;
  readonly sameAs?: number;
}

interface Found {
  readonly type: string;
  readonly evidence: Span;
  readonly trigger?: string;
  readonly roles?: string;
  readonly actor?: string | null;
  readonly recipient?: string | null;
}

/** A gold event with its spans resolved. */
interface Wanted {
  readonly type: string;
  readonly trigger: Span;
  readonly actor: Span | null;
  readonly recipient: Span | null;
}

/** Whether an entity is mentioned inside (or around) a span of the text: the check that a role names the right party. */
type Names = (entity: string, span: Span) => boolean;

interface Counts {
  matched: number;
  /** Matched, and actor and recipient both right (both empty where the gold has none). */
  fullyRight: number;
  foundAtTrigger: number;
  predicted: number;
  gold: number;
}

const ctx = createContext(new Date("2024-01-01T00:00:00Z"));
const wanted = process.argv.includes("--dev") ? "dev" : "test";
const show = wanted === "dev" && process.argv.includes("--show");

const KEYWORDS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:attack|bomb|shell|kill)/iu, "ASSAULT"],
  [/\b(?:arrest|detain|jail)/iu, "COERCE"],
  [/\b(?:accus|charg|criticiz|criticis)/iu, "ACCUSE"],
  [/\b(?:protest|rall(?:y|ied))/iu, "PROTEST"],
  [/\b(?:talks|met |meet)/iu, "CONSULT"],
  [/\b(?:aid|donat)/iu, "AID"],
  [/\bsanction/iu, "SANCTION"],
  [/\bthreat/iu, "THREATEN"],
  [/\bagree/iu, "AGREE"],
  [/\b(?:demand|urge|call(?:s|ed)? (?:on|for))/iu, "REQUEST"],
  [/\b(?:reject|den(?:y|ied|ies)|refus)/iu, "REJECT"],
  [/\b(?:withdr|releas|resign)/iu, "RETREAT"],
  [/\b(?:support|back(?:s|ed)\b)/iu, "SUPPORT"],
];

function baselineEvents(text: string, sentences: readonly Span[]): Found[] {
  const found: Found[] = [];
  for (const sentence of sentences) {
    const words = text.slice(sentence.start, sentence.end);
    const hit = KEYWORDS.find(([pattern]) => pattern.test(words));
    if (hit) found.push({ type: hit[1], evidence: sentence });
  }
  return found;
}

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** Counts matches; returns the events that matched no gold event and the gold events nothing matched. */
function roleRight(want: Span | null, got: string | null | undefined, names: Names): boolean {
  if (want === null) return got === null || got === undefined;
  return got !== null && got !== undefined && names(got, want);
}

interface Differences {
  readonly spurious: Found[];
  readonly missed: Wanted[];
  /** Matched in type and trigger, with a role wrong. */
  readonly wrongRoles: { want: Wanted; got: Found }[];
}

function score(gold: readonly Wanted[], found: readonly Found[], counts: Counts, names: Names): Differences {
  counts.predicted += found.length;
  counts.gold += gold.length;
  const free = new Set(found);
  const missed: Wanted[] = [];
  const wrongRoles: { want: Wanted; got: Found }[] = [];
  for (const want of gold) {
    const at = [...free].filter((f) => within(want.trigger, f.evidence));
    if (at.length > 0) counts.foundAtTrigger++;
    const pick = at.find((f) => f.type === want.type);
    if (!pick) {
      missed.push(want);
      continue;
    }
    free.delete(pick);
    counts.matched++;
    if (roleRight(want.actor, pick.actor, names) && roleRight(want.recipient, pick.recipient, names)) counts.fullyRight++;
    else wrongRoles.push({ want, got: pick });
  }
  return { spurious: [...free], missed, wrongRoles };
}

function printDifferences(text: string, { spurious, missed, wrongRoles }: Differences): void {
  const sentence = (span: Span) => text.slice(span.start, span.end).replace(/\s+/g, " ").slice(0, 160);
  for (const f of spurious) console.log(`  spurious ${f.type} <${f.trigger}> ${f.roles}: ${sentence(f.evidence)}`);
  for (const m of missed) console.log(`  missed   ${m.type} <${text.slice(m.trigger.start, m.trigger.end)}>`);
  const words = (span: Span | null) => (span ? text.slice(span.start, span.end) : "-");
  for (const { want, got } of wrongRoles) console.log(`  roles    ${want.type} <${got.trigger}> gold ${words(want.actor)} → ${words(want.recipient)}; got ${got.roles}`);
}

function print(name: string, c: Counts): void {
  const precision = c.predicted === 0 ? 0 : c.matched / c.predicted;
  const recall = c.gold === 0 ? 0 : c.matched / c.gold;
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const located = c.gold === 0 ? 0 : c.foundAtTrigger / c.gold;
  const full = c.predicted === 0 ? 0 : c.fullyRight / c.predicted;
  console.log(`${name.padEnd(9)} type+trigger P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f.toFixed(3)}; with actor and recipient right too: ${full.toFixed(3)} of reported, ${(c.gold === 0 ? 0 : c.fullyRight / c.gold).toFixed(3)} of gold; gold events with any event at their trigger ${located.toFixed(3)}; ${c.predicted} events reported`);
}

interface MainCounts {
  /** Reports whose gold names main events, and among them those whose first main event sitrep names first. */
  withMain: number;
  firstRight: number;
  /** Sitrep's first main event is one of the gold main events. */
  amongGold: number;
  named: number;
  /** Reports the gold says are about no annotated event, and those sitrep names a main event for anyway. */
  withoutMain: number;
  namedAnyway: number;
}

const newMainCounts = (): MainCounts => ({ withMain: 0, firstRight: 0, amongGold: 0, named: 0, withoutMain: 0, namedAnyway: 0 });

/** Whether an event is the gold happening: its type, with a trigger of the happening's mentions inside its evidence. */
function isHappening(event: Event | undefined, type: string, triggers: readonly Span[]): boolean {
  const spans = event ? [event.evidence, ...event.evidenceSpans] : [];
  return event?.type === type && triggers.some((t) => spans.some((s) => within(t, s)));
}

/**
 * The report's main-event findings read from it as a plain-text file. Extraction takes the title line out of the
 * text, so the findings' spans are shifted back onto the report's own offsets.
 */
function mainFindings(file: string, text: string): { events: Event[]; mainEvents: readonly string[] } {
  const read = analyzeSource(createSource(file, new TextEncoder().encode(text), { mediaType: "text/plain" }), { now: ctx.now });
  const found = read.data.events ?? { events: [], mainEvents: [] };
  const shift = text.indexOf(read.article.text.slice(0, 200));
  if (shift < 0) throw new Error(`${file}: the extracted text is not a part of the report's text, so no span can be compared`);
  const moved = (s: Span): Span => ({ start: s.start + shift, end: s.end + shift });
  return { mainEvents: found.mainEvents, events: found.events.map((e) => ({ ...e, evidence: moved(e.evidence), evidenceSpans: e.evidenceSpans.map(moved) })) };
}

function scoreMain(counts: MainCounts, gold: readonly { type: string; triggers: Span[] }[], first: Event | undefined): void {
  if (gold.length === 0) {
    counts.withoutMain++;
    if (first) counts.namedAnyway++;
    return;
  }
  counts.withMain++;
  if (first) counts.named++;
  if (gold[0] && isHappening(first, gold[0].type, gold[0].triggers)) counts.firstRight++;
  if (gold.some((g) => isHappening(first, g.type, g.triggers))) counts.amongGold++;
}

function printMain(name: string, c: MainCounts): void {
  const share = (n: number, of: number) => (of === 0 ? "-" : (n / of).toFixed(3));
  console.log(`${name.padEnd(9)} first main event is the gold first ${share(c.firstRight, c.withMain)}, one of the gold's ${share(c.amongGold, c.withMain)}, named at all ${share(c.named, c.withMain)} (of ${c.withMain} reports about an event); named for ${c.namedAnyway} of ${c.withoutMain} reports about none`);
}

function main(): void {
  const dir = `${GOLD}/events`;
  const split = goldSplit();
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
  const sitrep: Counts = { matched: 0, fullyRight: 0, foundAtTrigger: 0, predicted: 0, gold: 0 };
  const everyEvent: Counts = { matched: 0, fullyRight: 0, foundAtTrigger: 0, predicted: 0, gold: 0 };
  const baseline: Counts = { matched: 0, fullyRight: 0, foundAtTrigger: 0, predicted: 0, gold: 0 };
  const mainEvents = newMainCounts();
  const mainBaseline = newMainCounts();
  const goldMain = (JSON.parse(readFileSync(`${GOLD}/events-main.json`, "utf8")) as { reports: Record<string, { main: number[] }> }).reports;
  let reports = 0;
  for (const file of files) {
    const report = readReport(file);
    if (split[report.id] !== wanted) continue;
    const events = (JSON.parse(readFileSync(`${dir}/${file}`, "utf8")) as { events: GoldEvent[] }).events;
    const span = (s: SentenceRef, anchor: Anchor | null) => (anchor === null ? null : (resolveAnchor(report, s, anchor)[0] ?? null));
    const gold = events
      .filter((e) => e.sameAs === undefined || e.sameAs === null)
      .map((e) => ({ type: e.type, trigger: span(e.s, e.trigger) ?? { start: 0, end: 0 }, actor: span(e.s, e.actor), recipient: span(e.s, e.recipient) }));
    const doc = runPipeline(defaultStages, textDoc(report.text), ctx);
    const stated = (doc.data.events?.events ?? []).filter((e) => !e.negated);
    const found = stated.filter((e) => e.confidence >= confidentEvent).map((e) => ({ type: e.type, evidence: e.evidence, trigger: e.trigger, actor: e.actor, recipient: e.recipient, roles: `${e.actor ?? "-"} → ${e.recipient ?? "-"}${e.hypothetical ? " (hypothetical)" : ""}` }));
    const mentions = doc.data.entities?.mentions ?? [];
    const names: Names = (entity, want) => mentions.some((m) => m.entity === entity && m.start < want.end && want.start < m.end);
    const differences = score(gold, found, sitrep, names);
    score(gold, stated, everyEvent, names);
    if (show) {
      console.log(report.id);
      printDifferences(report.text, differences);
    }
    score(gold, baselineEvents(report.text, report.sentences), baseline, names);
    const happenings = (goldMain[file.replace(/\.json$/u, "")]?.main ?? []).map((i) => ({
      type: events[i]?.type ?? "",
      triggers: events.flatMap((e, j) => (j === i || e.sameAs === i ? [span(e.s, e.trigger)] : [])).filter((t): t is Span => t !== null),
    }));
    const read = mainFindings(file, report.text);
    scoreMain(mainEvents, happenings, read.events.find((e) => e.id === read.mainEvents[0]));
    scoreMain(mainBaseline, happenings, read.events.find((e) => !e.negated && !e.hypothetical && e.confidence >= confidentEvent));
    reports++;
  }
  console.log(`PLOVER gold events, ${wanted} split: ${reports} real reports, ${sitrep.gold} events (repeats left out)`);
  print("sitrep", sitrep);
  print("  --all", everyEvent);
  print("baseline", baseline);
  console.log(`main events (${GOLD}/events-main.json):`);
  printMain("sitrep", mainEvents);
  printMain("baseline", mainBaseline);
}

main();
