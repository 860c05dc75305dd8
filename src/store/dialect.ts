import type { Row } from "./rows.js";

/**
 * Where statements run: a connection, or one transaction on it. Statements are written once, with `?`
 * placeholders; a database that wants another placeholder style (PostgreSQL's `$1`) rewrites them.
 */
export interface SqlStatements {
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs one statement and resolves to the number of rows it inserted, updated or deleted. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

/** A database connection as the SQL store sees it. */
export interface SqlConnection extends SqlStatements {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlStatements) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Column types that differ between the databases; every other part of the schema is shared. */
export interface ColumnTypes {
  readonly boolean: string;
  readonly real: string;
  readonly json: string;
  readonly timestamp: string;
}

/** The SQL text in which SQLite and PostgreSQL differ. Every other statement is the same for both. */
export interface Dialect {
  readonly columnTypes: ColumnTypes;
  /** Statements run after the shared schema: the full-text index of documents, and their storing-order column. */
  readonly ownSchema: string;
  /** The column of documents that numbers them in the order they were stored (ingest times can tie). */
  readonly storingOrder: string;
  /** A statement returning `{document, input, title, snippet}` for documents holding every word, best first. */
  search(words: readonly string[], limit: number): { readonly sql: string; readonly params: readonly unknown[] };
}
