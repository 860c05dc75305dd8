/**
 * The one lexicon of reporting verbs and nouns. Claims read every entry; events and entities read the verbs of
 * speech, whose forms end a reporter's clause ("the ministry said Russian drones…") or make a name a source ("Ruto
 * said"). One table, so that the stages cannot disagree about what reports speech.
 */
import nounData from "../../data/lexicon/reporting-nouns.json" with { type: "json" };
import verbData from "../../data/lexicon/reporting-verbs.json" with { type: "json" };
import { classifyForm, nounForms, verbForms, type VerbForm } from "../annotate/inflection.js";

export type ReportingStance = "assert" | "deny" | "demand" | "warn" | "promise" | "question";

/** What PARC 3.0 says is attributed: words, a belief, knowledge, an intention, a desire, a demand, support, a decree, evidence. */
export type AttributionKind = "statement" | "belief" | "knowledge" | "intention" | "desire" | "demand" | "support" | "decree" | "evidence";

export interface ReportingVerb {
  readonly lemma: string;
  readonly stance: ReportingStance;
  /** What the verb attributes; absent: a statement. */
  readonly kind?: AttributionKind;
  /** Typical complements: "that", "quote", "obj", "obj-to", "obj-that", "of", … */
  readonly frames: readonly string[];
  /** Stance when negated ("did not confirm" → deny); absent: a negated claim that keeps the plain stance. */
  readonly negated?: ReportingStance;
  /** Takes a clause without "that" ("he said the talks failed"). */
  readonly bare?: boolean;
  /** A verb of speech proper: its subject is the one who speaks. */
  readonly speech?: boolean;
  /** Irregular forms, replacing the inflector's guesses. */
  readonly forms?: readonly string[];
}

export interface ReportingNoun {
  readonly noun: string;
  readonly stance: ReportingStance;
  readonly channel?: boolean;
  readonly reference?: boolean;
}

export const reportingVerbs: readonly ReportingVerb[] = verbData as ReportingVerb[];
export const reportingNouns: readonly ReportingNoun[] = nounData as ReportingNoun[];

/** Every spelling of a verb's first word with its form: given irregular forms, else the regular ones. */
export function spellings(verb: ReportingVerb): ReadonlyMap<string, VerbForm> {
  const head = verb.lemma.split(" ")[0] ?? verb.lemma;
  if (verb.forms === undefined) return verbForms(head);
  return new Map([[head, "base"] as const, ...verb.forms.map((f) => [f, classifyForm(head, f)] as const)]);
}

/**
 * The finite forms of the one-word verbs of speech ("said", "says", "told"), leaving out forms that are also
 * reporting nouns ("claims", "reports"), which after a name make a noun phrase rather than a clause. A base form
 * counts only for the irregular verbs ("say", "tell"): regular bases are often nouns too ("state", "stress").
 */
export function speechVerbForms(): ReadonlySet<string> {
  const nouns = new Set(reportingNouns.flatMap((n) => nounForms(n.noun)));
  const forms = new Set<string>();
  for (const verb of reportingVerbs) {
    if (verb.speech !== true || verb.lemma.includes(" ")) continue;
    for (const [form, kind] of spellings(verb)) {
      const finite = kind === "past" || kind === "present" || (kind === "base" && verb.forms !== undefined);
      if (finite && !nouns.has(form)) forms.add(form);
    }
  }
  return forms;
}

let stanceBySpelling: Map<string, ReportingStance> | undefined;

/** The stance the lexicon gives a cue's verb ("urged" → demand), or null when its first word is no reporting verb. */
export function verbStance(cue: string): ReportingStance | null {
  stanceBySpelling ??= new Map(reportingVerbs.flatMap((verb) => [...spellings(verb).keys()].map((form) => [form, verb.stance] as const)).reverse());
  return stanceBySpelling.get(cue.trim().split(/\s+/u)[0]?.toLowerCase() ?? "") ?? null;
}
