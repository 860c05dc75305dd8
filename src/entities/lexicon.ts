import lexiconData from "../../data/entities/lexicon.json" with { type: "json" };
import peopleData from "../../data/entities/people.json" with { type: "json" };
import titleData from "../../data/entities/titles.json" with { type: "json" };
import { nameTokens } from "./name-key.js";
import type { EntityType } from "./entity.js";
import { speechVerbForms } from "../lexicon/reporting-verbs.js";

/** A phrase as token keys, for matching against a run of tokens. */
export type Phrase = readonly string[];

export interface Lexicon {
  readonly neverNames: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  /** Organisation head word → the entity type a name ending in it gets. */
  readonly organisationHeads: ReadonlyMap<string, EntityType>;
  /** Inflected forms of verbs that make the word before them an acting subject. */
  readonly actorVerbForms: ReadonlySet<string>;
  /** Inflected forms of verbs whose object is a party, not a location ("accused Moscow", "urged Baku"). */
  readonly addresseeVerbForms: ReadonlySet<string>;
  readonly adverbs: ReadonlySet<string>;
  readonly speechNouns: ReadonlySet<string>;
  readonly agentPrepositions: ReadonlySet<string>;
  readonly placePrepositions: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  /** Last words that make a capitalised name an event, law or facility, never a person ("Election Day"). */
  readonly nonPersonHeads: ReadonlySet<string>;
  /** Head words of geographic names: "… Shoal", "… Peninsula", "Cape of …". */
  readonly placeHeads: ReadonlySet<string>;
  /** "region", "province", "oblast": a word that turns the name before it into a region. */
  readonly administrativeDivisions: ReadonlySet<string>;
  /** Nouns after which "between X and Y" names parties, not places ("talks between Baku and Yerevan"). */
  readonly relationNouns: ReadonlySet<string>;
  /** Verbs after which "to X" names an addressee ("appealed to Moscow"). */
  readonly appealVerbForms: ReadonlySet<string>;
  readonly titles: readonly Phrase[];
  readonly titleModifiers: readonly Phrase[];
  /** Common given names: "Israel Katz" is a man, not the country, when the name acts. */
  readonly givenNames: ReadonlySet<string>;
  readonly surnameEndings: readonly string[];
  /** "he", "her": the sentence goes on about a person. */
  readonly personalPronouns: ReadonlySet<string>;
  /** "it", "its": the sentence goes on about a thing or an organisation. */
  readonly impersonalPronouns: ReadonlySet<string>;
  /** Lower-case words after an unknown name that make it an organisation ("Apple shares", "Audi executives"). */
  readonly organisationCues: ReadonlySet<string>;
  /** Verb forms that make the lone name before them a source ("Ruto said", "Arce told"): the shared verbs of speech. */
  readonly reportingVerbForms: ReadonlySet<string>;
  /** Objects that make the subject of a verb a company ("suspended operations", "raised output"). */
  readonly businessObjects: ReadonlySet<string>;
  /** "Critics", "Officials": words that name a group of sources, never one person. */
  readonly genericSourceNouns: ReadonlySet<string>;
  /** Endings of plural common nouns ("Analysts", "Protesters"): such a lone word is no surname. */
  readonly pluralEndings: readonly string[];
  /** Honorifics that are part of a name when one name follows ("Sheikh Hasina", "Mullah Omar"). */
  readonly nameHonorifics: ReadonlySet<string>;
  /** "Jr.", "Sr.": they end a name and keep their dot. */
  readonly nameSuffixes: ReadonlySet<string>;
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

function buildLexicon(): Lexicon {
  const heads = new Map<string, EntityType>();
  // Later categories win for a shared head ("council" is listed under organisation and government): keep the first.
  for (const [type, words] of Object.entries(lexiconData.organisationHeads)) {
    for (const word of words) if (!heads.has(word)) heads.set(word, type as EntityType);
  }
  return {
    neverNames: new Set(lexiconData.neverNames),
    nameParticles: new Set(lexiconData.nameParticles),
    connectors: new Set(lexiconData.connectors),
    organisationHeads: heads,
    actorVerbForms: new Set([...lexiconData.actorVerbs.flatMap(inflections), ...lexiconData.irregularVerbForms]),
    addresseeVerbForms: new Set(lexiconData.addresseeVerbs.flatMap(inflections)),
    adverbs: new Set(lexiconData.adverbs),
    speechNouns: new Set(lexiconData.speechNouns),
    agentPrepositions: new Set(lexiconData.agentPrepositions),
    placePrepositions: new Set(lexiconData.placePrepositions),
    placeNouns: new Set(lexiconData.placeNouns),
    nonPersonHeads: new Set(lexiconData.nonPersonHeads),
    placeHeads: new Set(lexiconData.placeHeads),
    administrativeDivisions: new Set(lexiconData.administrativeDivisions),
    relationNouns: new Set(lexiconData.relationNouns),
    appealVerbForms: new Set(lexiconData.appealVerbs.flatMap(inflections)),
    titles: longestFirst(titleData.titles.map(nameTokens)),
    titleModifiers: longestFirst(titleData.modifiers.map(nameTokens)),
    givenNames: new Set(peopleData.givenNames),
    surnameEndings: peopleData.surnameEndings,
    personalPronouns: new Set(peopleData.personalPronouns),
    impersonalPronouns: new Set(peopleData.impersonalPronouns),
    organisationCues: new Set(peopleData.organisationCues),
    reportingVerbForms: speechVerbForms(),
    businessObjects: new Set(lexiconData.businessObjects),
    genericSourceNouns: new Set(peopleData.genericSourceNouns),
    pluralEndings: peopleData.pluralEndings,
    nameHonorifics: new Set(peopleData.nameHonorifics),
    nameSuffixes: new Set(peopleData.nameSuffixes),
  };
}

function longestFirst(phrases: Phrase[]): Phrase[] {
  return phrases.sort((a, b) => b.length - a.length);
}

/** "launch" → launch, launches, launched, launching; "deny" → denies, denied; "stop" → stopped. */
function inflections(base: string): string[] {
  const forms = [base, `${base}s`, `${base}es`, `${base}ed`, `${base}d`, `${base}ing`];
  if (base.endsWith("y")) forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`);
  if (base.endsWith("e")) forms.push(`${base.slice(0, -1)}ing`);
  const last = base.at(-1) ?? "";
  if (/[bdglmnprt]/.test(last) && /[aeiou][bdglmnprt]$/.test(base)) forms.push(`${base}${last}ed`, `${base}${last}ing`);
  return forms;
}
