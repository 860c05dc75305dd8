import "../annotate/annotations.js";
import "../link/link-stage.js";
import type { Doc } from "../core/doc.js";
import { foldName } from "../core/fold-name.js";
import type { Span } from "../core/span.js";
import type { Dialect, SqlConnection, SqlStatements } from "./dialect.js";
import { claimValues, eventValues, mainRank, toGroupMember, toStoredClaims, toStoredError, toStoredEvent, type Row } from "./rows.js";
import { confidentEvent } from "../events/confidence.js";
import { schemaSql } from "./schema.js";
import type {
  ActorQuery, ClaimQuery, CorpusLinks, DocumentSummary, EventQuery, GroupMember, SearchHit, Store, StoreStats, StoredActor, StoredClaim, StoredDocument, StoredError, StoredEvent,
  SyndicationCandidate, SyndicationGroup,
} from "./store.js";

/** The whole schema in a dialect's terms: the shared tables, then the dialect's own statements. */
export function fullSchema(dialect: Dialect): string {
  return `${schemaSql(dialect.columnTypes)}\n${dialect.ownSchema}`;
}

/** A statement that fails on a database an earlier sitrep wrote with other columns, before anything relies on them. */
export const schemaProbe = "SELECT d.outlet, d.minhash, d.duplicate_of, v.confidence, v.date_source, v.main_rank FROM documents d, events v LIMIT 0";

/**
 * The error to open with when the probe failed for a missing column. Any other failure (not a database at all, or
 * no tables yet in a file opened read-only) is null: left for the first query to report, as without a probe.
 */
export function olderSchemaError(probeError: unknown): Error | null {
  const problem = probeError instanceof Error ? probeError.message : String(probeError);
  return /column/i.test(problem) ? new Error(`the database was written by an earlier sitrep with other columns (${problem}); ingest into a new database`) : null;
}

/** The one SQL implementation of the Store: every query is written once, and a dialect supplies what differs. */
export class SqlStore implements Store {
  constructor(
    private readonly db: SqlConnection,
    private readonly dialect: Dialect,
  ) {}

  putDocument(doc: Doc, links: CorpusLinks): Promise<"added" | "exists"> {
    return this.db.transaction(async (tx) => ((await insertDocument(tx, doc, links)) ? "added" : "exists"));
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.db.all("SELECT 1 FROM documents WHERE id = ?", [id])).length > 0;
  }

  async putError(input: string, problem: string): Promise<void> {
    await this.db.run("INSERT INTO errors (input, problem, at) VALUES (?, ?, ?) ON CONFLICT (input, problem) DO UPDATE SET at = excluded.at", [
      input, problem, new Date().toISOString(),
    ]);
  }

  async entityIds(namesOrIds: readonly string[]): Promise<string[]> {
    const keys = namesOrIds.map(foldName);
    const rows = await this.db.all(
      `SELECT id FROM entities WHERE id IN (${inList(namesOrIds)})
       UNION SELECT entity_id FROM entity_names WHERE name_key IN (${inList(keys)}) ORDER BY id`,
      [...namesOrIds, ...keys],
    );
    return rows.map((r) => String(r.id));
  }

  async claims(query: ClaimQuery = {}): Promise<StoredClaim[]> {
    const filter = new Filter();
    if (query.speakers !== undefined) filter.add("c.speaker_entity IN (SELECT id FROM members)");
    if (query.stance !== undefined) filter.add("c.stance = ?", query.stance);
    if (query.disputed === true) filter.add("EXISTS (SELECT 1 FROM claim_disputes x WHERE x.disputed = c.corpus_claim)");
    if (query.since !== undefined) filter.add("d.published >= ?", query.since);
    if (query.ids !== undefined) filter.add(`c.corpus_claim IN (${inList(query.ids)})`, ...query.ids);
    // First the page of corpus claims, newest report first; then every source and dispute of just those claims.
    const page = await this.db.all(
      `${membersOf(query.speakers)}
       SELECT c.corpus_claim AS id, MAX(d.published) AS latest FROM claims c JOIN documents d ON d.id = c.document_id
       ${filter.where()}
       GROUP BY c.corpus_claim ORDER BY latest DESC NULLS LAST, id${limitClause(query.limit, query.offset)}`,
      [...(query.speakers ?? []), ...filter.params],
    );
    const ids = page.map((r) => String(r.id));
    const sources = await inChunks(ids, (chunk) =>
      this.db.all(
        `SELECT c.*, d.title, d.url, d.published, d.outlet, e.name AS speaker_name, COALESCE(o.outlet, o.id) AS independent_as
         FROM claims c JOIN documents d ON d.id = c.document_id JOIN documents o ON o.id = COALESCE(d.duplicate_of, d.id)
           LEFT JOIN entities e ON e.id = c.speaker_entity
         WHERE c.corpus_claim IN (${inList(chunk)}) ORDER BY d.${this.dialect.storingOrder}, c.evidence_start`,
        chunk,
      ));
    const disputes = await inChunks(ids, (chunk) =>
      this.db.all(`SELECT DISTINCT denial, disputed FROM claim_disputes WHERE disputed IN (${inList(chunk)}) OR denial IN (${inList(chunk)})`, [...chunk, ...chunk]));
    return toStoredClaims(ids, sources, disputes);
  }

  async events(query: EventQuery = {}): Promise<StoredEvent[]> {
    const filter = new Filter();
    // What a report says did not happen is no event of the corpus; the report's reader still shows it.
    filter.add("NOT v.negated");
    if (query.type !== undefined) filter.add("v.type = ?", query.type);
    if (query.actors !== undefined) filter.add("(v.actor IN (SELECT id FROM members) OR v.recipient IN (SELECT id FROM members))");
    if (query.places !== undefined) {
      // A country's id also finds the events at its towns and regions: they carry its ISO code.
      const countries = query.places.flatMap((id) => (id.startsWith("country:") ? [id.slice("country:".length)] : []));
      filter.add(`(v.location IN (${inList(query.places)}) OR l.country IN (${inList(countries)}))`, ...query.places, ...countries);
    }
    if (query.all !== true) filter.add("v.confidence >= ?", confidentEvent);
    if (query.main === true) filter.add("v.main_rank IS NOT NULL");
    if (query.documents !== undefined) filter.add(`v.document_id IN (${inList(query.documents)})`, ...query.documents);
    if (query.from !== undefined) filter.add("v.date >= ?", query.from);
    if (query.to !== undefined) filter.add("v.date <= ?", query.to);
    const rows = await this.db.all(
      `${membersOf(query.actors)}
       SELECT v.*, d.title, d.url, d.published, a.name AS actor_name, a.country AS actor_country,
         r.name AS recipient_name, r.country AS recipient_country, l.name AS location_name, l.country AS location_country, l.lat, l.lon
       FROM events v JOIN documents d ON d.id = v.document_id
         LEFT JOIN entities a ON a.id = v.actor LEFT JOIN entities r ON r.id = v.recipient
         LEFT JOIN entities l ON l.id = v.location
       ${filter.where()}
       ORDER BY v.date NULLS LAST, v.document_id, v.evidence_start${limitClause(query.limit, query.offset)}`,
      [...(query.actors ?? []), ...filter.params],
    );
    return rows.map(toStoredEvent);
  }

  async actors(query: ActorQuery = {}): Promise<StoredActor[]> {
    const filter = new Filter();
    if (query.type !== undefined) filter.add("e.type = ?", query.type);
    const rows = await this.db.all(
      `SELECT e.id, e.name, e.type, e.country, e.member_of, e.lat, e.lon,
         (SELECT n.text FROM mentions n WHERE n.entity_id = e.id GROUP BY n.text ORDER BY COUNT(*) DESC, n.text LIMIT 1) AS mentioned_as, COUNT(m.entity_id) AS mentions, COUNT(DISTINCT m.document_id) AS documents
       FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
       ${filter.where()}
       GROUP BY e.id HAVING COUNT(m.entity_id) > 0 ORDER BY documents DESC, mentions DESC, e.name${limitClause(query.limit, query.offset)}`,
      filter.params,
    );
    return rows.map((r) => ({
      id: String(r.id), name: String(r.name), type: String(r.type), country: (r.country as string | null) ?? null,
      memberOf: (r.member_of as string | null) ?? null, lat: r.lat === null ? null : Number(r.lat), lon: r.lon === null ? null : Number(r.lon),
      mentionedAs: (r.mentioned_as as string | null) ?? null, mentions: Number(r.mentions), documents: Number(r.documents),
    }));
  }

  async search(text: string, limit = 20): Promise<SearchHit[]> {
    // Only words reach the query, so punctuation or search operators in the user's text never break it.
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    const { sql, params } = this.dialect.search(words, limit);
    return (await this.db.all(sql, params)) as unknown as SearchHit[];
  }

  async errors(): Promise<StoredError[]> {
    return (await this.db.all("SELECT input, problem, at FROM errors ORDER BY at, input")).map(toStoredError);
  }

  async syndicationCandidates(bands: readonly string[]): Promise<SyndicationCandidate[]> {
    if (bands.length === 0) return [];
    const rows = await this.db.all(
      `SELECT DISTINCT d.id, d.minhash, COALESCE(d.duplicate_of, d.id) AS original, d.${this.dialect.storingOrder} AS stored
       FROM document_bands b JOIN documents d ON d.id = b.document_id
       WHERE b.band_key IN (${inList(bands)}) ORDER BY stored`,
      bands,
    );
    return rows.map((r) => ({ document: String(r.id), minhash: String(r.minhash), original: String(r.original) }));
  }

  async syndicationGroups(): Promise<SyndicationGroup[]> {
    const rows = await this.db.all(
      `SELECT d.id, d.input, d.url, d.outlet, d.title, d.published, COALESCE(d.duplicate_of, d.id) AS original
       FROM documents d
       WHERE d.duplicate_of IS NOT NULL OR EXISTS (SELECT 1 FROM documents c WHERE c.duplicate_of = d.id)
       ORDER BY (SELECT o.${this.dialect.storingOrder} FROM documents o WHERE o.id = COALESCE(d.duplicate_of, d.id)), d.${this.dialect.storingOrder}`,
    );
    const groups = new Map<string, { original: GroupMember; copies: GroupMember[] }>();
    for (const row of rows) {
      const member = toGroupMember(row);
      const group = groups.get(String(row.original));
      if (group === undefined) groups.set(String(row.original), { original: member, copies: [] });
      else group.copies.push(member);
    }
    return [...groups.values()];
  }

  async stats(): Promise<StoreStats> {
    const [row] = await this.db.all(
      `SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(DISTINCT corpus_claim) FROM claims) AS claims,
         (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM entities) AS entities, (SELECT COUNT(*) FROM errors) AS errors`,
    );
    // PostgreSQL counts are bigints, which its driver returns as strings.
    return { documents: Number(row?.documents), claims: Number(row?.claims), events: Number(row?.events), entities: Number(row?.entities), errors: Number(row?.errors) };
  }

  async documents(limit?: number): Promise<DocumentSummary[]> {
    const rows = await this.db.all(
      `SELECT id, input, url, outlet, title, published FROM documents ORDER BY published DESC NULLS LAST, ${this.dialect.storingOrder} DESC${limitClause(limit)}`,
    );
    return rows.map(toDocumentSummary);
  }

  async document(id: string): Promise<StoredDocument | null> {
    const [row] = await this.db.all("SELECT id, input, url, outlet, title, published, text FROM documents WHERE id = ?", [id]);
    if (row === undefined) return null;
    const marks = await this.db.all(
      `SELECT 'claim' AS kind, corpus_claim AS id, stance || ': ' || speaker AS label, evidence_start AS start_offset, evidence_end AS end_offset FROM claims WHERE document_id = ?
       UNION ALL SELECT 'event', id, type, evidence_start, evidence_end FROM events WHERE document_id = ? AND NOT negated
       UNION ALL SELECT 'mention', entity_id, text, start_offset, end_offset FROM mentions WHERE document_id = ?
       ORDER BY start_offset, end_offset DESC`,
      [id, id, id],
    );
    return {
      ...toDocumentSummary(row), text: String(row.text),
      marks: marks.map((m) => ({ kind: m.kind as "claim" | "event" | "mention", id: String(m.id), label: String(m.label), start: Number(m.start_offset), end: Number(m.end_offset) })),
    };
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** Resolves to false when the content is already stored (by an earlier run, or by another worker just now). */
async function insertDocument(tx: SqlStatements, doc: Doc, links: CorpusLinks): Promise<boolean> {
  const { source, article, data } = doc;
  const inserted = await tx.run(
    `INSERT INTO documents (id, input, media_type, url, title, authors, published, language, text, analysis, ingested_at, outlet, minhash, duplicate_of)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    [
      source.id, source.input, source.mediaType, article.url, article.title, JSON.stringify(article.authors), article.published,
      article.language, article.text, JSON.stringify({ data, messages: doc.messages }), new Date().toISOString(),
      data.link?.outlet ?? null, data.link?.minhash ?? null, links.duplicateOf,
    ],
  );
  if (inserted === 0) return false;
  await insertRows(tx, "document_bands (band_key, document_id)", "ON CONFLICT DO NOTHING", links.bands.map((band) => [band, source.id]));
  // The insert above succeeded only for new content, so this is the first time these findings are stored.
  await tx.run("DELETE FROM errors WHERE input = ?", [source.input]);
  const evidenceText = (span: Span) => article.text.slice(span.start, span.end);
  const entities = data.entities?.entities ?? [];
  // Entity ids are corpus-wide: the first article to name an entity defines it; later ones add mentions.
  await insertRows(tx, "entities (id, name, type, country, lat, lon, member_of)", "ON CONFLICT (id) DO NOTHING",
    entities.map((e) => [e.id, e.name, e.type, e.country ?? null, e.geo?.lat ?? null, e.geo?.lon ?? null, e.memberOf ?? null]));
  await insertRows(tx, "entity_names (name_key, entity_id)", "ON CONFLICT DO NOTHING",
    uniqueRows(entities.flatMap((e) => [e.name, ...e.aliases].map((name) => [foldName(name), e.id]))));
  await insertRows(tx, "mentions (document_id, entity_id, start_offset, end_offset, text, role)", "",
    entities.flatMap((e) => e.mentions.map((m) => [source.id, e.id, m.start, m.end, m.text, m.role])));
  await insertRows(tx, `claims (${claimColumns})`, "", (data.claims?.claims ?? []).map((c) => {
    const corpusClaim = links.claims[c.id];
    if (corpusClaim === undefined) throw new Error(`the linker gave no corpus claim for claim ${c.id} of ${source.input}`);
    return claimValues(source.id, c, evidenceText(c.evidence), corpusClaim);
  }));
  await insertRows(tx, "claim_disputes (denial, disputed, found_in)", "ON CONFLICT DO NOTHING",
    uniqueRows(links.disputes.map((d) => [d.denial, d.disputed, source.id])));
  await insertRows(tx, `events (${eventColumns})`, "", (data.events?.events ?? []).map((e) => eventValues(source.id, e, mainRank(data.events?.mainEvents ?? [], e), evidenceText(e.evidence))));
  return true;
}

const claimColumns = "document_id, id, speaker, speaker_entity, stance, cue, content, channel, direct, evidence_start, evidence_end, evidence_text, corpus_claim";
const eventColumns =
  "document_id, id, type, mode, actor, recipient, location, date, date_precision, source, disputed, negated, hypothetical, date_source, confidence, main_rank, evidence_start, evidence_end, evidence_text";

// Well under both databases' limits on parameters per statement (SQLite 32,766; PostgreSQL 65,535).
const rowsPerStatement = 500;

/** Inserts rows into `table (columns)` a few hundred per statement: one round trip per batch, not per row. */
async function insertRows(tx: SqlStatements, tableAndColumns: string, onConflict: string, rows: readonly (readonly unknown[])[]): Promise<void> {
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    const batch = rows.slice(i, i + rowsPerStatement);
    const tuples = batch.map((row) => `(${row.map(() => "?").join(", ")})`).join(", ");
    await tx.run(`INSERT INTO ${tableAndColumns} VALUES ${tuples} ${onConflict}`, batch.flat());
  }
}

/** Runs a query per few hundred ids, within both databases' limits on parameters, and joins the rows. */
async function inChunks(ids: readonly string[], query: (chunk: readonly string[]) => Promise<Row[]>): Promise<Row[]> {
  const rows: Row[] = [];
  for (let i = 0; i < ids.length; i += rowsPerStatement) rows.push(...(await query(ids.slice(i, i + rowsPerStatement))));
  return rows;
}

/** Rows without repeats: one statement may not insert a key twice, even with ON CONFLICT. */
function uniqueRows(rows: readonly (readonly string[])[]): string[][] {
  return [...new Map(rows.map((row) => [row.join("\u0000"), [...row]])).values()];
}

/** The WHERE clause of a query, built from the filters actually given so each one can use its index. */
class Filter {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  add(condition: string, ...params: unknown[]): void {
    this.conditions.push(condition);
    this.params.push(...params);
  }

  where(): string {
    return this.conditions.length === 0 ? "" : `WHERE ${this.conditions.join(" AND ")}`;
  }
}

// The entities asked for and every entity whose memberOf chain reaches one (its ministries, its officials).
function membersOf(entities: readonly string[] | undefined): string {
  if (entities === undefined) return "";
  return `WITH RECURSIVE members(id) AS (
    SELECT id FROM entities WHERE id IN (${inList(entities)}) UNION SELECT e.id FROM entities e JOIN members m ON e.member_of = m.id)`;
}

/** The placeholders of an IN list; an empty list is (NULL), which nothing equals, so it matches nothing. */
const inList = (values: readonly unknown[]) => (values.length === 0 ? "NULL" : values.map(() => "?").join(", "));
const toDocumentSummary = (r: Row): DocumentSummary => ({
  id: String(r.id), input: String(r.input), url: (r.url as string | null) ?? null, outlet: (r.outlet as string | null) ?? null,
  title: (r.title as string | null) ?? null, published: (r.published as string | null) ?? null,
});
/** A page in SQL, so a server's page costs what it shows rather than what is stored; an offset needs a limit. */
const limitClause = (limit: number | undefined, offset = 0) =>
  limit === undefined ? "" : ` LIMIT ${Math.floor(limit)}${offset > 0 ? ` OFFSET ${Math.floor(offset)}` : ""}`;
