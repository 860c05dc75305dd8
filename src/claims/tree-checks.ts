import type { Syntax } from "../syntax/syntax-layer.js";
import { isRelation, subtree, word, wordAt } from "../syntax/tree.js";
import type { Attribution } from "./attribution.js";

// A source is a noun phrase: it never opens with a preposition, a subordinator or an infinitive marker ("to report",
// "before the administration would agree", "by Marc Headley written"), and never ends on one ("ready to say", "X
// and"); "both" of "both A and B" may open it.
const NOT_OPENING = new Set(["ADP", "SCONJ", "PART"]);
const NOT_CLOSING = new Set(["ADP", "SCONJ", "PART", "CCONJ"]);

/**
 * Whether the parse lets the words the rules took for a source be one. Without a parse every speaker is kept: the
 * rules alone decided before there was one.
 */
export function plausibleSource(syntax: Syntax | undefined, a: Attribution): boolean {
  if (syntax === undefined || a.speaker === null || a.cue.kind !== "verb") return true;
  const edge = (k: number) => {
    const w = a.sentence.words[k];
    return w === undefined ? undefined : syntax.words[wordAt(syntax, w.start)]?.upos;
  };
  const first = edge(a.speaker.first);
  const last = edge(a.speaker.last);
  return !(first && NOT_OPENING.has(first)) && !(last && NOT_CLOSING.has(last));
}

/**
 * "Pointing to the polls, the senator said …", "A resident, who asked not to be named, said …": the parse cuts from
 * the source what is not the verb's subject, a fronted phrase before it or a relative clause set off by a comma (PARC
 * keeps only identifying ones). It only narrows the rules' phrase at those two edges: a name's inner structure is
 * where the parse errs most, so it never decides where the subject itself starts or ends.
 */
export function withParsedSource(syntax: Syntax | undefined, a: Attribution): Attribution {
  if (syntax === undefined || a.speaker === null || a.cue.kind !== "verb") return a;
  const words = a.sentence.words;
  const cue = words[a.cue.first];
  const verb = cue ? wordAt(syntax, cue.start) : -1;
  const subject = verb < 0 ? undefined : (syntax.children[verb] ?? []).find((c) => word(syntax, c).deprel === "nsubj");
  if (subject === undefined) return a;
  const covered = subtree(syntax, subject);
  const opening = words.findIndex((w) => w.start === word(syntax, covered[0] ?? subject).start);
  const fronted = opening > a.speaker.first && words.slice(a.speaker.first, opening).every((w) => adverbialOf(syntax, verb, wordAt(syntax, w.start)));
  const first = fronted ? opening : a.speaker.first;
  const relative = commaRelative(syntax, subject);
  const comma = relative === null ? -1 : words.findIndex((w) => w.start === word(syntax, relative).start);
  const last = comma > first && comma <= a.speaker.last ? comma - 1 : a.speaker.last;
  if (last < first || (first === a.speaker.first && last === a.speaker.last)) return a;
  return { ...a, speaker: { first, last } };
}

// What a verb's adverbial covers: "Last week", "Afterward,", "Pointing to the polls,".
const ADVERBIALS = ["obl", "advmod", "advcl", "nmod:tmod", "punct"];

/** Word `i` lies in an adverbial of `verb` (or is the punctuation closing one). */
function adverbialOf(syntax: Syntax, verb: number, i: number): boolean {
  for (let k = i; k >= 0; ) {
    const w = word(syntax, k);
    if (w.head === verb) return ADVERBIALS.some((r) => isRelation(w.deprel, r));
    k = w.head;
  }
  return false;
}

/** The comma opening a relative clause on `head` ("a resident, who …"), or null. */
function commaRelative(syntax: Syntax, head: number): number | null {
  for (const c of syntax.children[head] ?? []) {
    if (!isRelation(word(syntax, c).deprel, "acl:relcl")) continue;
    // The parse hangs the opening comma on the clause or on the noun before it.
    const opening = subtree(syntax, c)[0] ?? 0;
    for (const k of [opening, opening - 1]) if (syntax.words[k]?.lemma === ",") return k;
  }
  return null;
}
