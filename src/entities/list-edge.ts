import type { TokenView } from "./token-view.js";

/** Words that join the names of a list. */
export const coordinators: ReadonlySet<string> = new Set(["and", "or", ","]);
/** How many tokens a list may span: "in Waat, Ayod and Akobo, in Jonglei". */
const listReach = 6;

/**
 * From a name's edge (`from` is its first token going back, its end going forward), past the other
 * names of a list it stands in: where the list starts (going back) or ends (going forward).
 */
export function acrossList(tokens: readonly TokenView[], from: number, step: -1 | 1): number {
  const edge = (k: number) => (step < 0 ? k - 1 : k);
  let k = from;
  for (let seen = 0; seen < listReach && coordinators.has(tokens[edge(k)]?.key ?? ""); seen++) {
    let j = k + step;
    while (seen++ < listReach && (tokens[edge(j)]?.key === "," || tokens[edge(j)]?.key === "and")) j += step;
    if (tokens[edge(j)]?.capitalised !== true) break;
    while (seen++ < listReach && tokens[edge(j)]?.capitalised === true) j += step;
    k = j;
  }
  return k;
}
