import type { Claim } from "../claims/claim.js";
import type { Event } from "../events/event.js";
import type { GroupMember, StoredClaim, StoredError, StoredEvent } from "./store.js";

/** A result row as a driver returns it; flags may come back as booleans (PostgreSQL) or 0/1 (SQLite). */
export type Row = Record<string, unknown>;

/** Column values of a claims row, in the order sql-store.ts names the columns. */
export function claimValues(documentId: string, c: Claim, evidenceText: string): unknown[] {
  return [documentId, c.id, c.speaker.text, c.speaker.entity, c.stance, c.cue, c.content, c.channel, c.direct, c.evidence.start, c.evidence.end, evidenceText];
}

/** Column values of an events row, in the order sql-store.ts names the columns. */
export function eventValues(documentId: string, e: Event, evidenceText: string): unknown[] {
  return [
    documentId, e.id, e.type, e.mode, e.actor, e.recipient, e.location, e.date, e.datePrecision, e.source, e.disputed,
    e.negated, e.hypothetical, e.evidence.start, e.evidence.end, evidenceText,
  ];
}

const flag = (value: unknown) => value === true || value === 1;
const text = (row: Row, key: string) => (row[key] as string | null | undefined) ?? null;
const number = (row: Row, key: string) => (row[key] === null || row[key] === undefined ? null : Number(row[key]));

/** A list of ids, as a JSON array text (SQLite) or an array (PostgreSQL). */
function ids(value: unknown): string[] {
  const list = (typeof value === "string" ? JSON.parse(value) : (value ?? [])) as (string | null)[];
  return list.filter((x): x is string => x !== null);
}

function provenance(row: Row) {
  return {
    document: String(row.document_id),
    title: text(row, "title"),
    url: text(row, "url"),
    published: text(row, "published"),
    evidence: { start: Number(row.evidence_start), end: Number(row.evidence_end) },
    evidenceText: String(row.evidence_text),
  };
}

export function toStoredClaim(row: Row): StoredClaim {
  return {
    ...provenance(row),
    id: String(row.id),
    speaker: String(row.speaker),
    speakerEntity: text(row, "speaker_entity"),
    speakerName: text(row, "speaker_name"),
    stance: String(row.stance),
    cue: String(row.cue),
    content: String(row.content),
    channel: text(row, "channel"),
    direct: flag(row.direct),
    denies: ids(row.denies),
    deniedBy: ids(row.denied_by),
  };
}

/** PostgreSQL returns a timestamp as a Date, SQLite as the ISO text it was given. */
const isoTime = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

export function toStoredError(row: Row): StoredError {
  return { input: String(row.input), problem: String(row.problem), at: isoTime(row.at) };
}

export function toStoredEvent(row: Row): StoredEvent {
  return {
    ...provenance(row),
    id: String(row.id),
    type: String(row.type),
    mode: text(row, "mode"),
    actor: text(row, "actor"),
    actorName: text(row, "actor_name"),
    actorCountry: text(row, "actor_country"),
    recipient: text(row, "recipient"),
    recipientName: text(row, "recipient_name"),
    recipientCountry: text(row, "recipient_country"),
    location: text(row, "location"),
    locationName: text(row, "location_name"),
    locationCountry: text(row, "location_country"),
    lat: number(row, "lat"),
    lon: number(row, "lon"),
    date: text(row, "date"),
    datePrecision: text(row, "date_precision"),
    source: text(row, "source"),
    disputed: flag(row.disputed),
    negated: flag(row.negated),
    hypothetical: flag(row.hypothetical),
  };
}

export function toGroupMember(row: Row): GroupMember {
  return {
    document: String(row.id), input: String(row.input), url: text(row, "url"), outlet: text(row, "outlet"), title: text(row, "title"),
    published: text(row, "published"),
  };
}
