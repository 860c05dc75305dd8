import type { PloverType } from "./event.js";
import type { VerbForm } from "../annotate/inflection.js";
import { cues, triggerIndex, type TriggerEntry, type TriggerForm } from "./lexicon.js";
import { phraseEnd } from "./phrase-end.js";
import { isReducedRelative } from "./reduced-relative.js";
import { actsOnParty } from "./tree-roles.js";
import type { SentenceView } from "./sentence-view.js";
import { word, wordAt } from "../syntax/tree.js";

/** A lexicon trigger found in a sentence, coded for type and mode. */
export interface TriggerHit {
  readonly entry: TriggerEntry;
  readonly form: VerbForm | null;
  readonly noun: boolean;
  /** Local token indexes of the trigger's first and last word. */
  readonly first: number;
  readonly last: number;
  readonly type: PloverType;
  readonly mode: string | null;
}

const determiners = new Set(cues.determiners);
const nounTakers = new Set([...cues.lightVerbs.present, ...cues.lightVerbs.past, ...cues.receiveVerbs]);
const adjectiveSuffixes = cues.adjectiveSuffixes;
const lyAdverb = /ly$/u;
const functionWords = new Set([...cues.prepositions, ...cues.complementizers, ...cues.determiners, "him", "her", "them", "it", "us", "me", "both", "each", "all"]);
const prepositions = new Set(cues.prepositions.filter((p) => p !== "to"));
const allPrepositions = new Set(cues.prepositions);
const beVerbs = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);
const articles = new Set(["the", "a", "an", "its", "their", "his", "her", "our"]);
const contextWindow = 8;
const beforeWindow = 4;
const afterWindow = 5;

function someWordIn(words: readonly string[], from: number, to: number, wanted: readonly string[]): boolean {
  for (let i = Math.max(0, from); i <= Math.min(words.length - 1, to); i++) {
    if (wanted.includes(words[i] ?? "")) return true;
  }
  return false;
}

function fitsConstraints(view: SentenceView, at: number, last: number, form: TriggerForm): boolean {
  const { entry } = form;
  const { words } = view;
  if (entry.lowercaseOnly && /^\p{Lu}/u.test(view.tokens[at]?.text ?? "")) return false;
  if (entry.needsBefore && !someWordIn(words, at - beforeWindow, at - 1, entry.needsBefore)) return false;
  if (entry.needsAfter && !someWordIn(words, last + 1, last + afterWindow, entry.needsAfter)) return false;
  if (entry.notBefore?.includes(words[last + 1] ?? "")) return false;
  if (entry.notAfter?.includes(words[at - 1] ?? "")) return false;
  if (entry.pos === "verb" && form.form === "base" && prefersNoun(view, at)) return false;
  if (entry.pos === "verb" && form.form === "present" && modifiedByName(view, at)) return false;
  const participle = entry.pos === "verb" && (form.form === "past" || form.form === "participle");
  if (participle && isAttributive(view, at)) return false;
  // "facilities supporting the army" describes the facilities; "a declaration demanding that…" is the demand.
  const describing = participle || (entry.pos === "verb" && form.form === "gerund" && !entry.governs);
  if (describing && isReducedRelative(view, at)) return false;
  if (entry.adjectival && form.form === "past" && modifiesNoun(view, last)) return false;
  const start = view.tokens[at]?.start;
  if (entry.undergoerIsThing && view.syntax && start !== undefined && actsOnParty(view.syntax, view, start)) return false;
  return true;
}

/**
 * A name inside a noun phrase modifies the word: "a response to Ukrainian attacks", "on Hezbollah targets",
 * "the Russian strike" (but "The Palestinians reject…": a plural name after an article is the subject).
 */
function modifiedByName(view: SentenceView, at: number): boolean {
  const modifier = view.mentionAt.get(at - 1);
  if (!modifier) return false;
  const opener = view.words[modifier.first - 1] ?? "";
  return allPrepositions.has(opener) || (determiners.has(opener) && !(view.words[at - 1] ?? "").endsWith("s"));
}

/**
 * A noun reading is preferred after a determiner, a possessive, an adjective or a light verb
 * ("an attack", "Russia's attacks", "constitutional order", "receives support").
 */
function prefersNoun(view: SentenceView, at: number): boolean {
  const previous = view.words[at - 1] ?? "";
  if (determiners.has(previous) || nounTakers.has(previous) || prepositions.has(previous)) return true;
  if (modifiedByName(view, at)) return true;
  const lowercase = /^\p{Ll}/u.test(view.tokens[at - 1]?.text ?? "");
  if (!lowercase) return false;
  // "his clear demand": determiner, modifier, noun (a plural before the word is more likely its subject).
  if (determiners.has(view.words[at - 2] ?? "") && !previous.endsWith("s")) return true;
  return adjectiveSuffixes.some((suffix) => previous.length > suffix.length + 2 && previous.endsWith(suffix));
}

/** The word after is a common noun, not a function word: "alleged bombers". */
function modifiesNoun(view: SentenceView, last: number): boolean {
  const next = view.tokens[last + 1]?.text ?? "";
  return /^\p{Ll}/u.test(next) && !functionWords.has(next.toLowerCase());
}

/** A participle used as an adjective: "the internationally recognized government". */
function isAttributive(view: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
    const word = view.words[i] ?? "";
    if (articles.has(word)) return true;
    if (!lyAdverb.test(word)) return false;
  }
  return false;
}

/** A form found in the sentence: `last` is its last word's index (a split phrase runs past its own words). */
interface PlacedForm {
  readonly form: TriggerForm;
  readonly last: number;
}

/**
 * What the tagger makes of a word that is both a noun and a verb ("the 2014 protests", "Russia attacks"), if it ran.
 * An -ing form it calls a verb is left to the guess: UD tags a gerund subject ("Fighting has not re-emerged") VERB.
 */
function taggedNoun(view: SentenceView, at: number): boolean | undefined {
  const start = view.tokens[at]?.start;
  if (!view.syntax || start === undefined) return undefined;
  const index = wordAt(view.syntax, start);
  const tagged = index < 0 ? undefined : word(view.syntax, index);
  if (tagged?.upos === "NOUN") return true;
  return tagged?.upos === "VERB" && tagged.xpos !== "VBG" ? false : undefined;
}

/** Without the tagger's word: "artillery shelling", "the fighting": an -ing form with a noun entry is the noun unless a be-verb makes it progressive. */
function guessedNoun(view: SentenceView, at: number, best: readonly PlacedForm[]): boolean {
  const progressive = beVerbs.has(view.words[at - 1] ?? "");
  return prefersNoun(view, at) || (!progressive && best.some((f) => f.form.form === "gerund"));
}

function pickForm(view: SentenceView, at: number, candidates: readonly TriggerForm[]): PlacedForm | null {
  const fitting: PlacedForm[] = [];
  for (const form of candidates) {
    const last = phraseEnd(view, at, form);
    if (last >= 0 && fitsConstraints(view, at, last, form)) fitting.push({ form, last });
  }
  const longest = fitting[0]?.form.words.length ?? 0;
  const best = fitting.filter((f) => f.form.words.length === longest);
  if (best.length <= 1) return best[0] ?? null;
  const wantNoun = taggedNoun(view, at) ?? guessedNoun(view, at, best);
  return best.find((f) => (f.form.entry.pos === "noun") === wantNoun) ?? best[0] ?? null;
}

function modeFromCues(view: SentenceView, type: PloverType): string | null {
  const table = (cues.modeCues as Record<string, readonly (readonly string[])[]>)[type];
  if (!table) return null;
  for (const [cue, mode] of table) {
    if (!cue || !mode) continue;
    if (cue.includes(" ") ? bigramPresent(view.words, cue) : view.wordSet.has(cue)) return mode;
  }
  return null;
}

function bigramPresent(words: readonly string[], cue: string): boolean {
  const [a, b] = cue.split(" ");
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === a && words[i + 1] === b) return true;
  return false;
}

function codeHit(view: SentenceView, at: number, { form, last }: PlacedForm): TriggerHit {
  const { entry } = form;
  const rule = entry.context?.find((r) =>
    r.adjacent ? r.near.includes(view.words[at - 1] ?? "") : someWordIn(view.words, at - contextWindow, last + contextWindow, r.near),
  );
  const type = rule?.type ?? entry.type;
  const defaults = cues.defaultModes as Record<string, string | null>;
  const mode = rule?.mode ?? (rule ? null : entry.mode) ?? modeFromCues(view, type) ?? defaults[type] ?? null;
  return { entry, form: form.form, noun: entry.pos === "noun", first: at, last, type, mode };
}

const nameCoordinators = new Set(cues.nameCoordinators);
const capitalised = /^\p{Lu}/u;
/** Punctuation after which a capital opens a sentence of its own: quotes, brackets, a colon, a dash. */
const openers = /^[\p{Pi}\p{Ps}"':\u2013\u2014-]+$/u;
const titleCaseShare = 0.5;

/** A headline in title case capitalises its verbs too ("Israeli Strikes Kill 20"); names do not count. */
function isTitleCase(view: SentenceView): boolean {
  let long = 0;
  let upper = 0;
  for (let i = 1; i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (!token || token.text.length < 4 || !/\p{L}/u.test(token.text) || view.mentionAt.has(i)) continue;
    long++;
    if (capitalised.test(token.text)) upper++;
  }
  return long > 0 && upper / long > titleCaseShare;
}

/**
 * A capitalised trigger word is a name the entity stage did not catch: mid-sentence ("talks with Strike
 * Group"), or at the start coordinated with another name ("Shell and Glencore suspended…"). Headlines in
 * title case keep their capitalised verbs.
 */
function isUnmarkedName(view: SentenceView, at: number, titleCase: () => boolean): boolean {
  if (!capitalised.test(view.tokens[at]?.text ?? "")) return false;
  const opensSentence = at === 0 || openers.test(view.tokens[at - 1]?.text ?? "");
  if (opensSentence) return nameCoordinators.has(view.words[at + 1] ?? "") && capitalised.test(view.tokens[at + 2]?.text ?? "");
  return !titleCase();
}

/** Every lexicon trigger in the sentence, left to right, longest match first, no overlaps. */
export function findTriggers(view: SentenceView): TriggerHit[] {
  const index = triggerIndex();
  const hits: TriggerHit[] = [];
  let titleCase: boolean | undefined;
  const inTitleCase = (): boolean => (titleCase ??= isTitleCase(view));
  for (let at = 0; at < view.words.length; at++) {
    const candidates = index.get(view.words[at] ?? "");
    // Words inside a name are not triggers: "Rapid Support Forces", "Economic Cooperation Organization".
    if (!candidates || view.mentionAt.has(at) || isUnmarkedName(view, at, inTitleCase)) continue;
    const form = pickForm(view, at, candidates);
    if (!form) continue;
    const hit = codeHit(view, at, form);
    hits.push(hit);
    at = hit.last;
  }
  return hits;
}
