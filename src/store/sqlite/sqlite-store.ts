import Database from "better-sqlite3";
import "../../annotate/annotations.js";
import "../../link/near-duplicates.js";
import type { Claim } from "../../claims/claim.js";
import type { Doc } from "../../core/doc.js";
import type { Span } from "../../core/span.js";
import type { Entity } from "../../entities/entity.js";
import type { Event } from "../../events/event.js";
import type {
  ActorQuery, ClaimQuery, EventQuery, SearchHit, Store, StoreStats, StoredActor, StoredClaim, StoredDuplicate, StoredError,
  StoredEvent,
} from "../store.js";
import { findNearDuplicate } from "../../link/near-duplicates.js";
import { claimValues, eventValues, toStoredClaim, toStoredEvent, type Row } from "../rows.js";
import { sqliteSchema } from "./schema.js";

/**
 * Opens (creating when needed) an embedded SQLite store at `path` (`:memory:` for a throwaway one).
 * `readonly` opens an existing file for queries only: nothing is created or written, so a read-only file works.
 */
export function openSqliteStore(path: string, options: { readonly?: boolean } = {}): Store {
  const readonly = options.readonly ?? false;
  const db = new Database(path, { readonly, fileMustExist: readonly });
  db.pragma("busy_timeout = 5000");
  if (!readonly) db.exec(sqliteSchema);
  return new SqliteStore(db);
}

/** SQLite has no boolean type: flags are stored as 0 and 1. */
const sqliteValue = (value: unknown) => (typeof value === "boolean" ? Number(value) : value);

class SqliteStore implements Store {
  constructor(private readonly db: Database.Database) {}

  putDocument(doc: Doc): Promise<"added" | "exists"> {
    const insert = this.db.transaction(() => {
      if (this.has(doc.source.id)) return "exists" as const;
      this.insertDocument(doc);
      return "added" as const;
    });
    return Promise.resolve(insert.immediate());
  }

  hasDocument(id: string): Promise<boolean> {
    return Promise.resolve(this.has(id));
  }

  putError(input: string, problem: string): Promise<void> {
    this.db
      .prepare("INSERT INTO errors (input, problem, at) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET at = excluded.at")
      .run(input, problem, new Date().toISOString());
    return Promise.resolve();
  }

  claims(query: ClaimQuery = {}): Promise<StoredClaim[]> {
    const rows = this.db
      .prepare(
        `${withMembers}
         SELECT c.*, d.title, d.url, d.published, e.name AS speaker_name,
           (SELECT json_group_array(disputed) FROM disputes x WHERE x.document_id = c.document_id AND x.denial = c.id) AS denies,
           (SELECT json_group_array(denial) FROM disputes x WHERE x.document_id = c.document_id AND x.disputed = c.id) AS denied_by
         FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN entities e ON e.id = c.speaker_entity
         WHERE (@speaker IS NULL OR c.speaker_entity IN (SELECT id FROM members))
           AND (@stance IS NULL OR c.stance = @stance)
         ORDER BY d.published DESC, c.document_id, c.evidence_start LIMIT @limit`,
      )
      .all({ speaker: query.speaker ?? null, stance: query.stance ?? null, limit: query.limit ?? -1 }) as Row[];
    return Promise.resolve(rows.map(toStoredClaim));
  }

  events(query: EventQuery = {}): Promise<StoredEvent[]> {
    const rows = this.db
      .prepare(
        `${withMembers}
         SELECT v.*, d.title, d.url, d.published, a.name AS actor_name, a.country AS actor_country,
           r.name AS recipient_name, r.country AS recipient_country, l.name AS location_name, l.country AS location_country, l.lat, l.lon
         FROM events v JOIN documents d ON d.id = v.document_id
           LEFT JOIN entities a ON a.id = v.actor LEFT JOIN entities r ON r.id = v.recipient
           LEFT JOIN entities l ON l.id = v.location
         WHERE (@type IS NULL OR v.type = @type)
           AND (@speaker IS NULL OR v.actor IN (SELECT id FROM members) OR v.recipient IN (SELECT id FROM members))
         ORDER BY v.date IS NULL, v.date, v.document_id, v.evidence_start LIMIT @limit`,
      )
      .all({ type: query.type ?? null, speaker: query.actor ?? null, limit: query.limit ?? -1 }) as Row[];
    return Promise.resolve(rows.map(toStoredEvent));
  }

  actors(query: ActorQuery = {}): Promise<StoredActor[]> {
    const rows = this.db
      .prepare(
        `SELECT e.id, e.name, e.type, e.country, e.member_of AS memberOf,
           COUNT(m.entity_id) AS mentions, COUNT(DISTINCT m.document_id) AS documents
         FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
         WHERE (@type IS NULL OR e.type = @type)
         GROUP BY e.id HAVING mentions > 0 ORDER BY documents DESC, mentions DESC, e.name LIMIT @limit`,
      )
      .all({ type: query.type ?? null, limit: query.limit ?? -1 }) as StoredActor[];
    return Promise.resolve(rows);
  }

  search(text: string, limit = 20): Promise<SearchHit[]> {
    const match = toFtsQuery(text);
    if (match === "") return Promise.resolve([]);
    const rows = this.db
      .prepare(
        `SELECT d.id AS document, d.input, d.title, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
         FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
         WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(match, limit) as SearchHit[];
    return Promise.resolve(rows);
  }

  errors(): Promise<StoredError[]> {
    return Promise.resolve(this.db.prepare("SELECT input, problem, at FROM errors ORDER BY at, input").all() as StoredError[]);
  }

  duplicates(): Promise<StoredDuplicate[]> {
    return Promise.resolve(this.db.prepare(`SELECT d.id AS document, d.input, d.title, d.duplicate_of AS "duplicateOf", o.input AS "originalInput", o.title AS "originalTitle"
         FROM documents d JOIN documents o ON o.id = d.duplicate_of ORDER BY o.id, d.ingested_at`).all() as StoredDuplicate[]);
  }

  stats(): Promise<StoreStats> {
    const count = (table: string) => (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return Promise.resolve({
      documents: count("documents"),
      claims: count("claims"),
      events: count("events"),
      entities: count("entities"),
      errors: count("errors"),
    });
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }

  private nearDuplicateOf(fingerprint: string | null): string | null {
    if (fingerprint === null) return null;
    const stored = this.db.prepare("SELECT id, fingerprint FROM documents WHERE fingerprint IS NOT NULL AND duplicate_of IS NULL ORDER BY rowid").all();
    return findNearDuplicate(fingerprint, stored as { id: string; fingerprint: string }[]);
  }

  private has(id: string): boolean {
    return this.db.prepare("SELECT 1 FROM documents WHERE id = ?").get(id) !== undefined;
  }

  private insertDocument(doc: Doc): void {
    const { source, article, data } = doc;
    this.db
      .prepare(
        `INSERT INTO documents (id, input, media_type, url, title, authors, published, language, text, analysis, ingested_at,
           fingerprint, duplicate_of)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        source.id, source.input, source.mediaType, article.url, article.title, JSON.stringify(article.authors),
        article.published, article.language, article.text, JSON.stringify({ data, messages: doc.messages }),
        new Date().toISOString(), data.link?.fingerprint ?? null, this.nearDuplicateOf(data.link?.fingerprint ?? null),
      );
    // The insert above succeeded only for new content, so this is the first time these findings are stored.
    this.db.prepare("DELETE FROM errors WHERE input = ?").run(source.input);
    const evidenceText = (span: Span) => article.text.slice(span.start, span.end);
    for (const entity of data.entities?.entities ?? []) this.insertEntity(source.id, entity);
    for (const claim of data.claims?.claims ?? []) this.insertClaim(source.id, claim, evidenceText(claim.evidence));
    for (const dispute of data.claims?.disputes ?? []) {
      this.db.prepare("INSERT OR IGNORE INTO disputes VALUES (?, ?, ?)").run(source.id, dispute.denial, dispute.disputed);
    }
    for (const event of data.events?.events ?? []) this.insertEvent(source.id, event, evidenceText(event.evidence));
  }

  private insertEntity(documentId: string, entity: Entity): void {
    // Entity ids are corpus-wide: the first article to name an entity defines it; later ones add mentions.
    this.db
      .prepare("INSERT OR IGNORE INTO entities (id, name, type, country, lat, lon, member_of) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(entity.id, entity.name, entity.type, entity.country ?? null, entity.geo?.lat ?? null, entity.geo?.lon ?? null, entity.memberOf ?? null);
    const insertMention = this.db.prepare("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)");
    for (const m of entity.mentions) insertMention.run(documentId, entity.id, m.start, m.end, m.text, m.role);
  }

  private insertClaim(documentId: string, claim: Claim, evidenceText: string): void {
    const values = claimValues(documentId, claim, evidenceText).map(sqliteValue);
    this.db.prepare(`INSERT INTO claims VALUES (${values.map(() => "?").join(", ")})`).run(...values);
  }

  private insertEvent(documentId: string, event: Event, evidenceText: string): void {
    const values = eventValues(documentId, event, evidenceText).map(sqliteValue);
    this.db.prepare(`INSERT INTO events VALUES (${values.map(() => "?").join(", ")})`).run(...values);
  }
}

// The entity asked for and every entity whose memberOf chain reaches it (its ministries, its officials).
const withMembers = `WITH RECURSIVE members(id) AS (
  SELECT @speaker WHERE @speaker IS NOT NULL
  UNION SELECT e.id FROM entities e JOIN members m ON e.member_of = m.id
)`;

/** User text as FTS5 terms: every word quoted, so punctuation or operators in the text never break the query. */
function toFtsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(" ");
}
