import { rank } from "./gazetteer.js";
import type { RawMention } from "./raw-mention.js";
import type { TokenView } from "./token-view.js";

const coordinators = new Set(["and", "or", ","]);

/**
 * "Acme and Glencore", "Shell, Vitol and Trafigura": a lone unknown word or small town's name listed
 * beside a known company is a company too.
 */
export function coordinatedCompanies(tokens: readonly TokenView[], found: RawMention[]): void {
  for (let i = 0; i < found.length; i++) {
    const mention = found[i];
    if (mention === undefined || !loneUnknown(mention)) continue;
    const before = found[i - 1];
    const after = found[i + 1];
    const listed = (before !== undefined && isCompany(before) && adjoined(tokens, before.end, mention.first)) || (after !== undefined && isCompany(after) && adjoined(tokens, mention.end, after.first));
    const text = tokens[mention.first]?.text;
    if (listed && text !== undefined) found[i] = { kind: "organisation", first: mention.first, end: mention.end, sentence: mention.sentence, type: "organization", name: text };
  }
}

function loneUnknown(mention: RawMention): boolean {
  if (mention.end - mention.first !== 1) return false;
  if (mention.kind === "name") return true;
  return mention.kind === "gazetteer" && mention.candidates.every((c) => c.rank === rank.city);
}

function isCompany(mention: RawMention): boolean {
  // A lone word made an organisation by company cues ("Acme shares") is a company.
  if (mention.kind === "organisation") return mention.type === "organization" && mention.end - mention.first === 1;
  return mention.kind === "gazetteer" && mention.candidates.some((c) => c.company === true);
}

/** Only a coordinator ("and", ",", "or") stands between the two mentions. */
function adjoined(tokens: readonly TokenView[], end: number, first: number): boolean {
  if (first - end === 1) return coordinators.has(tokens[end]?.key ?? "");
  return first - end === 2 && tokens[end]?.key === "," && coordinators.has(tokens[end + 1]?.key ?? "");
}
