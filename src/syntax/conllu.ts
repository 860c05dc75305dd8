/**
 * CoNLL-U, the Universal Dependencies file format: read treebanks for training and scoring, and write parses back.
 * Multiword-token lines (`3-4`) and empty nodes (`5.1`) are kept as raw lines so that a round trip leaves them unchanged.
 */

export interface ConlluWord {
  /** 1-based position in the sentence. */
  readonly id: number;
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly xpos: string;
  readonly feats: string;
  /** 0 for the root; -1 when the file gives `_`. */
  readonly head: number;
  readonly deprel: string;
  readonly deps: string;
  readonly misc: string;
}

export interface ConlluSentence {
  /** Comment lines, `#` included, in order. */
  readonly comments: readonly string[];
  readonly words: readonly ConlluWord[];
  /** Every line as read, in order: comments, multiword and empty-node lines, word lines. */
  readonly lines: readonly string[];
}

const UNDERSCORE = "_";

export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let comments: string[] = [];
  let words: ConlluWord[] = [];
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length > 0) sentences.push({ comments, words, lines });
    comments = [];
    words = [];
    lines = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") {
      flush();
      continue;
    }
    lines.push(line);
    if (line.startsWith("#")) {
      comments.push(line);
      continue;
    }
    const cols = line.split("\t");
    const id = cols[0] ?? "";
    if (!/^\d+$/.test(id)) continue;
    words.push(wordFromColumns(cols));
  }
  flush();
  return sentences;
}

function wordFromColumns(cols: readonly string[]): ConlluWord {
  const col = (i: number): string => cols[i] ?? UNDERSCORE;
  const head = col(6);
  return {
    id: Number(col(0)),
    form: col(1),
    lemma: col(2),
    upos: col(3),
    xpos: col(4),
    feats: col(5),
    head: /^\d+$/.test(head) ? Number(head) : -1,
    deprel: col(7),
    deps: col(8),
    misc: col(9),
  };
}

export function formatWord(word: ConlluWord): string {
  const head = word.head < 0 ? UNDERSCORE : String(word.head);
  return [word.id, word.form, word.lemma, word.upos, word.xpos, word.feats, head, word.deprel, word.deps, word.misc].join("\t");
}

/** The value of a `# key = value` comment, or null. */
export function commentValue(sentence: ConlluSentence, key: string): string | null {
  const prefix = `# ${key} =`;
  const line = sentence.comments.find((c) => c.startsWith(prefix));
  return line === undefined ? null : line.slice(prefix.length).trim();
}

/** Whether the word is followed by a space in the original text (MISC `SpaceAfter=No` says it is not). */
export function spaceAfter(word: ConlluWord): boolean {
  return !word.misc.split("|").includes("SpaceAfter=No");
}
