/**
 * Lemmas as UD English gives them: a table of the (form, XPOS) pairs seen in training, then suffix rewrite rules
 * learned from it ("-ies" → "-y" for NNS) for unseen words. Proper nouns keep their form.
 */

export interface LemmaTables {
  /** `lowercase form \t XPOS` → lemma; "" means the lowercase form itself. */
  readonly known: Readonly<Record<string, string>>;
  /** `XPOS \t suffix` → [characters to strip, text to add]. */
  readonly rules: Readonly<Record<string, readonly [number, string]>>;
}

export const LONGEST_RULE_SUFFIX = 5;

export function lemmatize(tables: LemmaTables, form: string, upos: string, xpos: string): string {
  const lower = form.toLowerCase();
  const known = tables.known[`${lower}\t${xpos}`];
  if (known !== undefined) return known === "" ? lower : known;
  if (upos === "PROPN") return form;
  if (upos === "PUNCT" || upos === "SYM" || upos === "NUM" || upos === "X") return form;
  for (let length = Math.min(LONGEST_RULE_SUFFIX, lower.length - 1); length >= 1; length--) {
    const rule = tables.rules[`${xpos}\t${lower.slice(-length)}`];
    if (rule !== undefined) return lower.slice(0, lower.length - rule[0]) + rule[1];
  }
  return lower;
}

/** The edit that turns a form into its lemma: how many final characters go and what comes instead. */
export function suffixEdit(lower: string, lemma: string): [number, string] {
  let common = 0;
  while (common < lower.length && common < lemma.length && lower[common] === lemma[common]) common++;
  return [lower.length - common, lemma.slice(common)];
}
