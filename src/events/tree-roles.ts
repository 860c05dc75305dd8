import type { Span } from "../core/span.js";
import type { Syntax } from "../syntax/syntax-layer.js";
import { childrenOf, isPassive, isRelation, subtreeSpan, word, wordAt } from "../syntax/tree.js";
import type { TriggerHit } from "./find-triggers.js";
import { canAct } from "./participants.js";
import type { PlacedMention, SentenceView } from "./sentence-view.js";

/** Who acts and who is acted on, as the dependency tree states it around a trigger. */
export interface TreeRoles {
  readonly actor: PlacedMention | undefined;
  readonly recipient: PlacedMention | undefined;
}

// The words that name a phrase's referent: its head and what qualifies it ("Russian troops", "Ukraine's army",
// "the spokesman, John Kirby"), not places or times hung on it ("police in Minsk" are not Belarus).
const NAMING = ["compound", "amod", "nmod:poss", "appos", "flat", "det"];
const TARGET_CASES = new Set(["on", "against", "at"]);

/**
 * Roles from the parse: the subject (or a passive's "by" agent) acts; the object (or a passive's subject, or an
 * "on"/"against" oblique) is acted on. A noun's possessor or "by" phrase acts and its "on"/"against"/"of" phrase is
 * acted on ("Russia's attack on Kyiv", "the shelling of Kharkiv by …"). A verb without a subject of its own takes
 * its controller's ("decided to strike", "attacked and seized").
 */
export function treeRoles(syntax: Syntax, view: SentenceView, hit: TriggerHit): TreeRoles {
  const start = view.tokens[hit.first]?.start;
  const head = start === undefined ? -1 : wordAt(syntax, start);
  if (head < 0) return { actor: undefined, recipient: undefined };
  const find = (indexes: readonly number[]) => firstMention(syntax, view, indexes);
  if (hit.noun) {
    return {
      actor: find([...childrenOf(syntax, head, "nmod:poss").map((w) => w.index), ...withCase(syntax, head, "nmod", new Set(["by"]))]),
      recipient: find(withCase(syntax, head, "nmod", new Set([...TARGET_CASES, "of"]))),
    };
  }
  if (isPassive(syntax, head)) {
    // The agent as "obl:agent" or as any "by" oblique: the parser often leaves the subtype off.
    return { actor: find(withCase(syntax, head, "obl", new Set(["by"]))), recipient: find(childrenOf(syntax, head, "nsubj:pass").map((w) => w.index)) };
  }
  const objects = [...childrenOf(syntax, head, "obj"), ...childrenOf(syntax, head, "iobj")].map((w) => w.index);
  return { actor: find(subjectOf(syntax, head)), recipient: find([...objects, ...withCase(syntax, head, "obl", TARGET_CASES)]) };
}

/**
 * The verb's own subject, else that of the verb it is controlled by or coordinated with. Past the verb itself any
 * subject counts: "Hamas has tried to attack", even when the parser takes "tried" for a passive.
 */
function subjectOf(syntax: Syntax, verb: number): number[] {
  for (let i = verb, depth = 0; i >= 0 && depth < 3; depth++) {
    const subjects = childrenOf(syntax, i, "nsubj").filter((w) => i !== verb || w.deprel === "nsubj");
    if (subjects.length > 0) return subjects.map((w) => w.index);
    const w = word(syntax, i);
    if (!(isRelation(w.deprel, "xcomp") || isRelation(w.deprel, "conj"))) return [];
    i = w.head;
  }
  return [];
}

/** Children in `relation` whose case marker is one of `cases` ("on Kyiv", "by the army"). */
function withCase(syntax: Syntax, head: number, relation: string, cases: ReadonlySet<string>): number[] {
  return childrenOf(syntax, head, relation)
    .filter((c) => childrenOf(syntax, c.index, "case").some((k) => cases.has(k.lemma.toLowerCase())))
    .map((c) => c.index);
}

/** The mention that can act, inside the first phrase whose naming words hold one: the one at the phrase's head first. */
function firstMention(syntax: Syntax, view: SentenceView, heads: readonly number[]): PlacedMention | undefined {
  for (const head of heads) {
    const own = word(syntax, head);
    const naming: Span[] = [own, ...childrenOf(syntax, head).filter((c) => NAMING.some((r) => isRelation(c.deprel, r))).map((c) => subtreeSpan(syntax, c.index))];
    const names = (pm: PlacedMention) => naming.some((span) => pm.mention.start < span.end && span.start < pm.mention.end);
    const inside = view.mentions.filter((pm) => names(pm) && canAct(pm));
    const found = inside.find((pm) => pm.mention.start <= own.start && own.end <= pm.mention.end) ?? inside[0];
    if (found) return found;
  }
  return undefined;
}

/** Whether what the verb at `start` acts on (its object, or a passive's subject) is a party that can act. */
export function actsOnParty(syntax: Syntax, view: SentenceView, start: number): boolean {
  const head = wordAt(syntax, start);
  if (head < 0) return false;
  const undergoers = isPassive(syntax, head) ? childrenOf(syntax, head, "nsubj:pass") : childrenOf(syntax, head, "obj");
  return firstMention(syntax, view, undergoers.map((w) => w.index)) !== undefined;
}
