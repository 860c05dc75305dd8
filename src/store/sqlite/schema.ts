import { schemaSql } from "../schema.js";

/** The shared schema in SQLite's types, plus an FTS5 index kept in step with documents by triggers. */
export const sqliteSchema = `
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
${schemaSql({ boolean: "INTEGER", real: "REAL", json: "TEXT", timestamp: "TEXT", documentExtras: "" })}
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
`;
