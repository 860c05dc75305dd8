import { createSource } from "../src/core/create-source.js";
import { createDoc, type Doc } from "../src/core/doc.js";
import { runPipeline } from "../src/core/pipeline.js";
import type { Context, Stage } from "../src/core/stage.js";
import type { Entity } from "../src/entities/entity.js";
import type { Event } from "../src/events/event.js";
import { eventsStage } from "../src/events/events-stage.js";
import holdoutSet from "../test/events/holdout-set.json" with { type: "json" };
import holdoutSet2 from "../test/events/holdout-2-set.json" with { type: "json" };
import ownSet from "../test/events/own-set.json" with { type: "json" };
import { handDoc, type EntitySpec } from "../test/events/hand-findings.js";

/** One sentence of test/events/own-set.json: what a correct coding of it yields. */
interface OwnItem {
  readonly text: string;
  /** null: the sentence states no real event (negated, hypothetical, a mere statement). */
  readonly type: string | null;
  /** An entity name (alternatives separated by "|"), matched through the memberOf chain. */
  readonly actor?: string | null;
  readonly recipient?: string | null;
  readonly date?: string | null;
  readonly published?: string | null;
  /** Held-out set: the event is stated as negated / only possible, and carries `expectType`. */
  readonly negated?: boolean;
  readonly hypothetical?: boolean;
  readonly expectType?: string;
  /** Held-out set: the event lies clearly before the report's period. */
  readonly historical?: boolean;
}

/** A test set file: a gazetteer for the placed-by-hand run and the items. */
interface TestSet {
  readonly published: string;
  readonly gazetteer: readonly EntitySpec[];
  readonly items: readonly OwnItem[];
}

interface Tally {
  typeRight: number;
  typeTotal: number;
  actorRight: number;
  recipientRight: number;
  rolesTotal: number;
  dateRight: number;
  dateTotal: number;
  falseReal: number;
  irrealTotal: number;
  /** Negated/hypothetical items whose flagged event was found with the expected type. */
  flaggedRight: number;
  flaggedTotal: number;
  historicalRight: number;
  historicalTotal: number;
  /** Marked historical though the item does not say so (counted only for sets that mark it). */
  historicalExtra: number;
}

function names(entity: Entity | undefined): string[] {
  return entity ? [entity.name, ...entity.aliases].map((n) => n.toLowerCase()) : [];
}

/** The README's rule: an id matches a name when its entity, or one up its memberOf chain, bears that name. */
function resolves(id: string | null, want: string | null | undefined, entities: ReadonlyMap<string, Entity>): boolean {
  if (want === undefined) return true;
  if (want === null) return id === null;
  const accepted = want.toLowerCase().split("|");
  let current = id ? entities.get(id) : undefined;
  for (let depth = 0; current && depth < 6; depth++) {
    if (names(current).some((n) => accepted.includes(n)) || current.id === want) return true;
    current = current.memberOf ? entities.get(current.memberOf) : undefined;
  }
  return false;
}

function stated(events: readonly Event[]): Event | undefined {
  return events.find((e) => !e.negated && !e.hypothetical);
}

function flaggedAsExpected(item: OwnItem, events: readonly Event[]): boolean {
  return events.some(
    (e) => e.type === item.expectType && (!item.negated || e.negated) && (!item.hypothetical || e.hypothetical),
  );
}

function tally(items: readonly OwnItem[], analyse: (item: OwnItem) => Doc, verbose: boolean, label: string): Tally {
  const t: Tally = {
    typeRight: 0, typeTotal: 0, actorRight: 0, recipientRight: 0, rolesTotal: 0, dateRight: 0, dateTotal: 0,
    falseReal: 0, irrealTotal: 0, flaggedRight: 0, flaggedTotal: 0, historicalRight: 0, historicalTotal: 0, historicalExtra: 0,
  };
  for (const item of items) {
    const doc = analyse(item);
    const events = doc.data.events?.events ?? [];
    const entities = new Map((doc.data.entities?.entities ?? []).map((e) => [e.id, e]));
    const main = stated(events);
    t.typeTotal++;
    const typeOk = (main?.type ?? null) === item.type;
    if (typeOk) t.typeRight++;
    if (item.type === null) {
      t.irrealTotal++;
      if (main) t.falseReal++;
    }
    const miss: string[] = typeOk ? [] : [`type ${main?.type ?? "none"}`];
    if (item.type !== null) {
      t.rolesTotal++;
      const actorOk = typeOk && resolves(main?.actor ?? null, item.actor, entities);
      const recipientOk = typeOk && resolves(main?.recipient ?? null, item.recipient, entities);
      if (actorOk) t.actorRight++;
      else miss.push(`actor ${main?.actor ?? "none"}`);
      if (recipientOk) t.recipientRight++;
      else miss.push(`recipient ${main?.recipient ?? "none"}`);
    }
    if (item.expectType) {
      t.flaggedTotal++;
      if (flaggedAsExpected(item, events)) t.flaggedRight++;
      else miss.push("flag");
    }
    if (item.type !== null) {
      t.historicalTotal += item.historical ? 1 : 0;
      if (item.historical && main?.historical) t.historicalRight++;
      if (!item.historical && main?.historical) t.historicalExtra++;
    }
    if (item.date !== undefined && item.type !== null) {
      t.dateTotal++;
      if ((main?.date ?? null) === item.date) t.dateRight++;
      else miss.push(`date ${main?.date ?? "none"}`);
    }
    if (verbose && miss.length > 0) console.log(`  [${label}] ${miss.join(", ")}: ${item.text}`);
  }
  return t;
}

function print(label: string, t: Tally): void {
  const ratio = (a: number, b: number) => (b === 0 ? "n/a" : (a / b).toFixed(3));
  console.log(
    `  ${label}: type ${ratio(t.typeRight, t.typeTotal)}  actor ${ratio(t.actorRight, t.rolesTotal)}  recipient ${ratio(t.recipientRight, t.rolesTotal)}  date ${ratio(t.dateRight, t.dateTotal)} (n=${t.dateTotal})  negated/hypothetical counted as real: ${t.falseReal} of ${t.irrealTotal}` +
    (t.flaggedTotal > 0 ? `  flagged with type: ${t.flaggedRight} of ${t.flaggedTotal}` : "") +
    (t.historicalTotal > 0 ? `  historical: ${t.historicalRight} of ${t.historicalTotal} (+${t.historicalExtra} unmarked)` : ""),
  );
}

function plainDoc(item: OwnItem, set: TestSet): Doc {
  const source = createSource("test-set", new TextEncoder().encode(item.text), { mediaType: "text/plain" });
  const published = item.published === undefined ? set.published : item.published;
  return createDoc(source, { title: null, authors: [], published, language: "en", url: null, headings: [], text: item.text });
}

/**
 * Scores a sentence set twice: through the real upstream stages, and with the set's gazetteer placed by
 * hand (the events stage's own share of the errors).
 */
function scoreSet(path: string, set: TestSet, upstream: readonly Stage[], benchCtx: Context, verbose: boolean): void {
  // The stage ignores a publication date after its clock (a bad timestamp), so the clock must not precede the set.
  const ctx: Context = { ...benchCtx, now: new Date(Math.max(benchCtx.now.getTime(), Date.parse(set.published))) };
  console.log(`${path}: ${set.items.length} sentences, published ${set.published} unless stated`);
  const real = tally(set.items, (item) => eventsStage.run(runPipeline(upstream, plainDoc(item, set), ctx), ctx), verbose, "real stages");
  print("with the real annotate/entities/claims stages", real);
  const placed = tally(
    set.items,
    (item) => {
      const published = item.published === undefined ? set.published : item.published;
      return eventsStage.run(handDoc(item.text, set.gazetteer, [], [], { published }), ctx);
    },
    verbose,
    "gazetteer",
  );
  print("with the set's gazetteer placed by string search", placed);
}

/** Our own set (tuned on) and the held-out sets (written before the stage ever saw them; never tuned on, so not verbose). */
export function scoreOwnSet(upstream: readonly Stage[], ctx: Context, verbose: boolean): void {
  scoreSet("own test set, tuned on (test/events/own-set.json)", ownSet as TestSet, upstream, ctx, verbose);
  scoreSet("HELD-OUT set, never tuned on (test/events/holdout-set.json)", holdoutSet as TestSet, upstream, ctx, false);
  scoreSet("SECOND HELD-OUT set, never tuned on (test/events/holdout-2-set.json)", holdoutSet2 as TestSet, upstream, ctx, false);
}
