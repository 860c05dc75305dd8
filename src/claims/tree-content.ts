import type { Span } from "../core/span.js";
import type { Syntax } from "../syntax/syntax-layer.js";
import { childrenOf, isRelation, subtreeSpan, word, wordAt } from "../syntax/tree.js";
import type { Attribution } from "./attribution.js";

/** The dependents of a reporting verb that are what was said: a finite clause or an infinitive. */
const CLAUSES = ["ccomp", "xcomp"];
const ADDRESSEES = ["obj", "iobj"];
/** Verbs whose object is the one told (" told the committee he …", "urged Americans to …"), not part of what was said. */
const ADDRESSING_FRAMES = new Set(["obj-that", "obj-to"]);

interface Dependent {
  readonly index: number;
  readonly deprel: string;
  readonly span: Span;
}

const OPENING_MARK = /[“"‘']/u;

const inside = (offset: number, span: Span) => span.start <= offset && offset < span.end;

/** The cue's verb: the last word of the cue the parse tags a verb ("do not indicate", "has told"). */
function cueVerb(syntax: Syntax, a: Attribution): number {
  for (let k = a.cue.last; k >= a.cue.first; k--) {
    const at = a.sentence.words[k];
    const index = at ? wordAt(syntax, at.start) : -1;
    if (index >= 0 && word(syntax, index).upos === "VERB") return index;
  }
  return -1;
}

/**
 * An indirect content with the start the parse gives it, in PARC's conventions:
 * - "told the committee he tried …", "urged Americans to donate": the addressee, an addressing verb's object before
 *   the clause that was said, is not part of it;
 * - "do not indicate it was caused …", "did not know others were conveying …": the reported clause's subject is.
 * Only the start moves: where a content ends the parse knows less well than the rules (it hangs a later "but …" or
 * "after …" on the reporting verb as often as on the reported clause).
 */
export function treeContent(text: string, syntax: Syntax, a: Attribution): readonly Span[] {
  const [span, ...rest] = a.content;
  const verb = cueVerb(syntax, a);
  const cueEnd = a.sentence.words[a.cue.last]?.end;
  if (a.direct || span === undefined || rest.length > 0 || verb < 0 || cueEnd === undefined || span.start < cueEnd) return a.content;
  const dependents: Dependent[] = childrenOf(syntax, verb)
    .filter((c) => c.upos !== "PUNCT" && c.start >= cueEnd)
    .map((c) => ({ index: c.index, deprel: c.deprel, span: subtreeSpan(syntax, c.index, ["punct"]) }));
  const home = dependents.find((d) => inside(span.start, d.span));
  const isClause = (d: Dependent) => CLAUSES.some((r) => isRelation(d.deprel, r));
  const addressing = a.cue.verb?.frames.some((f) => ADDRESSING_FRAMES.has(f)) ?? false;
  const told =
    home && addressing && ADDRESSEES.some((r) => isRelation(home.deprel, r))
      ? dependents.find((d) => d.span.start >= home.span.end && d.span.start < span.end && isClause(d))
      : undefined;
  const clause = told ?? (home && isClause(home) ? home : undefined);
  if (!clause) return a.content;
  const front = clauseFront(syntax, clause.index);
  const start = told ? clause.span.start : front.start;
  // The addressee's clause must open as one ("that", "to", a subject); else the parse is unsure where it starts.
  if (told && !front.opened) return a.content;
  // The rules' start stands when it is inside the clause's subject ("told Reuters Kyiv had asked": where a name ends
  // the parse may not know), at its complementizer, or past its verb; the parse only gives back a subject cut off.
  if (!told && (start >= span.start || span.start < front.subjectEnd || front.markAt >= span.start || span.start > word(syntax, clause.index).start)) return a.content;
  // A clause reaching left of the cue ("the solution, he said, is …") is a split content: left alone.
  if (start < cueEnd || start >= span.end || start === span.start) return a.content;
  // "urged lawmakers \"not to lose sight of\" …": an opening mark the content had stays with it.
  const quoted = start > span.start && OPENING_MARK.test(text.slice(start - 1, start));
  return [{ start: start - (quoted ? 1 : 0), end: span.end }];
}

/** The words before a clause's verb that open it: "that", its subject, "not to", auxiliaries. */
const FRONT = ["mark", "nsubj", "expl", "advmod", "aux", "cop"];

/**
 * Where a clause opens (its complementizer, subject, negation and auxiliaries), where its subject ends, where its
 * complementizer stands, and whether it has either.
 */
function clauseFront(syntax: Syntax, head: number): { start: number; subjectEnd: number; markAt: number; opened: boolean } {
  const verb = word(syntax, head);
  let start = verb.start;
  let subjectEnd = -1;
  let markAt = -1;
  for (const child of childrenOf(syntax, head)) {
    if (child.start > verb.start || !FRONT.some((r) => isRelation(child.deprel, r))) continue;
    const covered = subtreeSpan(syntax, child.index, ["punct"]);
    start = Math.min(start, covered.start);
    if (isRelation(child.deprel, "nsubj") || isRelation(child.deprel, "expl")) subjectEnd = Math.max(subjectEnd, covered.end);
    if (isRelation(child.deprel, "mark")) markAt = Math.max(markAt, child.start);
  }
  return { start, subjectEnd, markAt, opened: subjectEnd >= 0 || markAt >= 0 };
}
