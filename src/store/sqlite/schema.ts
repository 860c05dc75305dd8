/** Schema version 1. Offsets are UTF-16 code units into documents.text. */
export const sqliteSchema = `
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  input TEXT NOT NULL,
  media_type TEXT NOT NULL,
  url TEXT,
  title TEXT,
  authors TEXT NOT NULL,
  published TEXT,
  language TEXT,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  fingerprint TEXT,
  duplicate_of TEXT REFERENCES documents(id)
);
CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  lat REAL,
  lon REAL,
  member_of TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  role TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS claims (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  speaker TEXT NOT NULL,
  speaker_entity TEXT,
  stance TEXT NOT NULL,
  cue TEXT NOT NULL,
  content TEXT NOT NULL,
  channel TEXT,
  direct INTEGER NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  PRIMARY KEY (document_id, id)
);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker_entity);
CREATE TABLE IF NOT EXISTS disputes (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  denial TEXT NOT NULL,
  disputed TEXT NOT NULL,
  PRIMARY KEY (document_id, denial, disputed)
);
CREATE TABLE IF NOT EXISTS events (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  actor TEXT,
  recipient TEXT,
  location TEXT,
  date TEXT,
  date_precision TEXT,
  source TEXT,
  disputed INTEGER NOT NULL,
  negated INTEGER NOT NULL,
  hypothetical INTEGER NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  PRIMARY KEY (document_id, id)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE TABLE IF NOT EXISTS errors (
  input TEXT NOT NULL,
  problem TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (input, problem)
);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
`;
