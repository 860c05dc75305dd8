import type { Span } from "../core/span.js";

export type EntityType =
  | "country"
  | "polity"
  | "government"
  | "organization"
  | "media"
  | "person"
  | "city"
  | "region"
  | "place"
  | "group";

/** How a mention is used in its sentence: a place where something happens, or an actor that does or says. */
export type MentionRole = "place" | "actor";

export interface Mention extends Span {
  readonly text: string;
  /** The entity this mention resolved to. */
  readonly entity: string;
  readonly sentence: number;
  readonly role: MentionRole;
  /** Set when a place name stands for a government ("Baku said"): the place entity the words name. */
  readonly metonymyOf?: string;
}

export interface Entity {
  /** Stable across articles: `country:AZ`, `geonames:587084`, `person:ruben-vardanyan`, `gov:AZ:defense`. */
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: EntityType;
  /** ISO 3166-1 alpha-2 of the country it lies in or belongs to. */
  readonly country?: string;
  readonly geo?: { readonly lat: number; readonly lon: number };
  readonly memberOf?: string;
  /** A person's office ("prime minister", "former prime minister"). */
  readonly role?: string;
  /** For a capital or seat of government: the government entity that sits there ("Baku" → `country:AZ`). */
  readonly seatOf?: string;
  /** For a region under a de-facto authority: that authority ("Nagorno-Karabakh" → the Artsakh polity). */
  readonly governedBy?: string;
  readonly mentions: readonly Mention[];
}

export interface EntityFindings {
  readonly entities: readonly Entity[];
  /** All mentions in text order (each also listed under its entity). */
  readonly mentions: readonly Mention[];
}

declare module "../core/doc.js" {
  interface DocData {
    entities: EntityFindings;
  }
}
