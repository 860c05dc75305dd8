import { lexicon } from "./lexicon.js";
import { acrossList } from "./list-edge.js";
import type { GazetteerMention, OrganisationMention, RawMention } from "./raw-mention.js";
import type { TokenView } from "./token-view.js";

/** Prepositions that put an unknown name on the map; "of", "from" and "to" also follow people ("a letter from Smith in London"). */
const locating = new Set(["in", "near", "outside", "into", "towards", "toward", "around", "at"]);
/** A lone unknown word may also follow these, the surnames of the article's people excepted: "fled to Ayod, in Jonglei". */
const moving = new Set(["to", "from"]);
/** "the village of X", "the town of X": the noun says place even with no container after it. */
const settlementNouns = new Set(["village", "villages", "town", "towns", "hamlet", "township", "settlement", "locality", "camp"]);
/** Words between an unknown name and its container: "Buthidaung township in Rakhine State". */
const settlementWords = new Set([...settlementNouns, "district", "area", "region", "neighbourhood", "neighborhood", "quarter", "crossing", "refugee"]);
const possessive = new Set(["'s", "'"]);
/** Named places that are no settlement: "the Bab al-Hawa crossing", "the Zaatari camp". */
const siteNouns = new Set(["crossing", "camp"]);

/**
 * Towns too small for the gazetteer: "Macomia in Mozambique's Cabo Delgado province" is a place at its
 * container (good to tens of kilometres), "the village of Berkhivka" a place with no coordinates. Without
 * this the name is dropped or, when it has two words, taken for a person. A town too small for the gazetteer
 * is typed a city, a crossing or camp a place. Names listed together share the list's preposition and container.
 */
export function unlistedPlaces(tokens: readonly TokenView[], raw: readonly RawMention[]): RawMention[] {
  const placesAt = new Map<number, GazetteerMention>();
  const surnames = new Set<string>();
  for (const mention of raw) {
    if (mention.kind === "gazetteer") placesAt.set(mention.first, mention);
    if (mention.kind === "person" && mention.end - mention.first >= 2) surnames.add(tokens[mention.end - 1]?.key ?? "");
  }
  return raw.map((mention) => {
    if (!mayBePlace(tokens, mention, surnames)) return mention;
    // "the village of X", "the Bab al-Tabbaneh district": the noun beside the name says place.
    const named = settlementNamed(tokens, mention.first) || settlementWords.has(tokens[mention.end]?.key ?? "");
    const container = containerAfter(tokens, mention.end, mention.sentence, placesAt);
    if (container === undefined && !named) return mention;
    const text = tokens.slice(mention.first, mention.end).map((t) => t.text).join(" ");
    const place: OrganisationMention = { kind: "organisation", first: mention.first, end: mention.end, sentence: mention.sentence, type: siteNouns.has(tokens[mention.end]?.key ?? "") ? "place" : "city", name: text, ...(container ? { owner: container } : {}) };
    return place;
  });
}

/**
 * Right after a locating preposition or "the village of": a lone unknown word that is nobody's surname,
 * or an untitled "person" with no given name ("in Tall Rifaat, in Aleppo province").
 */
function mayBePlace(tokens: readonly TokenView[], mention: RawMention, surnames: ReadonlySet<string>): boolean {
  // A capital at the sentence start says nothing: "Floods in Maiduguri", "Talks in Doha".
  if (tokens[mention.first - 1]?.sentence !== mention.sentence && !settlementNamed(tokens, mention.first)) return false;
  const listStart = acrossList(tokens, mention.first, -1);
  const before = tokens[listStart - 1]?.key === "the" ? listStart - 2 : listStart - 1;
  const afterPreposition = settlementNamed(tokens, mention.first) || locating.has(tokens[before]?.key ?? "");
  if (mention.kind === "name") return (afterPreposition || moving.has(tokens[before]?.key ?? "")) && mention.end - mention.first === 1 && !surnames.has(tokens[mention.first]?.key ?? "");
  if (mention.kind !== "person" || mention.title !== undefined) return false;
  if (lexicon().givenNames.has(tokens[mention.first]?.key ?? "")) return false;
  return afterPreposition;
}

function settlementNamed(tokens: readonly TokenView[], first: number): boolean {
  return tokens[first - 1]?.key === "of" && settlementNouns.has(tokens[first - 2]?.key ?? "");
}

/** The place right after "in"/"of" (past a settlement word and a comma), narrowed through possessives: "Mozambique's Cabo Delgado province". */
function containerAfter(tokens: readonly TokenView[], end: number, sentence: number, placesAt: ReadonlyMap<number, GazetteerMention>): GazetteerMention | undefined {
  let at = acrossList(tokens, end, 1);
  if (settlementWords.has(tokens[at]?.key ?? "")) at++;
  if (tokens[at]?.key === ",") at++;
  const link = tokens[at]?.key;
  if (link !== "in" && link !== "of") return undefined;
  let container = placesAt.get(at + 1);
  while (container !== undefined && container.sentence === sentence && possessive.has(tokens[container.end]?.key ?? "")) {
    const narrower = placesAt.get(container.end + 1);
    if (narrower === undefined) break;
    container = narrower;
  }
  return container?.sentence === sentence ? container : undefined;
}
