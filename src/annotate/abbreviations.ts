/** Words that end in a period without ending a sentence (lower-cased, without the period). */
export const abbreviations: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov",
  "sen", "rep", "rev", "hon", "pres", "amb", "sr", "jr", "st", "mt", "ft", "no", "nos", "vol", "pp",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "est", "approx", "vs", "etc", "al", "cf",
  "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "u.s.a",
]);
