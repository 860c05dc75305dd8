import type { Span } from "../core/span.js";
import type { Syntax } from "../syntax/syntax-layer.js";
import { isRelation, word, wordAt } from "../syntax/tree.js";
import type { Attribution } from "./attribution.js";
import { treeContent } from "./tree-content.js";

/**
 * The spans a claim reports, in the PARC 3.0 conventions annotators apply: the cue is the whole verb group, and the
 * content keeps its complementizer and its quotation marks. The rules find the bare words; this widens them.
 */
export function parcSpans(text: string, syntax: Syntax | undefined, a: Attribution): { cue: Span[]; content: Span[] } {
  const words = a.sentence.words;
  const first = words[a.cue.first];
  const last = words[a.cue.last];
  const bare = first && last && a.cue.last >= a.cue.first ? { start: first.start, end: last.end } : null;
  const cue = bare === null ? [] : [a.cue.kind === "verb" && syntax ? verbGroup(syntax, bare) : bare];
  return { cue, content: a.direct ? a.content.map((span) => withQuoteMarks(text, span)) : withComplementizer(a, syntax ? treeContent(text, syntax, a) : a.content) };
}

const OPENING = /[“„«‹"'‘「『]$/u;
const CLOSING = /^[,.;:!?…]*[”“"»›'’」』]/u;

/**
 * "“We will hold the line,” the general said": a quoted content keeps its marks and the punctuation inside them. A
 * quotation running over paragraphs keeps each paragraph's opening mark; only the last part has a closing one.
 */
function withQuoteMarks(text: string, span: Span): Span {
  const start = OPENING.test(text.slice(Math.max(0, span.start - 1), span.start)) ? span.start - 1 : span.start;
  const close = CLOSING.exec(text.slice(span.end, span.end + 4));
  return { start, end: span.end + (close?.[0].length ?? 0) };
}

// Left of a reporting verb, the words that belong to its group: "has", "could", "not", "once again", "also".
const GROUP = ["aux", "advmod"];

/**
 * "is once again questioning", "could not immediately confirm", "also claims": the auxiliaries, negation and adverbs
 * the parse attaches to the verb, as far left as they run unbroken. A subject inside the group ("did he say") stops
 * it, keeping the part next to the verb, which attributes most clearly.
 */
function verbGroup(syntax: Syntax, cue: Span): Span {
  const verb = wordAt(syntax, cue.start);
  if (verb < 0) return cue;
  const sentenceStart = syntax.sentences[word(syntax, verb).sentence]?.firstWord ?? 0;
  let start = cue.start;
  for (let k = verb - 1; k >= sentenceStart && attachesToGroup(syntax, k, verb); k--) start = word(syntax, k).start;
  return { start, end: cue.end };
}

/** The word is in the group: a child of the verb in a group relation, or inside such a child ("once" of "once again"). */
function attachesToGroup(syntax: Syntax, k: number, verb: number): boolean {
  for (let i = k; ; ) {
    const w = word(syntax, i);
    if (w.head === verb) return GROUP.some((r) => isRelation(w.deprel, r)) && w.upos !== "PUNCT";
    if (w.head < 0 || !isRelation(w.deprel, "advmod")) return false;
    i = w.head;
  }
}

const complementizers = new Set(["that", "whether", "if"]);

/** "said that the strikes …": the complementizer right before a reported clause belongs to its content. */
function withComplementizer(a: Attribution, content: readonly Span[]): Span[] {
  const [head, ...rest] = content;
  if (head === undefined) return [];
  const words = a.sentence.words;
  const at = words.findIndex((w) => w.start === head.start);
  const before = words[at - 1];
  if (at <= a.cue.last || before === undefined || !complementizers.has(before.lower)) return [...content];
  return [{ start: before.start, end: head.end }, ...rest];
}
