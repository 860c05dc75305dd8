import type { EntitySpec } from "./hand-findings.js";

/** A small world of actors and places for the events tests, placed by string search. */
export const world: readonly EntitySpec[] = [
  { id: "country:AZ", type: "country", forms: ["Azerbaijan", "Azerbaijani"] },
  { id: "country:AM", type: "country", forms: ["Armenia", "Armenian", "Armenians"] },
  { id: "country:RU", type: "country", forms: ["Russia", "Russian"] },
  { id: "country:UA", type: "country", forms: ["Ukraine", "Ukrainian"] },
  { id: "country:TR", type: "country", forms: ["Turkey", "Turkish"] },
  { id: "country:IR", type: "country", forms: ["Iran", "Iranian"] },
  { id: "country:IQ", type: "country", forms: ["Iraq", "Iraqi"] },
  { id: "country:DE", type: "country", forms: ["Germany", "German"] },
  { id: "country:FR", type: "country", forms: ["France", "French"] },
  { id: "org:un", type: "organization", forms: ["United Nations", "UN"] },
  { id: "group:hamas", type: "group", forms: ["Hamas"] },
  { id: "gov:AM:foreign", type: "government", forms: ["Armenian Foreign Ministry"], memberOf: "country:AM" },
  { id: "gov:UA:defense", type: "government", forms: ["Ukrainian Defense Ministry"], memberOf: "country:UA" },
  { id: "person:zelensky", type: "person", forms: ["Zelensky"], memberOf: "country:UA" },
  { id: "city:baku", type: "city", forms: ["Baku"], seatOf: "country:AZ", role: "actor" },
  { id: "city:kharkiv", type: "city", forms: ["Kharkiv"] },
  { id: "city:odesa", type: "city", forms: ["Odesa"] },
  { id: "region:donetsk", type: "region", forms: ["Donetsk"] },
  { id: "region:nk", type: "region", forms: ["Nagorno-Karabakh", "Karabakh"] },
];
