import type { EntitySpec } from "./place-entities.js";

/** The seed report's actors, placed by hand while the entities stage is built in parallel. */
export const seedEntities: readonly EntitySpec[] = [
  { id: "country:AZ", name: "Azerbaijan", type: "country", country: "AZ", names: ["Azerbaijan", "Azerbaijani"] },
  { id: "geonames:587084", name: "Baku", type: "city", country: "AZ", seatOf: "country:AZ", names: ["Baku"] },
  { id: "country:AM", name: "Armenia", type: "country", country: "AM", names: ["Armenia", "Armenian", "Armenians"] },
  { id: "polity:artsakh", name: "Republic of Artsakh", type: "polity", names: ["Republic of Artsakh", "Artsakh"] },
  { id: "region:nagorno-karabakh", name: "Nagorno-Karabakh", type: "region", governedBy: "polity:artsakh", names: ["Nagorno-Karabakh", "Karabakh"] },
  { id: "geonames:174875", name: "Stepanakert", type: "city", names: ["Stepanakert"] },
  { id: "person:ruben-vardanyan", name: "Ruben Vardanyan", type: "person", memberOf: "polity:artsakh", names: ["Ruben Vardanyan", "Vardanyan"] },
  { id: "person:nikol-pashinyan", name: "Nikol Pashinyan", type: "person", memberOf: "country:AM", names: ["Pashinyan"] },
  { id: "media:politico", name: "Politico", type: "media", names: ["Politico"] },
  { id: "gov:AZ:defense", name: "Ministry of Defense", type: "government", memberOf: "country:AZ", names: ["Ministry of Defense", "Azerbaijani Defense Ministry"] },
  { id: "gov:artsakh:defense", name: "Artsakh Defense Ministry", type: "government", memberOf: "polity:artsakh", names: ["Artsakh Defense Ministry"] },
  { id: "gov:AM:foreign", name: "Foreign Ministry", type: "government", memberOf: "country:AM", names: ["Foreign Ministry"] },
  { id: "country:TR", name: "Turkey", type: "country", country: "TR", names: ["Turkey"] },
  { id: "country:RU", name: "Russia", type: "country", country: "RU", names: ["Russia"] },
];
