import pg from "pg";
import "../../annotate/annotations.js";
import type { Doc } from "../../core/doc.js";
import type { Span } from "../../core/span.js";
import { claimValues, eventValues, toStoredClaim, toStoredEvent, type Row } from "../rows.js";
import type {
  ActorQuery, ClaimQuery, EventQuery, SearchHit, Store, StoreStats, StoredActor, StoredClaim, StoredDuplicate, StoredError,
  StoredEvent,
} from "../store.js";
import { findNearDuplicate } from "../../link/near-duplicates.js";
import { postgresSchema } from "./schema.js";

/**
 * Connects to PostgreSQL (a `postgres://` URL) and creates the schema when missing. Many workers may share
 * one database: a document is claimed by its primary key, so two workers storing the same content store it once.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const client = await pool.connect();
  try {
    // Serialise schema creation: concurrent CREATE IF NOT EXISTS can still collide in PostgreSQL's catalog.
    await client.query("SELECT pg_advisory_lock(7402311)");
    await client.query(postgresSchema);
    await client.query("SELECT pg_advisory_unlock(7402311)");
  } finally {
    client.release();
  }
  return new PostgresStore(pool);
}

// The entity asked for and every entity whose memberOf chain reaches it (its ministries, its officials).
const withMembers = (param: string) => `WITH RECURSIVE members(id) AS (
  SELECT ${param}::text WHERE ${param}::text IS NOT NULL
  UNION SELECT e.id FROM entities e JOIN members m ON e.member_of = m.id
)`;

class PostgresStore implements Store {
  constructor(private readonly pool: pg.Pool) {}

  async putDocument(doc: Doc): Promise<"added" | "exists"> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const added = await this.insertDocument(client, doc);
      await client.query(added ? "COMMIT" : "ROLLBACK");
      return added ? "added" : "exists";
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.pool.query("SELECT 1 FROM documents WHERE id = $1", [id])).rowCount === 1;
  }

  async putError(input: string, problem: string): Promise<void> {
    await this.pool.query(
      "INSERT INTO errors (input, problem, at) VALUES ($1, $2, now()) ON CONFLICT (input, problem) DO UPDATE SET at = excluded.at",
      [input, problem],
    );
  }

  async claims(query: ClaimQuery = {}): Promise<StoredClaim[]> {
    const { rows } = await this.pool.query<Row>(
      `${withMembers("$1")}
       SELECT c.*, d.title, d.url, d.published, e.name AS speaker_name,
         array(SELECT disputed FROM disputes x WHERE x.document_id = c.document_id AND x.denial = c.id) AS denies,
         array(SELECT denial FROM disputes x WHERE x.document_id = c.document_id AND x.disputed = c.id) AS denied_by
       FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN entities e ON e.id = c.speaker_entity
       WHERE ($1::text IS NULL OR c.speaker_entity IN (SELECT id FROM members))
         AND ($2::text IS NULL OR c.stance = $2)
       ORDER BY d.published DESC NULLS LAST, c.document_id, c.evidence_start LIMIT $3`,
      [query.speaker ?? null, query.stance ?? null, query.limit ?? null],
    );
    return rows.map(toStoredClaim);
  }

  async events(query: EventQuery = {}): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<Row>(
      `${withMembers("$2")}
       SELECT v.*, d.title, d.url, d.published, a.name AS actor_name, a.country AS actor_country,
         r.name AS recipient_name, r.country AS recipient_country, l.name AS location_name, l.country AS location_country, l.lat, l.lon
       FROM events v JOIN documents d ON d.id = v.document_id
         LEFT JOIN entities a ON a.id = v.actor LEFT JOIN entities r ON r.id = v.recipient
         LEFT JOIN entities l ON l.id = v.location
       WHERE ($1::text IS NULL OR v.type = $1)
         AND ($2::text IS NULL OR v.actor IN (SELECT id FROM members) OR v.recipient IN (SELECT id FROM members))
       ORDER BY v.date NULLS LAST, v.document_id, v.evidence_start LIMIT $3`,
      [query.type ?? null, query.actor ?? null, query.limit ?? null],
    );
    return rows.map(toStoredEvent);
  }

  async actors(query: ActorQuery = {}): Promise<StoredActor[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT e.id, e.name, e.type, e.country, e.member_of AS "memberOf",
         COUNT(m.entity_id)::int AS mentions, COUNT(DISTINCT m.document_id)::int AS documents
       FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
       WHERE ($1::text IS NULL OR e.type = $1)
       GROUP BY e.id HAVING COUNT(m.entity_id) > 0 ORDER BY documents DESC, mentions DESC, e.name LIMIT $2`,
      [query.type ?? null, query.limit ?? null],
    );
    return rows as unknown as StoredActor[];
  }

  async search(text: string, limit = 20): Promise<SearchHit[]> {
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    const { rows } = await this.pool.query<Row>(
      `SELECT id AS document, input, title,
         ts_headline('simple', text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snippet
       FROM documents, to_tsquery('simple', $1) q
       WHERE search @@ q ORDER BY ts_rank(search, q) DESC LIMIT $2`,
      [words.map((w) => `'${w.toLowerCase()}'`).join(" & "), limit],
    );
    return rows as unknown as SearchHit[];
  }

  async errors(): Promise<StoredError[]> {
    const { rows } = await this.pool.query<Row>("SELECT input, problem, at FROM errors ORDER BY at, input");
    return rows.map((r) => ({ input: String(r.input), problem: String(r.problem), at: (r.at as Date).toISOString() }));
  }

  async duplicates(): Promise<StoredDuplicate[]> {
    const { rows } = await this.pool.query<Row>(`SELECT d.id AS document, d.input, d.title, d.duplicate_of AS "duplicateOf", o.input AS "originalInput", o.title AS "originalTitle"
         FROM documents d JOIN documents o ON o.id = d.duplicate_of ORDER BY o.id, d.ingested_at`);
    return rows as unknown as StoredDuplicate[];
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await this.pool.query<Row>(
      `SELECT (SELECT COUNT(*) FROM documents)::int AS documents, (SELECT COUNT(*) FROM claims)::int AS claims,
         (SELECT COUNT(*) FROM events)::int AS events, (SELECT COUNT(*) FROM entities)::int AS entities,
         (SELECT COUNT(*) FROM errors)::int AS errors`,
    );
    return rows[0] as unknown as StoreStats;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Returns false when another worker (or an earlier run) already stored this content. */
  private async insertDocument(client: pg.PoolClient, doc: Doc): Promise<boolean> {
    const { source, article, data } = doc;
    const inserted = await client.query(
      `INSERT INTO documents (id, input, media_type, url, title, authors, published, language, text, analysis, ingested_at,
         fingerprint, duplicate_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $11, $12) ON CONFLICT (id) DO NOTHING`,
      [
        source.id, source.input, source.mediaType, article.url, article.title, JSON.stringify(article.authors), article.published,
        article.language, article.text, JSON.stringify({ data, messages: doc.messages }), data.link?.fingerprint ?? null,
        await nearDuplicateOf(client, data.link?.fingerprint ?? null),
      ],
    );
    if (inserted.rowCount === 0) return false;
    await client.query("DELETE FROM errors WHERE input = $1", [source.input]);
    const evidenceText = (span: Span) => article.text.slice(span.start, span.end);
    for (const entity of data.entities?.entities ?? []) {
      await client.query(
        `INSERT INTO entities (id, name, type, country, lat, lon, member_of) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
        [entity.id, entity.name, entity.type, entity.country ?? null, entity.geo?.lat ?? null, entity.geo?.lon ?? null, entity.memberOf ?? null],
      );
      for (const m of entity.mentions) {
        await client.query("INSERT INTO mentions VALUES ($1, $2, $3, $4, $5, $6)", [source.id, entity.id, m.start, m.end, m.text, m.role]);
      }
    }
    for (const claim of data.claims?.claims ?? []) await insertRow(client, "claims", claimValues(source.id, claim, evidenceText(claim.evidence)));
    for (const d of data.claims?.disputes ?? []) {
      await client.query("INSERT INTO disputes VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", [source.id, d.denial, d.disputed]);
    }
    for (const event of data.events?.events ?? []) await insertRow(client, "events", eventValues(source.id, event, evidenceText(event.evidence)));
    return true;
  }
}

async function nearDuplicateOf(client: pg.PoolClient, fingerprint: string | null): Promise<string | null> {
  if (fingerprint === null) return null;
  const { rows } = await client.query<{ id: string; fingerprint: string }>(
    "SELECT id, fingerprint FROM documents WHERE fingerprint IS NOT NULL AND duplicate_of IS NULL ORDER BY ingested_at, id",
  );
  return findNearDuplicate(fingerprint, rows);
}

async function insertRow(client: pg.PoolClient, table: "claims" | "events", values: unknown[]): Promise<void> {
  await client.query(`INSERT INTO ${table} VALUES (${values.map((_, i) => `$${i + 1}`).join(", ")})`, values);
}
