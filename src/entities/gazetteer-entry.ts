import type { EntityType } from "./entity.js";

export interface Geo {
  readonly lat: number;
  readonly lon: number;
}

/** One thing a name can denote: a country, polity, region, city or named organisation. */
export interface GazetteerEntry {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly country?: string;
  readonly geo?: Geo;
  readonly population: number;
  /** Curated tables (ours, world-countries) outrank GeoNames towns that share a name. */
  readonly rank: number;
  readonly capital: boolean;
  /** Seat of a first- or second-level division (GeoNames PPLA, PPLA2): a small bonus among namesakes. */
  readonly adminSeat: boolean;
  /** Seat of a first-level division (PPLA): known enough to need no further support. */
  readonly provincialCapital: boolean;
  readonly memberOf?: string;
  /** A company from our table: a lone unknown name listed beside it is a company too. */
  readonly company?: boolean;
  seatOf?: string;
  governedBy?: string;
}

export const rank = { organisation: 5, country: 5, region: 4, curatedCity: 3, city: 2 } as const;
