import Database from "better-sqlite3";
import type { Dialect, SqlConnection, SqlStatements } from "../dialect.js";
import type { Row } from "../rows.js";
import { SqlStore, fullSchema, olderSchemaError, schemaProbe } from "../sql-store.js";
import type { Store } from "../store.js";

/** SQLite's differences: no boolean or JSON types, an FTS5 index that triggers keep in step with documents, rowids. */
export const sqliteDialect: Dialect = {
  columnTypes: { boolean: "INTEGER", real: "REAL", json: "TEXT", timestamp: "TEXT" },
  // rowid grows with each insert, so it is the storing order without a column of its own.
  storingOrder: "rowid",
  ownSchema: `
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;`,
  search: (words, limit) => ({
    sql: `SELECT d.id AS document, d.input, d.title, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
          FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
          WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
    // Every word quoted: an FTS5 phrase of one word, so no word is read as an operator.
    params: [words.map((w) => `"${w}"`).join(" "), limit],
  }),
};

/**
 * Opens (creating when needed) an embedded SQLite store at `path` (`:memory:` for a throwaway one).
 * `readonly` opens an existing file for queries only: nothing is created or written, so a read-only file works.
 */
export function openSqliteStore(path: string, options: { readonly?: boolean } = {}): Store {
  const readonly = options.readonly ?? false;
  const db = new Database(path, { readonly, fileMustExist: readonly });
  db.pragma("busy_timeout = 5000");
  if (!readonly) {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.exec(fullSchema(sqliteDialect));
  }
  try {
    db.prepare(schemaProbe).all();
  } catch (error) {
    const older = olderSchemaError(error);
    if (older !== null) {
      db.close();
      throw older;
    }
  }
  return new SqlStore(new SqliteConnection(db), sqliteDialect);
}

/** SQLite has no boolean type: flags are stored as 0 and 1. */
const sqliteValue = (value: unknown) => (typeof value === "boolean" ? Number(value) : value);

/**
 * better-sqlite3 is synchronous and has one connection, so a transaction that awaits between statements must
 * not let another write in: transactions and writes outside them take turns on one queue.
 */
class SqliteConnection implements SqlConnection {
  private readonly statements = new Map<string, Database.Statement>();
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Database.Database) {}

  all(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return Promise.resolve(this.statement(sql).all(...params.map(sqliteValue)) as Row[]);
  }

  run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return this.inTurn(() => Promise.resolve(this.runNow(sql, params)));
  }

  transaction<T>(work: (tx: SqlStatements) => Promise<T>): Promise<T> {
    return this.inTurn(async () => {
      // IMMEDIATE takes the write lock up front, so a second process waits (busy_timeout) instead of failing mid-way.
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const result = await work(new SqliteTransaction(this));
        this.db.exec("COMMIT");
        return result;
      } catch (error) {
        this.db.exec("ROLLBACK");
        throw error;
      }
    });
  }

  close(): Promise<void> {
    return this.inTurn(() => {
      this.db.close();
      return Promise.resolve();
    });
  }

  runNow(sql: string, params: readonly unknown[]): number {
    return this.statement(sql).run(...params.map(sqliteValue)).changes;
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** The connection inside a transaction: it already holds the turn, so its statements run at once. */
class SqliteTransaction implements SqlStatements {
  constructor(private readonly connection: SqliteConnection) {}

  all(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.connection.all(sql, params);
  }

  run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return Promise.resolve(this.connection.runNow(sql, params));
  }
}
