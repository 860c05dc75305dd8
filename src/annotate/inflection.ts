/** The forms a lexicon's verb takes in text; the tense tells claims and events how the act sits in time. */
export type VerbForm = "base" | "present" | "past" | "participle" | "gerund";

const vowel = /[aeiou]/;
const consonantY = /[^aeiou]y$/;
const sibilantEnd = /(?:s|sh|ch|x|z)$/;
// Verbs of two or more syllables stressed on the last one double their final consonant ("admitted", "regretted");
// stress is not spelled, so they are listed: "offer", "limit", "differ" do not double.
const stressedFinal = new Set([
  "admit", "commit", "submit", "permit", "omit", "emit", "transmit", "remit", "acquit", "regret", "occur", "recur",
  "incur", "concur", "rebut", "refer", "prefer", "confer", "infer", "defer", "transfer", "deter", "compel", "expel",
  "repel", "propel", "dispel", "control", "patrol", "begin", "equip", "abet", "allot", "extol", "outwit", "embed",
  "forbid", "forget", "upset", "overrun", "outstrip",
]);

/** The regular English forms of a verb lemma: "point" → points, pointed, pointing (word → form). */
export function verbForms(lemma: string): ReadonlyMap<string, VerbForm> {
  return new Map<string, VerbForm>([
    [lemma, "base"],
    [thirdPerson(lemma), "present"],
    [pastForm(lemma), "past"],
    [ingForm(lemma), "gerund"],
  ]);
}

/** Classifies an irregular form a lexicon lists ("said", "spoken", "telling"). */
export function classifyForm(lemma: string, form: string): VerbForm {
  if (form === lemma) return "base";
  if (form.endsWith("ing")) return "gerund";
  if (form.endsWith("s") && !lemma.endsWith("s")) return "present";
  return "past";
}

/** Singular and plural of a noun: "attack" → attacks, "casualty" → casualties. */
export function nounForms(lemma: string): string[] {
  if (consonantY.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`];
  if (sibilantEnd.test(lemma)) return [lemma, `${lemma}es`];
  return [lemma, `${lemma}s`];
}

function thirdPerson(word: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(word)) return `${word}es`;
  if (consonantY.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function pastForm(word: string): string {
  if (word.endsWith("e")) return `${word}d`;
  if (consonantY.test(word)) return `${word.slice(0, -1)}ied`;
  return `${doubled(word)}ed`;
}

function ingForm(word: string): string {
  if (word.endsWith("ie")) return `${word.slice(0, -2)}ying`;
  if (word.endsWith("e") && !word.endsWith("ee")) return `${word.slice(0, -1)}ing`;
  return `${doubled(word)}ing`;
}

function doubled(word: string): string {
  const last = word.at(-1) ?? "";
  const endsCvc = /[^aeiou][aeiou][^aeiouwxy]$/.test(word);
  if (!endsCvc) return word;
  const syllables = word.split(/[^aeiouy]+/).filter((part) => vowel.test(part) || part === "y").length;
  return syllables <= 1 || stressedFinal.has(word) ? `${word}${last}` : word;
}
