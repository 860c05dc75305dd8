import type { Claim } from "../claims/claim.js";
import type { DateSource, Event } from "../events/event.js";
import type { GroupMember, StoredClaim, StoredError, StoredEvent } from "./store.js";

/** A result row as a driver returns it; flags may come back as booleans (PostgreSQL) or 0/1 (SQLite). */
export type Row = Record<string, unknown>;

/** Column values of a claims row, in the order sql-store.ts names the columns. */
export function claimValues(documentId: string, c: Claim, evidenceText: string, corpusClaim: string): unknown[] {
  return [
    documentId, c.id, c.speaker.text, c.speaker.entity, c.stance, c.cue, c.content, c.channel, c.direct, c.evidence.start, c.evidence.end, evidenceText,
    corpusClaim,
  ];
}

/** Column values of an events row, in the order sql-store.ts names the columns. */
export function eventValues(documentId: string, e: Event, mainRank: number | null, evidenceText: string): unknown[] {
  return [
    documentId, e.id, e.type, e.mode, e.actor, e.recipient, e.location, e.date, e.datePrecision, e.source, e.disputed,
    e.negated, e.hypothetical, e.dateSource, e.confidence, mainRank, e.evidence.start, e.evidence.end, evidenceText,
  ];
}

/** 1 for the event a report is most about, 2 for the next…; null for an event that is not one of its main events. */
export function mainRank(mainEvents: readonly string[], e: Event): number | null {
  const at = mainEvents.indexOf(e.id);
  return at < 0 ? null : at + 1;
}

const flag = (value: unknown) => value === true || value === 1;
const text = (row: Row, key: string) => (row[key] as string | null | undefined) ?? null;
const number = (row: Row, key: string) => (row[key] === null || row[key] === undefined ? null : Number(row[key]));

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

/**
 * Corpus claims in the order of `ids`, from their source rows (a claims row of one report, joined with the
 * report and the original of its syndication group as `independent_as`) and the disputes that touch them.
 */
export function toStoredClaims(ids: readonly string[], sourceRows: readonly Row[], disputeRows: readonly Row[]): StoredClaim[] {
  const sources = new Map<string, Row[]>();
  for (const row of sourceRows) {
    const list = sources.get(String(row.corpus_claim));
    if (list === undefined) sources.set(String(row.corpus_claim), [row]);
    else list.push(row);
  }
  return ids.flatMap((id) => {
    const rows = sources.get(id) ?? [];
    const first = rows[0];
    if (first === undefined) return [];
    return [{
      id,
      speaker: String(first.speaker),
      speakerEntity: text(first, "speaker_entity"),
      speakerName: text(first, "speaker_name"),
      stance: String(first.stance),
      cue: String(first.cue),
      content: String(first.content),
      channel: text(first, "channel"),
      direct: flag(first.direct),
      sources: rows.map((row) => ({
        document: String(row.document_id), claim: String(row.id), url: text(row, "url"), outlet: text(row, "outlet"), title: text(row, "title"),
        published: text(row, "published"), span: { start: Number(row.evidence_start), end: Number(row.evidence_end) }, evidenceText: String(row.evidence_text),
      })),
      outlets: new Set(rows.map((row) => String(row.independent_as))).size,
      disputes: disputeRows.filter((d) => d.denial === id).map((d) => String(d.disputed)).sort(),
      disputedBy: disputeRows.filter((d) => d.disputed === id).map((d) => String(d.denial)).sort(),
    }];
  });
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
    dateSource: text(row, "date_source") as DateSource | null,
    confidence: Number(row.confidence),
    mainRank: number(row, "main_rank"),
  };
}

export function toGroupMember(row: Row): GroupMember {
  return {
    document: String(row.id), input: String(row.input), url: text(row, "url"), outlet: text(row, "outlet"), title: text(row, "title"),
    published: text(row, "published"),
  };
}
