import type { Lexicon } from "./lexicon.js";
import type { Reading } from "./raw-mention.js";
import type { TokenView } from "./token-view.js";

const possessiveKeys = new Set(["'s", "'"]);
const directions = new Set(["northern", "southern", "eastern", "western", "central", "outer", "inner"]);

/**
 * Whether the place name at [first, end) acts ("Baku said", "allegations from Baku", "interrupted by
 * Baku") or locates ("in Baku", "the region around Baku"), judged from the words around it.
 */
export function readingOf(tokens: readonly TokenView[], first: number, end: number, sentenceStart: number, sentenceEnd: number, lex: Lexicon): Reading {
  const before = first > sentenceStart ? tokens[first - 1]?.key : undefined;
  const twoBefore = first - 1 > sentenceStart ? tokens[first - 2]?.key : undefined;
  if (before !== undefined) {
    if (before === "by" || lex.agentPrepositions.has(before) || lex.addresseeVerbForms.has(before)) return "actor";
    if (before === "between") return twoBefore !== undefined && lex.relationNouns.has(twoBefore) ? "actor" : "place";
    if (before === "to" && twoBefore !== undefined && (twoBefore === "according" || lex.appealVerbForms.has(twoBefore))) return "actor";
    if (before === "from") return twoBefore !== undefined && lex.speechNouns.has(twoBefore) ? "actor" : "place";
    if (before === "the" && twoBefore !== undefined && lex.placePrepositions.has(twoBefore)) return "place";
    if (lex.placePrepositions.has(before)) return "place";
  }
  const after = tokens[end];
  if (after !== undefined && end < sentenceEnd && possessiveKeys.has(after.key)) {
    // "Beirut's southern suburbs": a direction may stand before the place noun.
    const owned = tokens[directions.has(tokens[end + 1]?.key ?? "") ? end + 2 : end + 1]?.key;
    return owned !== undefined && lex.placeNouns.has(owned) ? "place" : "actor";
  }
  return verbFollows(tokens, skipCoordinate(tokens, skipLocator(tokens, end, sentenceEnd), sentenceEnd), sentenceEnd, lex) ? "actor" : "neutral";
}

/** "Washington, D.C. said": an abbreviated state or district after a comma still leaves the name the subject. */
function skipLocator(tokens: readonly TokenView[], end: number, sentenceEnd: number): number {
  if (tokens[end]?.key !== "," || !tokens[end + 1]?.allCaps) return end;
  let k = end + 1;
  while (k < sentenceEnd && (tokens[k]?.allCaps || tokens[k]?.text === ".")) k++;
  return k;
}

/** "Baku and Yerevan said": look past a coordinated name for the shared verb. */
export function skipCoordinate(tokens: readonly TokenView[], end: number, sentenceEnd: number): number {
  if (tokens[end]?.key !== "and") return end;
  let k = tokens[end + 1]?.key === "the" ? end + 2 : end + 1;
  if (!tokens[k]?.capitalised) return end;
  while (k < sentenceEnd && tokens[k]?.capitalised) k++;
  return k;
}

function verbFollows(tokens: readonly TokenView[], from: number, sentenceEnd: number, lex: Lexicon): boolean {
  let k = from;
  // Auxiliaries, adverbs and a time ("on Tuesday") may stand between the subject and its verb.
  for (let skipped = 0; skipped < 3 && k < sentenceEnd && lex.adverbs.has(tokens[k]?.key ?? ""); skipped++) k++;
  const key = tokens[k]?.key;
  return k < sentenceEnd && key !== undefined && lex.actorVerbForms.has(key);
}
