export type VerbForm = "base" | "s" | "past" | "ing";

const vowel = /[aeiou]/;
// Two-syllable verbs stressed on the last syllable double their final consonant ("admitted", "regretted").
const stressedFinal = /(?:mit|gret|cur|but|fer|pel|trol)$/;

/** The regular English forms of a verb lemma: "point" → points, pointed, pointing. */
export function inflect(lemma: string): ReadonlyMap<string, VerbForm> {
  const forms = new Map<string, VerbForm>([[lemma, "base"]]);
  forms.set(thirdPerson(lemma), "s");
  forms.set(pastForm(lemma), "past");
  forms.set(ingForm(lemma), "ing");
  return forms;
}

/** Classifies an irregular form given in the lexicon ("said", "spoken", "telling"). */
export function classifyForm(lemma: string, form: string): VerbForm {
  if (form === lemma) return "base";
  if (form.endsWith("ing")) return "ing";
  if (form.endsWith("s") && !lemma.endsWith("s")) return "s";
  return "past";
}

function thirdPerson(word: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function pastForm(word: string): string {
  if (word.endsWith("e")) return `${word}d`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
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
  return syllables <= 1 || stressedFinal.test(word) ? `${word}${last}` : word;
}
