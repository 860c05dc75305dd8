import type { Store } from "../store/store.js";
import { eventsCsv } from "../export/events-csv.js";
import { toPloverRecord } from "../export/plover-record.js";
import { formatTable } from "./format-table.js";
import type { Output } from "./output.js";
import { printRecords, type ListFormat } from "./print-records.js";
import { resolveName } from "./resolve-name.js";

export type EventFormat = ListFormat | "plover";

export interface ClaimFilters {
  readonly speaker?: string;
  readonly stance?: string;
  readonly disputed?: boolean;
  readonly since?: string;
  readonly limit?: number;
}

export async function claimsCommand(store: Store, filters: ClaimFilters, format: ListFormat, io: Output) {
  const speakers = filters.speaker === undefined ? undefined : await resolveName(store, "speaker", filters.speaker);
  const rows = await store.claims({ ...filters, speakers });
  printRecords(rows, format, (list) =>
    formatTable(
      ["speaker", "stance", "cue", "content", "outlets", "reports", "first report"],
      list.map((c) => [
        c.speakerName ?? `${c.speaker} (unresolved)`, c.stance, c.cue, c.content, c.outlets, c.sources.length, c.sources[0]?.title ?? c.sources[0]?.document.slice(0, 12) ?? null,
      ]),
    ), io);
}

export interface EventFilters {
  readonly type?: string;
  readonly actor?: string;
  readonly place?: string;
  readonly from?: string;
  readonly to?: string;
  readonly all?: boolean;
  readonly main?: boolean;
  readonly limit?: number;
}

export async function eventsCommand(store: Store, filters: EventFilters, format: EventFormat, io: Output) {
  const actors = filters.actor === undefined ? undefined : await resolveName(store, "actor", filters.actor);
  const places = filters.place === undefined ? undefined : await resolveName(store, "place", filters.place);
  const rows = await store.events({ ...filters, actors, places });
  if (format === "plover") io.out(`${JSON.stringify(rows.map(toPloverRecord), null, 2)}\n`);
  else printRecords(rows, format, (list) =>
    formatTable(
      ["date", "type", "actor", "recipient", "location", "conf", "flags", "evidence"],
      list.map((e) => [
        e.date ?? "undated", e.mode ? `${e.type}/${e.mode}` : e.type, e.actorName ?? e.actor, e.recipientName ?? e.recipient,
        e.locationName ?? e.location, e.confidence.toFixed(2), [e.mainRank !== null ? "main" : "", e.source ? "reported" : "", e.disputed ? "disputed" : "", e.hypothetical ? "hypothetical" : ""].filter(Boolean).join(","),
        e.evidenceText,
      ]),
      48,
    ), io, eventsCsv);
}

export async function actorsCommand(store: Store, query: { type?: string; limit?: number }, format: ListFormat, io: Output) {
  const rows = await store.actors(query);
  printRecords(rows, format, (list) =>
    formatTable(["id", "name", "type", "country", "member of", "mentions", "documents"],
      list.map((a) => [a.id, a.name, a.type, a.country, a.memberOf, a.mentions, a.documents])), io);
}

export async function searchCommand(store: Store, text: string, limit: number | undefined, format: ListFormat, io: Output) {
  const rows = await store.search(text, limit);
  printRecords(rows, format, (list) => formatTable(["document", "title", "snippet"], list.map((h) => [h.input, h.title, h.snippet]), 90), io);
}

export async function statsCommand(store: Store, format: "table" | "json", io: Output) {
  const stats = await store.stats();
  if (format === "table") io.out(formatTable(["what", "count"], Object.entries(stats)));
  else io.out(`${JSON.stringify(stats)}\n`);
}

export async function duplicatesCommand(store: Store, format: ListFormat, io: Output) {
  const groups = await store.syndicationGroups();
  printRecords(groups, format, (list) =>
    formatTable(["group", "report", "outlet", "title", "url or input"],
      list.flatMap((group, n) => [group.original, ...group.copies].map((m, i) => [n + 1, i === 0 ? "original" : "copy", m.outlet, m.title, m.url ?? m.input])), 50), io);
}

export async function errorsCommand(store: Store, format: ListFormat, io: Output) {
  const errors = await store.errors();
  printRecords(errors, format, (list) => formatTable(["input", "problem", "last seen"], list.map((e) => [e.input, e.problem, e.at]), 90), io);
}
