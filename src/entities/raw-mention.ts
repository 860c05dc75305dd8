import type { EntityType } from "./entity.js";
import type { GazetteerEntry } from "./gazetteer.js";

/** How the sentence uses a place name: as an acting government, as a location, or it does not say. */
export type Reading = "actor" | "place" | "neutral";

interface RawBase {
  /** Token range [first, end) in the document's token list. */
  readonly first: number;
  readonly end: number;
  readonly sentence: number;
}

/** A name known to the gazetteer, not yet resolved to one of its candidates. */
export interface GazetteerMention extends RawBase {
  readonly kind: "gazetteer";
  readonly key: string;
  readonly candidates: readonly GazetteerEntry[];
  readonly reading: Reading;
  /** Preceded by a preposition of place ("in Goma"), which licenses small towns. */
  readonly afterPlacePreposition: boolean;
  /** Where a container named after it would start ("Paris, Texas", "Douentza in central Mali"), if a comma or "in" follows. */
  readonly containerAt?: number;
}

/** "Azerbaijani", "Armenians": a mention of the country. */
export interface DemonymMention extends RawBase {
  readonly kind: "demonym";
  readonly entry: GazetteerEntry;
  readonly reading: Reading;
}

/** A government organ: "the Ministry of Defense in Baku", "the Azerbaijani Defense Ministry". */
export interface OrganMention extends RawBase {
  readonly kind: "organ";
  readonly organ: string;
  readonly label: string;
  /** The owner named inside the mention ("Azerbaijani", "of Ukraine"). */
  readonly owner?: OwnerMention;
  /** A seat named after it ("in Baku"), whose government owns the organ. */
  readonly seat?: GazetteerMention;
}

/** An organisation recognised by the head of its name ("… Party", "… Brigades"). */
export interface OrganisationMention extends RawBase {
  readonly kind: "organisation";
  readonly type: EntityType;
  readonly name: string;
  readonly owner?: OwnerMention;
}

export interface PersonMention extends RawBase {
  readonly kind: "person";
  title?: string;
  owner?: RawMention;
}

/** A lone capitalised word: a person only if a person named elsewhere in the article bears it. */
export interface NameMention extends RawBase {
  readonly kind: "name";
}

export type OwnerMention = GazetteerMention | DemonymMention;

export type RawMention =
  | GazetteerMention
  | DemonymMention
  | OrganMention
  | OrganisationMention
  | PersonMention
  | NameMention;
