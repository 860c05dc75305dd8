import { createSource } from "../src/core/create-source.js";
import { createDoc, type Doc } from "../src/core/doc.js";
import { runPipeline } from "../src/core/pipeline.js";
import type { Context, Stage } from "../src/core/stage.js";
import type { Entity } from "../src/entities/entity.js";
import type { Event } from "../src/events/event.js";
import { eventsStage } from "../src/events/events-stage.js";
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
}

const gazetteer = ownSet.gazetteer as readonly EntitySpec[];

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

function tally(items: readonly OwnItem[], analyse: (item: OwnItem) => Doc, verbose: boolean, label: string): Tally {
  const t: Tally = { typeRight: 0, typeTotal: 0, actorRight: 0, recipientRight: 0, rolesTotal: 0, dateRight: 0, dateTotal: 0, falseReal: 0, irrealTotal: 0 };
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
  console.log(`  ${label}: type ${ratio(t.typeRight, t.typeTotal)}  actor ${ratio(t.actorRight, t.rolesTotal)}  recipient ${ratio(t.recipientRight, t.rolesTotal)}  date ${ratio(t.dateRight, t.dateTotal)} (n=${t.dateTotal})  negated/hypothetical counted as real: ${t.falseReal} of ${t.irrealTotal}`);
}

function plainDoc(item: OwnItem): Doc {
  const source = createSource("own-set", new TextEncoder().encode(item.text), { mediaType: "text/plain" });
  const published = item.published === undefined ? ownSet.published : item.published;
  return createDoc(source, { title: null, authors: [], published, language: "en", url: null, headings: [], text: item.text });
}

/**
 * Scores our own sentences twice: through the real upstream stages, and with the set's gazetteer placed by
 * hand (the events stage's own share of the errors).
 */
export function scoreOwnSet(upstream: readonly Stage[], ctx: Context, verbose: boolean): void {
  const items = ownSet.items as readonly OwnItem[];
  console.log(`own test set (test/events/own-set.json): ${items.length} sentences, published ${ownSet.published} unless stated`);
  const real = tally(items, (item) => eventsStage.run(runPipeline(upstream, plainDoc(item), ctx), ctx), verbose, "real stages");
  print("with the real annotate/entities/claims stages", real);
  const placed = tally(
    items,
    (item) => {
      const published = item.published === undefined ? ownSet.published : item.published;
      return eventsStage.run(handDoc(item.text, gazetteer, [], [], { published }), ctx);
    },
    verbose,
    "gazetteer",
  );
  print("with the set's gazetteer placed by string search", placed);
}
