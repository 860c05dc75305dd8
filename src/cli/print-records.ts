import { toCsv } from "../export/to-csv.js";
import type { Output } from "./output.js";

/** What every list command prints: a table for people, or the records as JSON, JSON lines or CSV. */
export const listFormats = ["table", "json", "ndjson", "csv"] as const;
export type ListFormat = (typeof listFormats)[number];

/**
 * Prints records in the chosen format. The table is the command's own view for people; json, ndjson and csv
 * give every field of every record (csv: one column per field, nested values as JSON text).
 */
export function printRecords<T extends object>(
  records: readonly T[], format: ListFormat, table: (records: readonly T[]) => string, io: Output, csv: (records: readonly T[]) => string = recordsCsv,
): void {
  if (format === "json") io.out(`${JSON.stringify(records, null, 2)}\n`);
  else if (format === "ndjson") for (const record of records) io.out(`${JSON.stringify(record)}\n`);
  else if (format === "csv") io.out(csv(records));
  else io.out(records.length === 0 ? "(nothing stored matches)\n" : table(records));
}

/** Records as CSV, the first record's fields as the header; no records, no lines. */
function recordsCsv<T extends object>(records: readonly T[]): string {
  const [first] = records;
  if (first === undefined) return "";
  const fields = Object.keys(first) as (keyof T)[];
  return toCsv(fields.map(String), records.map((record) => fields.map((field) => record[field])));
}
