import type { ColumnTypes } from "./dialect.js";

/** Schema version 3, for every backend. Offsets are UTF-16 code units into documents.text. */
export function schemaSql(d: ColumnTypes): string {
  return `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  input TEXT NOT NULL,
  media_type TEXT NOT NULL,
  url TEXT,
  title TEXT,
  authors ${d.json} NOT NULL,
  published TEXT,
  language TEXT,
  ingested_at ${d.timestamp} NOT NULL,
  outlet TEXT,
  -- The original of the document's syndication group; null for an original or a report that stands alone.
  duplicate_of TEXT REFERENCES documents(id),
  minhash TEXT,
  -- Last, because they are long: SQLite reads a row's columns in order, so the short ones stay quick to reach.
  text TEXT NOT NULL,
  analysis ${d.json} NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_duplicate_of ON documents(duplicate_of);
-- The LSH band keys of each document's MinHash signature, so the documents sharing a band are an index lookup.
CREATE TABLE IF NOT EXISTS document_bands (
  band_key TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, document_id)
);
CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  lat ${d.real},
  lon ${d.real},
  member_of TEXT
);
-- Every name and alias an entity was seen under, folded (core/fold-name.ts), so name filters are an index lookup.
CREATE TABLE IF NOT EXISTS entity_names (
  name_key TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  PRIMARY KEY (name_key, entity_id)
);
CREATE TABLE IF NOT EXISTS mentions (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
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
  direct ${d.boolean} NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  -- The corpus claim this report's claim is part of: one id for the same claim in every report.
  corpus_claim TEXT NOT NULL,
  PRIMARY KEY (document_id, id)
);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker_entity);
CREATE INDEX IF NOT EXISTS claims_corpus_claim ON claims(corpus_claim);
-- A denial and the claim it denies, as corpus claim ids, and the report in which the link was found.
CREATE TABLE IF NOT EXISTS claim_disputes (
  denial TEXT NOT NULL,
  disputed TEXT NOT NULL,
  found_in TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (disputed, denial, found_in)
);
CREATE INDEX IF NOT EXISTS claim_disputes_denial ON claim_disputes(denial);
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
  disputed ${d.boolean} NOT NULL,
  negated ${d.boolean} NOT NULL,
  hypothetical ${d.boolean} NOT NULL,
  date_source TEXT,
  confidence ${d.real} NOT NULL,
  main_rank INTEGER,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  PRIMARY KEY (document_id, id)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_confidence ON events(confidence);
CREATE INDEX IF NOT EXISTS events_main_rank ON events(main_rank);
CREATE TABLE IF NOT EXISTS errors (
  input TEXT NOT NULL,
  problem TEXT NOT NULL,
  at ${d.timestamp} NOT NULL,
  PRIMARY KEY (input, problem)
);
`;
}
