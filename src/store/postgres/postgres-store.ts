import pg from "pg";
import type { Dialect, SqlConnection, SqlStatements } from "../dialect.js";
import type { Row } from "../rows.js";
import { SqlStore, fullSchema, olderSchemaError, schemaProbe } from "../sql-store.js";
import type { Store } from "../store.js";

/** PostgreSQL's differences: native boolean, JSONB and timestamp types, a generated tsvector with a GIN index, an identity column. */
export const postgresDialect: Dialect = {
  columnTypes: { boolean: "BOOLEAN", real: "DOUBLE PRECISION", json: "JSONB", timestamp: "TIMESTAMPTZ" },
  storingOrder: "stored",
  ownSchema: `
ALTER TABLE documents ADD COLUMN IF NOT EXISTS stored BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS search TSVECTOR
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX IF NOT EXISTS documents_search ON documents USING GIN (search);`,
  search: (words, limit) => ({
    sql: `SELECT id AS document, input, title,
            ts_headline('simple', text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snippet
          FROM documents, to_tsquery('simple', ?) q
          WHERE search @@ q ORDER BY ts_rank(search, q) DESC LIMIT ?`,
    // The words are letters and digits only, so quoting each one as a lexeme cannot break out of the query.
    params: [words.map((w) => `'${w.toLowerCase()}'`).join(" & "), limit],
  }),
};

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
    await client.query(fullSchema(postgresDialect));
    await client.query("SELECT pg_advisory_unlock(7402311)");
    await client.query(schemaProbe).catch((error: unknown) => {
      const older = olderSchemaError(error);
      if (older !== null) throw older;
    });
  } catch (error) {
    client.release();
    await pool.end();
    throw error;
  }
  client.release();
  return new SqlStore(postgresConnection(pool), postgresDialect);
}

/** The shared statements' `?` placeholders as PostgreSQL's `$1, $2, …`; a `?` inside a quoted literal stays. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|\?/g, (match) => (match === "?" ? `$${++n}` : match));
}

/** Statements on the pool (each on any free connection) or on the one client of a transaction. */
function statementsOn(db: pg.Pool | pg.PoolClient): SqlStatements {
  return {
    all: async (sql, params = []) => (await db.query<Row>(numberPlaceholders(sql), [...params])).rows,
    run: async (sql, params = []) => (await db.query(numberPlaceholders(sql), [...params])).rowCount ?? 0,
  };
}

function postgresConnection(pool: pg.Pool): SqlConnection {
  return {
    ...statementsOn(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(statementsOn(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
