/** The syntax layer as CoNLL-U, and a given CoNLL-U file's words filled in by the model. */
import { formatWord, parseConllu, type ConlluWord } from "./conllu.js";
import type { Syntax } from "./syntax-layer.js";
import type { SyntaxModel } from "./syntax-model.js";

/** One document's parse: a `# newdoc`, then per sentence `# sent_id` and `# text` comments and its words. */
export function syntaxToConllu(docId: string, text: string, syntax: Syntax): string {
  const lines = [`# newdoc id = ${docId}`];
  for (const sentence of syntax.sentences) {
    lines.push(`# sent_id = ${sentence.index + 1}`, `# text = ${text.slice(sentence.start, sentence.end).replace(/\s+/g, " ")}`);
    for (let i = sentence.firstWord; i < sentence.endWord; i++) {
      const w = syntax.words[i];
      if (w === undefined) continue;
      const next = syntax.words[i + 1];
      const joined = next !== undefined && i + 1 < sentence.endWord && next.start === w.end;
      lines.push(
        formatWord({
          id: i - sentence.firstWord + 1,
          form: w.form,
          lemma: w.lemma,
          upos: w.upos,
          xpos: w.xpos,
          feats: "_",
          head: w.head < 0 ? 0 : w.head - sentence.firstWord + 1,
          deprel: w.deprel,
          deps: "_",
          misc: joined ? "SpaceAfter=No" : "_",
        }),
      );
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Reads CoNLL-U whose tokens are given (ID and FORM; other columns may be `_`) and writes it back with UPOS, XPOS,
 * LEMMA, HEAD and DEPREL from the model. Comments and multiword-token or empty-node lines pass through unchanged.
 */
export function fillConllu(model: SyntaxModel, input: string): string {
  const out: string[] = [];
  for (const sentence of parseConllu(input)) {
    const analysis = model.analyse(sentence.words.map((w) => w.form));
    const filled = new Map<number, ConlluWord>(
      sentence.words.map((w, i) => [
        w.id,
        {
          ...w,
          lemma: analysis.lemmas[i] ?? "_",
          upos: analysis.upos[i] ?? "_",
          xpos: analysis.xpos[i] ?? "_",
          head: (analysis.heads[i] ?? -1) + 1,
          deprel: analysis.deprels[i] ?? "_",
        },
      ]),
    );
    for (const line of sentence.lines) {
      const id = line.startsWith("#") ? "" : (line.split("\t")[0] ?? "");
      const word = /^\d+$/.test(id) ? filled.get(Number(id)) : undefined;
      out.push(word === undefined ? line : formatWord(word));
    }
    out.push("");
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}
