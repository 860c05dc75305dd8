import type { StoredEvent } from "../store/store.js";
import { toCsv } from "./to-csv.js";

const columns = [
  "date", "date_precision", "date_source", "event", "mode", "actor", "actor_name", "actor_country", "recipient", "recipient_name",
  "recipient_country", "location", "location_name", "lat", "lon", "source_claim", "disputed", "hypothetical", "confidence", "main_rank", "text", "url",
  "title", "document",
] as const;

/** A flat table of events for spreadsheets, one row per event with its evidence sentence. */
export function eventsCsv(events: readonly StoredEvent[]): string {
  return toCsv(columns, events.map((e) => [
    e.date, e.datePrecision, e.dateSource, e.type, e.mode, e.actor, e.actorName, e.actorCountry, e.recipient, e.recipientName,
    e.recipientCountry, e.location, e.locationName, e.lat, e.lon, e.source, e.disputed, e.hypothetical, e.confidence, e.mainRank, e.evidenceText, e.url,
    e.title, e.document,
  ]));
}
