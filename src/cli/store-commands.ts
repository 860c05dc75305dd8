import type { Store } from "../store/store.js";
import { eventsCsv } from "../export/events-csv.js";
import { toPloverRecord } from "../export/plover-record.js";
import { formatTable } from "./format-table.js";
import type { Output } from "./output.js";

export type ListFormat = "table" | "json" | "ndjson";
export type EventFormat = ListFormat | "plover" | "csv";

export function printRows<T extends object>(rows: readonly T[], format: ListFormat, table: (rows: readonly T[]) => string, io: Output): void {
  if (format === "json") io.out(`${JSON.stringify(rows, null, 2)}\n`);
  else if (format === "ndjson") for (const row of rows) io.out(`${JSON.stringify(row)}\n`);
  else io.out(rows.length === 0 ? "(nothing stored matches)\n" : table(rows));
}

export async function claimsCommand(store: Store, query: { speaker?: string; stance?: string; limit?: number }, format: ListFormat, io: Output) {
  const speaker = query.speaker === undefined ? undefined : await resolveEntity(store, query.speaker);
  const rows = await store.claims({ ...query, speaker });
  printRows(rows, format, (list) =>
    formatTable(
      ["speaker", "stance", "cue", "content", "channel", "document"],
      list.map((c) => [c.speakerName ?? `${c.speaker} (unresolved)`, c.stance, c.cue, c.content, c.channel, c.title ?? c.document.slice(0, 12)]),
    ), io);
}

export async function eventsCommand(store: Store, query: { type?: string; actor?: string; limit?: number }, format: EventFormat, io: Output) {
  const actor = query.actor === undefined ? undefined : await resolveEntity(store, query.actor);
  const rows = (await store.events({ ...query, actor })).filter((e) => !e.negated);
  if (format === "plover") io.out(`${JSON.stringify(rows.map(toPloverRecord), null, 2)}\n`);
  else if (format === "csv") io.out(eventsCsv(rows));
  else printRows(rows, format, (list) =>
    formatTable(
      ["date", "type", "actor", "recipient", "location", "flags", "evidence"],
      list.map((e) => [
        e.date ?? "undated", e.mode ? `${e.type}/${e.mode}` : e.type, e.actorName ?? e.actor, e.recipientName ?? e.recipient,
        e.locationName ?? e.location, [e.source ? "reported" : "", e.disputed ? "disputed" : "", e.hypothetical ? "hypothetical" : ""].filter(Boolean).join(","),
        e.evidenceText,
      ]),
      48,
    ), io);
}

export async function actorsCommand(store: Store, query: { type?: string; limit?: number }, format: ListFormat, io: Output) {
  const rows = await store.actors(query);
  printRows(rows, format, (list) =>
    formatTable(["id", "name", "type", "country", "member of", "mentions", "documents"],
      list.map((a) => [a.id, a.name, a.type, a.country, a.memberOf, a.mentions, a.documents])), io);
}

export async function searchCommand(store: Store, text: string, limit: number | undefined, format: ListFormat, io: Output) {
  const rows = await store.search(text, limit);
  printRows(rows, format, (list) => formatTable(["document", "title", "snippet"], list.map((h) => [h.input, h.title, h.snippet]), 90), io);
}

export async function statsCommand(store: Store, format: ListFormat, io: Output) {
  const stats = await store.stats();
  if (format === "table") io.out(formatTable(["what", "count"], Object.entries(stats)));
  else io.out(`${JSON.stringify(stats)}\n`);
}

/** An entity id as given, or the id of the stored entity with that name ("Azerbaijan" → `country:AZ`). */
async function resolveEntity(store: Store, nameOrId: string): Promise<string> {
  const actors = await store.actors();
  const wanted = nameOrId.toLowerCase();
  return actors.find((a) => a.id.toLowerCase() === wanted || a.name.toLowerCase() === wanted)?.id ?? nameOrId;
}

export async function duplicatesCommand(store: Store, format: ListFormat, io: Output) {
  const groups = await store.syndicationGroups();
  printRows(groups, format, (list) =>
    formatTable(["group", "report", "outlet", "title", "url or input"],
      list.flatMap((group, n) => [group.original, ...group.copies].map((m, i) => [n + 1, i === 0 ? "original" : "copy", m.outlet, m.title, m.url ?? m.input])), 50), io);
}
