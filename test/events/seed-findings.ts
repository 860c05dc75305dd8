import type { Dispute } from "../../src/claims/claim.js";
import type { ClaimSpec, EntitySpec } from "./hand-findings.js";

/** The seed report's actors and places as the entities stage is meant to find them. */
export const seedEntities: readonly EntitySpec[] = [
  { id: "country:AZ", type: "country", forms: ["Azerbaijan", "Azerbaijani"] },
  { id: "country:AM", type: "country", forms: ["Armenia", "Armenian", "Armenians"] },
  { id: "polity:artsakh", type: "polity", forms: ["Republic of Artsakh", "Artsakh"] },
  { id: "region:nagorno-karabakh", type: "region", forms: ["Nagorno-Karabakh", "Karabakh"] },
  { id: "region:south-caucasus", type: "region", forms: ["South Caucasus"] },
  { id: "country:TR", type: "country", forms: ["Turkey"] },
  { id: "country:RU", type: "country", forms: ["Russia"] },
  { id: "geonames:587084", type: "city", forms: ["Baku"], seatOf: "country:AZ", role: "actor" },
  { id: "geonames:174875", type: "city", forms: ["Stepanakert"] },
  { id: "person:ruben-vardanyan", type: "person", forms: ["Ruben Vardanyan", "Vardanyan"], memberOf: "polity:artsakh" },
  { id: "person:nikol-pashinyan", type: "person", forms: ["Pashinyan"], memberOf: "country:AM" },
  { id: "gov:AZ:defense", type: "government", forms: ["Ministry of Defense", "Azerbaijani Defense Ministry"], memberOf: "country:AZ" },
  { id: "gov:artsakh:defense", type: "government", forms: ["Artsakh Defense Ministry"], memberOf: "polity:artsakh" },
  { id: "gov:AM:foreign", type: "government", forms: ["Foreign Ministry"], memberOf: "country:AM" },
  { id: "media:politico", type: "media", forms: ["Politico"] },
];

/** The seed report's claims (C1…C11 of expected.json) as the claims stage is meant to find them. */
export const seedClaims: readonly ClaimSpec[] = [
  { id: "C1", speaker: "gov:AZ:defense", cue: "said", stance: "assert", content: "this action serves as an “anti-terrorist operation of a local nature to restore constitutional order” in the region in question" },
  { id: "C2", speaker: "country:AZ", cue: "According to", stance: "assert", content: "the main goal of this military operation is to ensure the redeployment of Armenian forces as stipulated in the ceasefire agreement following the 2020 Nagorno-Karabakh War" },
  { id: "C3", speaker: "gov:AZ:defense", cue: "assured", stance: "assert", content: "only military facilities were the target" },
  { id: "C4", speaker: "gov:AZ:defense", cue: "It was further reported", stance: "assert", content: "Azerbaijani positions were first targeted by Armenian artillery, injuring several soldiers" },
  { id: "C5", speaker: "person:ruben-vardanyan", cue: "spoke", stance: "assert", content: "intense artillery shelling in the region" },
  { id: "C6", speaker: "person:ruben-vardanyan", cue: "was his clear demand", stance: "demand", content: "The leadership of Armenia must recognize Artsakh and join in protecting our citizens" },
  { id: "C7", speaker: "polity:artsakh", cue: "denied", stance: "deny", content: "the allegations from Baku" },
  { id: "C8", speaker: "gov:artsakh:defense", cue: "According to", stance: "deny", content: "the ceasefire is being respected and allegations of breaking the ceasefire are “false and do not correspond to the facts.”" },
  { id: "C9", speaker: "gov:AM:foreign", cue: "called on", stance: "demand", content: "Azerbaijan to leave these regions" },
  { id: "C10", speaker: "country:AZ", cue: "pointed out", stance: "assert", content: "Armenia still controls areas in Azerbaijan" },
  { id: "C11", speaker: "person:nikol-pashinyan", cue: "emphasized", stance: "assert", content: "Armenia would like to be less dependent on external supporters in the future" },
];

export const seedDisputes: readonly Dispute[] = [
  { denial: "C7", disputed: "C4" },
  { denial: "C8", disputed: "C4" },
];

/** expected.json's entity keys → the ids above. */
export const seedKeys: Readonly<Record<string, string>> = {
  AZ: "country:AZ",
  AM: "country:AM",
  ARTSAKH: "polity:artsakh",
  NK: "region:nagorno-karabakh",
  TR: "country:TR",
  RU: "country:RU",
  VARDANYAN: "person:ruben-vardanyan",
  PASHINYAN: "person:nikol-pashinyan",
  AZ_MOD: "gov:AZ:defense",
  ARTSAKH_MOD: "gov:artsakh:defense",
  AM_MFA: "gov:AM:foreign",
};
