import { lexicon } from "./lexicon.js";
import { matchPhraseAt } from "./phrase-match.js";
import type { RawMention } from "./raw-mention.js";
import type { TokenView } from "./token-view.js";

const determiners = new Set(["the", "a", "an"]);
const linking = new Set(["of", "for", "at", "in"]);
const possessive = new Set(["'s", "'"]);
/** Words allowed between "of the" and the owner: "the non-internationally recognized Republic of …". */
const maxModifiers = 4;

/**
 * "Ruben Vardanyan, the former prime minister of the … Republic of Artsakh" and "Sergei Lavrov,
 * Russia's foreign minister": the title and owner in an apposition after a person's name.
 */
export function linkAppositions(tokens: readonly TokenView[], found: readonly RawMention[], sentenceEnd: number): void {
  const startingAt = new Map(found.map((m) => [m.first, m]));
  for (const person of found) {
    if (person.kind !== "person" || tokens[person.end]?.key !== ",") continue;
    const apposition = readApposition(tokens, person.end + 1, sentenceEnd, startingAt);
    if (!apposition) continue;
    person.title ??= apposition.title;
    person.owner ??= apposition.owner;
  }
}

function readApposition(tokens: readonly TokenView[], from: number, limit: number, startingAt: ReadonlyMap<number, RawMention>) {
  const lex = lexicon();
  let at = from;
  if (determiners.has(tokens[at]?.key ?? "")) at++;
  let owner = startingAt.get(at);
  if (owner) {
    at = owner.end;
    if (possessive.has(tokens[at]?.key ?? "")) at++;
  }
  const words: string[] = [];
  for (let modifier = matchPhraseAt(tokens, at, limit, lex.titleModifiers); modifier; modifier = matchPhraseAt(tokens, at, limit, lex.titleModifiers)) {
    words.push(...modifier.phrase);
    at = modifier.end;
  }
  const title = matchPhraseAt(tokens, at, limit, lex.titles);
  if (!title) return undefined;
  words.push(...title.phrase);
  at = title.end;
  if (!owner && linking.has(tokens[at]?.key ?? "")) {
    at++;
    for (let skipped = 0; at < limit && skipped <= maxModifiers && !startingAt.has(at); skipped++) {
      if (tokens[at]?.capitalised) break;
      at++;
    }
    owner = startingAt.get(at);
  }
  return { title: words.join(" "), ...(owner ? { owner } : {}) };
}
