import { schemaSql } from "../schema.js";

/** The shared schema in PostgreSQL's types; full-text search is a generated tsvector with a GIN index. */
export const postgresSchema = `
${schemaSql({
  boolean: "BOOLEAN",
  real: "DOUBLE PRECISION",
  json: "JSONB",
  timestamp: "TIMESTAMPTZ",
  documentExtras: ",\n  search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED",
})}
CREATE INDEX IF NOT EXISTS documents_search ON documents USING GIN (search);
`;
