/**
 * The one lexicon of common nouns that name parties (people, groups, institutions, armed forces) and weapons. The
 * event coder reads it for its sense constraints: an attack needs someone or something that attacks, aid someone
 * who gives or receives it ("the latest browsers provide protection" is no aid).
 */
import data from "../../data/lexicon/party-nouns.json" with { type: "json" };
import { nounForms } from "../annotate/inflection.js";

export type PartyKind = "party" | "weapon";

const parties = new Set([...data.people, ...data.groups].flatMap(nounForms));
const weapons = new Set(data.weapons.flatMap(nounForms));
const pronouns = new Set(data.pronouns);

/** What a lower-cased noun lemma or pronoun names, if it names a party or a weapon. */
export function partyKind(lemma: string): PartyKind | null {
  if (parties.has(lemma) || pronouns.has(lemma)) return "party";
  return weapons.has(lemma) ? "weapon" : null;
}
