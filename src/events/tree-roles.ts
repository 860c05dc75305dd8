import type { Span } from "../core/span.js";
import type { Syntax } from "../syntax/syntax-layer.js";
import { childrenOf, isPassive, isRelation, subtreeSpan, word, wordAt } from "../syntax/tree.js";
import type { TriggerHit } from "./find-triggers.js";
import { partyKind } from "../lexicon/party-nouns.js";
import type { Word } from "../syntax/syntax-layer.js";
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

/** The words that head the phrases in each role, nearest relation first. */
interface RoleHeads {
  readonly actor: readonly number[];
  readonly recipient: readonly number[];
}

const RECIPIENT_CASES = new Set([...TARGET_CASES, "to", "with"]);

/**
 * Roles from the parse: the subject (or a passive's "by" agent) acts; the object (or a passive's subject, or an
 * "on"/"against" oblique) is acted on. A noun's possessor or "by" phrase acts and its "on"/"against"/"of" phrase is
 * acted on ("Russia's attack on Kyiv", "the shelling of Kharkiv by …"). A verb without a subject of its own takes
 * its controller's ("decided to strike", "attacked and seized").
 */
function roleHeads(syntax: Syntax, head: number, noun: boolean, recipientCases: ReadonlySet<string>): RoleHeads {
  if (noun) {
    return {
      actor: [...childrenOf(syntax, head, "nmod:poss").map((w) => w.index), ...withCase(syntax, head, "nmod", new Set(["by"]))],
      recipient: withCase(syntax, head, "nmod", new Set([...recipientCases, "of"])),
    };
  }
  if (isPassive(syntax, head)) {
    // The agent as "obl:agent" or as any "by" oblique: the parser often leaves the subtype off.
    return { actor: withCase(syntax, head, "obl", new Set(["by"])), recipient: childrenOf(syntax, head, "nsubj:pass").map((w) => w.index) };
  }
  const objects = [...childrenOf(syntax, head, "obj"), ...childrenOf(syntax, head, "iobj")].map((w) => w.index);
  return { actor: subjectOf(syntax, head), recipient: [...objects, ...withCase(syntax, head, "obl", recipientCases)] };
}

/** The parse's word at the trigger's first token, or -1. */
export function triggerHead(syntax: Syntax, view: SentenceView, hit: TriggerHit): number {
  const start = view.tokens[hit.first]?.start;
  return start === undefined ? -1 : wordAt(syntax, start);
}

export function treeRoles(syntax: Syntax, view: SentenceView, hit: TriggerHit): TreeRoles {
  const head = triggerHead(syntax, view, hit);
  if (head < 0) return { actor: undefined, recipient: undefined };
  const heads = roleHeads(syntax, head, hit.noun, TARGET_CASES);
  return { actor: firstMention(syntax, view, heads.actor), recipient: firstMention(syntax, view, heads.recipient) };
}

/** Whether a role's phrase names a party (or, where `weapons` allows, a weapon): a mention that can act, a party noun, a pronoun. */
function namesParty(syntax: Syntax, view: SentenceView, heads: readonly number[], weapons: boolean): boolean {
  if (firstMention(syntax, view, heads)) return true;
  return heads.some((index) => {
    const own = relativeAntecedent(syntax, index);
    const kind = partyKind(own.lemma.toLowerCase());
    return kind === "party" || (weapons && kind === "weapon");
  });
}

/** "Freedom Magazine, which attacked …": a relative pronoun stands for the noun its clause modifies. */
function relativeAntecedent(syntax: Syntax, index: number): Word {
  const own = word(syntax, index);
  if (own.upos !== "PRON" || !["which", "that"].includes(own.lemma.toLowerCase())) return own;
  const clause = word(syntax, own.head);
  return isRelation(clause.deprel, "acl") && clause.head >= 0 ? word(syntax, clause.head) : own;
}

/** Whether the parse shows a party acting (a weapon counts: "missiles struck the port") and a party acted on. */
export function partyRoles(syntax: Syntax, view: SentenceView, hit: TriggerHit): { actor: boolean; recipient: boolean } {
  const head = triggerHead(syntax, view, hit);
  if (head < 0) return { actor: false, recipient: false };
  const heads = roleHeads(syntax, head, hit.noun, RECIPIENT_CASES);
  return { actor: namesParty(syntax, view, heads.actor, true), recipient: namesParty(syntax, view, heads.recipient, false) };
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

/** Whether what the verb at `start` acts on (its object, or a passive's subject) is a party. */
export function actsOnParty(syntax: Syntax, view: SentenceView, start: number): boolean {
  const head = wordAt(syntax, start);
  return head >= 0 && namesParty(syntax, view, roleHeads(syntax, head, false, new Set()).recipient, false);
}
