import triggerData from "../../data/events/triggers.json" with { type: "json" };
import cueData from "../../data/events/cues.json" with { type: "json" };
import type { PloverType } from "./event.js";
import { nounForms, verbForms, type VerbForm } from "../annotate/inflection.js";
import { speechVerbForms } from "../lexicon/reporting-verbs.js";

/** A sentence word near the trigger that recodes it ("aid" near "suspended" is a SANCTION). */
export interface ContextRule {
  readonly near: readonly string[];
  /** The word must stand right before the trigger ("air strike", "general strike"), not just nearby. */
  readonly adjacent?: boolean;
  readonly type: PloverType;
  readonly mode?: string;
}

/** One lexicon entry of data/events/triggers.json (documented in data/events/README.md). */
export interface TriggerEntry {
  readonly w: string;
  readonly pos: "verb" | "noun" | "modal";
  readonly type: PloverType;
  readonly mode?: string;
  readonly governs?: boolean;
  readonly inverse?: boolean;
  readonly symmetric?: boolean;
  /** A third party hosts or brokers: the subject acts, the sides named after "between"/"with" receive. */
  readonly mediates?: boolean;
  readonly needsBefore?: readonly string[];
  readonly needsAfter?: readonly string[];
  readonly notBefore?: readonly string[];
  readonly notAfter?: readonly string[];
  readonly context?: readonly ContextRule[];
  readonly lowercaseOnly?: boolean;
  /** A governing trigger that is an event only with a complement of these types ("warned that police will break up rallies"). */
  readonly needsComplement?: readonly PloverType[];
  /** Its past form before a common noun is an adjective ("alleged bombers", "accused officials"). */
  readonly adjectival?: boolean;
  /** What is acted on must be a thing, not a person or party ("interrupted supplies", not "interrupted the chancellor"). */
  readonly undergoerIsThing?: boolean;
  /** The word has common senses outside politics ("provide", "meet", "offer"): an event only with both sides named. */
  readonly everyday?: boolean;
  readonly fixed?: VerbForm;
  readonly past?: string;
  readonly participle?: string;
  readonly gerund?: string;
  readonly present?: string;
  readonly plural?: string;
}

/** A surface form of an entry: its lower-cased words and what tense the form carries. */
export interface TriggerForm {
  readonly words: readonly string[];
  /** null for nouns and modals. */
  readonly form: VerbForm | null;
  readonly entry: TriggerEntry;
}

export type Cues = typeof cueData;

export const cues: Cues = cueData;

/** Words that end a reporter's clause: the shared verbs of speech, and "according" of "according to". */
export const reportingVerbs: ReadonlySet<string> = new Set([...speechVerbForms(), "according"]);

function phraseForms(entry: TriggerEntry): { phrase: string; form: VerbForm | null }[] {
  if (entry.pos === "modal") return [{ phrase: entry.w, form: null }];
  if (entry.pos === "noun") {
    const [head, ...rest] = entry.w.split(" ").reverse();
    const tail = rest.reverse().join(" ");
    const plurals = entry.plural ? [entry.w, entry.plural] : nounForms(head ?? "").map((n) => (tail ? `${tail} ${n}` : n));
    return [...new Set(plurals)].map((phrase) => ({ phrase, form: null }));
  }
  if (entry.fixed) return [{ phrase: entry.w, form: entry.fixed }];
  const [first = "", ...particles] = entry.w.split(" ");
  const suffix = particles.length > 0 ? ` ${particles.join(" ")}` : "";
  const regular = [...verbForms(first)].map(([word, form]) => ({ phrase: `${word}${suffix}`, form }));
  const overrides: { phrase: string; form: VerbForm }[] = [];
  if (entry.past) overrides.push({ phrase: entry.past, form: "past" });
  if (entry.participle) overrides.push({ phrase: entry.participle, form: "participle" });
  if (entry.gerund) overrides.push({ phrase: entry.gerund, form: "gerund" });
  if (entry.present) overrides.push({ phrase: entry.present, form: "present" });
  const replaced = new Set(overrides.map((o) => o.form));
  // An irregular past replaces the regular one; a regular past doubles as the participle.
  const kept = regular.filter((f) => !replaced.has(f.form) && !(f.form === "past" && replaced.has("participle") && !replaced.has("past")));
  return [...kept, ...overrides];
}

let index: Map<string, TriggerForm[]> | null = null;

/** First word → the forms starting with it, longest first, built once on first use. */
export function triggerIndex(): Map<string, TriggerForm[]> {
  if (index) return index;
  const built = new Map<string, TriggerForm[]>();
  for (const entry of triggerData.triggers as readonly TriggerEntry[]) {
    for (const { phrase, form } of phraseForms(entry)) {
      const words = phrase.toLowerCase().split(" ");
      const key = words[0] ?? "";
      const list = built.get(key) ?? [];
      list.push({ words, form, entry });
      built.set(key, list);
    }
  }
  for (const list of built.values()) list.sort((a, b) => b.words.length - a.words.length);
  index = built;
  return built;
}
