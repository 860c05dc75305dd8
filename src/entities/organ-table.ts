import organData from "../../data/entities/organs.json" with { type: "json" };
import { nameTokens } from "./name-key.js";
import type { Phrase } from "./lexicon.js";

export interface OrganPhrase {
  readonly words: Phrase;
  readonly organ: string;
  /** How the organ is named in an entity name: "Ministry of Defense", "Armed Forces". */
  readonly label: string;
}

export interface OrganTable {
  readonly ministryHeads: ReadonlySet<string>;
  /** "defense", "foreign affairs": what a ministry is of; longest first. */
  readonly fields: readonly OrganPhrase[];
  /** "armed forces", "parliament": bodies named without "ministry"; longest first. */
  readonly bodies: readonly OrganPhrase[];
  /** Words between an owner and its organ: "Lebanon's caretaker government". */
  readonly ownerModifiers: ReadonlySet<string>;
}

let cached: OrganTable | undefined;

export function organTable(): OrganTable {
  cached ??= {
    ministryHeads: new Set(organData.ministryHeads),
    fields: phrases(organData.ministryFields, (first) => `Ministry of ${titleCase(first)}`),
    bodies: phrases(organData.bodies, titleCase),
    ownerModifiers: new Set(organData.ownerModifiers),
  };
  return cached;
}

function phrases(table: Record<string, string[]>, label: (first: string) => string): OrganPhrase[] {
  return Object.entries(table)
    .flatMap(([organ, words]) => words.map((w) => ({ words: nameTokens(w), organ, label: label(words[0] ?? w) })))
    .sort((a, b) => b.words.length - a.words.length);
}

function titleCase(words: string): string {
  return words.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
