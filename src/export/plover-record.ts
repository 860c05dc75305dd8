import type { StoredEvent } from "../store/store.js";

/** One event in the shape of PLOVER's JSON records (openeventdata/PLOVER), plus sitrep's provenance. */
export interface PloverRecord {
  readonly id: string;
  readonly date: string | null;
  readonly date_precision: string | null;
  /** "text" when the report dates it, "published" when it took the report's date, "analysis-time" when a relative date had nothing else to go by. */
  readonly date_source: string | null;
  readonly actor: PloverActor | null;
  readonly recipient: PloverActor | null;
  readonly event: string;
  readonly mode: string | null;
  readonly context: readonly string[];
  readonly location: { readonly id: string; readonly name: string | null; readonly country: string | null; readonly lat: number | null; readonly lon: number | null } | null;
  /** Set when the report gives the event only through someone's claim. */
  readonly source_claim: string | null;
  readonly disputed: boolean;
  readonly hypothetical: boolean;
  readonly confidence: number;
  /** 1 for the event its report is most about, 2 for the next…; null for the report's other events. */
  readonly main_rank: number | null;
  readonly text: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly document: string;
}

interface PloverActor {
  readonly id: string;
  readonly name: string | null;
  readonly country: string | null;
}

export function toPloverRecord(event: StoredEvent): PloverRecord {
  const actor = (id: string | null, name: string | null, country: string | null) => (id ? { id, name, country } : null);
  return {
    id: `${event.document.slice(0, 16)}-${event.id}`,
    date: event.date,
    date_precision: event.datePrecision,
    date_source: event.dateSource,
    actor: actor(event.actor, event.actorName, event.actorCountry),
    recipient: actor(event.recipient, event.recipientName, event.recipientCountry),
    event: event.type,
    mode: event.mode,
    context: [],
    location: event.location
      ? { id: event.location, name: event.locationName, country: event.locationCountry, lat: event.lat, lon: event.lon }
      : null,
    source_claim: event.source,
    disputed: event.disputed,
    hypothetical: event.hypothetical,
    confidence: event.confidence,
    main_rank: event.mainRank,
    text: event.evidenceText,
    url: event.url,
    title: event.title,
    published: event.published,
    document: event.document,
  };
}
