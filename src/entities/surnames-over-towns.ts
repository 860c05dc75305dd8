import { rank } from "./gazetteer.js";
import type { RawMention } from "./raw-mention.js";
import type { TokenView } from "./token-view.js";

/**
 * "John Bel Edwards … Edwards said": a lone word that names only towns but is the surname of a person
 * in the article is that person, not the town of Edwards.
 */
export function surnamesOverTowns(tokens: readonly TokenView[], raw: readonly RawMention[]): RawMention[] {
  const surnames = new Set<string>();
  for (const mention of raw) {
    if (mention.kind === "person" && mention.end - mention.first >= 2) surnames.add(tokens[mention.end - 1]?.fold ?? "");
  }
  if (surnames.size === 0) return [...raw];
  return raw.map((mention) => {
    if (mention.kind !== "gazetteer" || mention.end - mention.first !== 1 || !surnames.has(mention.key)) return mention;
    if (!mention.candidates.every((c) => c.rank === rank.city)) return mention;
    return { kind: "name", first: mention.first, end: mention.end, sentence: mention.sentence };
  });
}
