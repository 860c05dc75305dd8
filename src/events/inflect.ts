/** How a verb form places the act in time: present forms let a report's date stand for the event's. */
export type VerbForm = "base" | "present" | "past" | "participle" | "gerund";

export interface InflectedForm {
  readonly word: string;
  readonly form: VerbForm;
}

const sibilantEnd = /(?:s|sh|ch|x|z)$/u;
const consonantY = /[^aeiou]y$/u;

/** Regular English verb forms; irregular or consonant-doubling forms are listed in the lexicon. */
export function verbForms(lemma: string): InflectedForm[] {
  if (consonantY.test(lemma)) {
    const stem = lemma.slice(0, -1);
    return [
      { word: lemma, form: "base" },
      { word: `${stem}ies`, form: "present" },
      { word: `${stem}ied`, form: "past" },
      { word: `${lemma}ing`, form: "gerund" },
    ];
  }
  if (lemma.endsWith("e")) {
    const ing = lemma.endsWith("ee") ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`;
    return [
      { word: lemma, form: "base" },
      { word: `${lemma}s`, form: "present" },
      { word: `${lemma}d`, form: "past" },
      { word: ing, form: "gerund" },
    ];
  }
  return [
    { word: lemma, form: "base" },
    { word: sibilantEnd.test(lemma) ? `${lemma}es` : `${lemma}s`, form: "present" },
    { word: `${lemma}ed`, form: "past" },
    { word: `${lemma}ing`, form: "gerund" },
  ];
}

export function nounForms(lemma: string): string[] {
  if (consonantY.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`];
  if (sibilantEnd.test(lemma)) return [lemma, `${lemma}es`];
  return [lemma, `${lemma}s`];
}
