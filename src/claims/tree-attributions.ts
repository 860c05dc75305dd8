import type { Span } from "../core/span.js";
import type { Syntax } from "../syntax/syntax-layer.js";
import { childrenOf, isRelation, negationOf, subtree, word, wordAt } from "../syntax/tree.js";
import type { Attribution, WordRange } from "./attribution.js";
import { lexicon, type VerbSpelling } from "./lexicon.js";
import type { SentenceWords } from "./words.js";

/**
 * Reports the word rules miss but the parse states plainly: a reporting verb with a subject and a clausal complement,
 * wherever they stand ("Arguing that …, Patrick has said he will …", "Vindman told lawmakers it was his duty …").
 * The rules' attributions come first; this only adds cues they did not take, so it raises recall without
 * overriding a reading the rules made.
 */
export function treeAttributions(sentence: SentenceWords, syntax: Syntax, found: readonly Attribution[]): Attribution[] {
  const added: Attribution[] = [];
  for (const [k, w] of sentence.words.entries()) {
    if (taken(found, sentence, k)) continue;
    const verb = wordAt(syntax, w.start);
    const attribution = verb < 0 ? null : w.lower === "according" ? accordingFromTree(sentence, syntax, k, verb) : fromTree(sentence, syntax, k, verb);
    if (attribution) added.push(attribution);
  }
  return added;
}

// Which complement a frame of the lexicon looks for in the tree: a finite clause, or an infinitive ("urged them to").
const CLAUSE_FRAMES = new Set(["that", "obj-that"]);
const INFINITIVE_FRAMES = new Set(["to", "obj-to"]);

function fromTree(sentence: SentenceWords, syntax: Syntax, k: number, verb: number): Attribution | null {
  const head = word(syntax, verb);
  const spelling = singleWord(sentence.words[k]?.lower ?? "");
  // A relative clause on a source tells about the source ("a farmer, who asked not to be named, said …"); the rules
  // read the relative attributions that do report ("…, which the ministry denied").
  if (head.upos !== "VERB" || spelling === undefined || isRelation(head.deprel, "acl")) return null;
  const { entry } = spelling;
  const complement = childrenOf(syntax, verb).find(
    (c) =>
      (isRelation(c.deprel, "ccomp") && entry.frames.some((f) => CLAUSE_FRAMES.has(f))) ||
      (isRelation(c.deprel, "xcomp") && entry.frames.some((f) => INFINITIVE_FRAMES.has(f)) && hasMark(syntax, c, "to")),
  );
  const subject = childrenOf(syntax, verb, "nsubj").find((c) => c.deprel !== "nsubj:pass");
  if (!complement || !subject || RELATIVES.has(subject.lemma.toLowerCase())) return null;
  const speaker = wordRange(sentence, syntax, syntax.words.indexOf(subject));
  const content = wordRange(sentence, syntax, syntax.words.indexOf(complement));
  const first = sentence.words[content?.first ?? -1];
  const last = sentence.words[content?.last ?? -1];
  // Inside a quotation the whole report must be inside it: "“I think the talks failed,” she said" nests the
  // speaker's own belief in her words.
  const source = sentence.words[speaker?.first ?? -1];
  const cue = sentence.words[k];
  if (!speaker || !first || !last || !source || first.quote !== cue?.quote || last.quote !== cue?.quote || source.quote !== cue?.quote) return null;
  const negated = negationOf(syntax, verb).length > 0;
  return {
    cue: {
      kind: "verb",
      first: k,
      last: k,
      stance: negated ? (entry.negated ?? "assert") : entry.stance,
      verb: entry,
      form: spelling.form,
      passive: false,
      ...(negated && !entry.negated ? { negated } : {}),
    },
    sentence,
    speaker,
    borrowsSpeaker: false,
    content: [{ start: first.start, end: last.end } satisfies Span],
    quotes: [],
    direct: false,
    clausal: true,
    channel: null,
  };
}

const RELATIVES = new Set(["who", "which", "that", "whom"]);

/**
 * "Over 300 people were killed according to the ministry": without the comma the rules rely on, the parse still
 * tells that the phrase closes the sentence, so all before it is what the source says. A phrase opening the sentence
 * without its comma ("According to the Saudi Interior Ministry over 345 pilgrims have been killed") is read only
 * where the parse hangs it on the main verb as an oblique and the verb's subject starts right after it: "According to
 * the ministry dozens of people …" runs two noun phrases together, and a parse that fuses them is no guide.
 */
function accordingFromTree(sentence: SentenceWords, syntax: Syntax, k: number, according: number): Attribution | null {
  const words = sentence.words;
  const head = word(syntax, according);
  if (!isRelation(head.deprel, "case") || head.head < 0 || words[k + 1]?.lower !== "to") return null;
  const source = wordRange(sentence, syntax, head.head);
  const lastWord = words.findLastIndex((w) => !isPunctuation(w.text));
  if (!source || source.first !== k || source.last < k + 2) return null;
  const content = source.last === lastWord && k >= 2 ? closedBy(words, k) : opensClause(sentence, syntax, k, head.head, source.last, lastWord);
  if (!content) return null;
  return {
    cue: { kind: "according", first: k, last: k + 1, stance: "assert", passive: false },
    sentence,
    speaker: { first: k + 2, last: source.last },
    borrowsSpeaker: false,
    content: [content],
    quotes: [],
    direct: false,
    clausal: true,
    channel: null,
  };
}

/** The words before a closing "according to …", when none is quoted. */
function closedBy(words: SentenceWords["words"], k: number): Span | null {
  let to = k - 1;
  while (to > 0 && isPunctuation(words[to]?.text ?? "")) to--;
  const first = words[0];
  const last = words[to];
  return !first || !last || first.quote || last.quote ? null : { start: first.start, end: last.end };
}

/** The clause after an opening "according to X" with no comma, when the parse makes X its verb's oblique and its subject follows. */
function opensClause(sentence: SentenceWords, syntax: Syntax, k: number, source: number, sourceLast: number, lastWord: number): Span | null {
  const words = sentence.words;
  const phrase = word(syntax, source);
  const next = words[sourceLast + 1];
  const last = words[lastWord];
  if (k !== 0 || !isRelation(phrase.deprel, "obl") || phrase.head < 0 || !next || !last || next.quote || last.quote || isPunctuation(next.text)) return null;
  const subject = childrenOf(syntax, phrase.head).find((c) => isRelation(c.deprel, "nsubj"));
  const opening = subject === undefined ? undefined : word(syntax, subtree(syntax, subject.index)[0] ?? subject.index);
  return opening?.start === next.start ? { start: next.start, end: last.end } : null;
}

const isPunctuation = (text: string) => /^\p{P}+$/u.test(text);

function singleWord(lower: string): VerbSpelling | undefined {
  return lexicon().verbs.get(lower)?.find((s) => s.rest.length === 0);
}

function hasMark(syntax: Syntax, w: { start: number }, mark: string): boolean {
  return childrenOf(syntax, wordAt(syntax, w.start), "mark").some((m) => m.lemma.toLowerCase() === mark);
}

/** The sentence words a tree node's subtree covers, without punctuation at its edges. */
function wordRange(sentence: SentenceWords, syntax: Syntax, node: number): WordRange | null {
  const covered = subtree(syntax, node).map((i) => word(syntax, i)).filter((w) => w.upos !== "PUNCT");
  const start = covered[0]?.start;
  const end = covered.at(-1)?.end;
  if (start === undefined || end === undefined) return null;
  const first = sentence.words.findIndex((w) => w.start === start);
  const last = sentence.words.findIndex((w) => w.end === end);
  return first < 0 || last < first ? null : { first, last };
}

/** The word is a cue or inside a source of an attribution the rules found. */
function taken(found: readonly Attribution[], sentence: SentenceWords, k: number): boolean {
  return found.some(
    (a) => a.sentence.index === sentence.index && ((a.cue.first <= k && k <= a.cue.last) || (a.speaker !== null && a.speaker.first <= k && k <= a.speaker.last)),
  );
}
