import { requireData, withData, withMessages, type Message } from "../core/doc.js";
import type { Stage } from "../core/stage.js";
import type { SyntaxSentence, Word } from "./syntax-layer.js";
import { tokenizeWords, type TextWord } from "./tokenizer.js";

/**
 * A sentence longer than this is parsed in consecutive chunks of this many words (a run-on list or a flattened
 * table), each its own tree, so parsing stays linear; the document gets a message saying so.
 */
export const MAX_SENTENCE_WORDS = 250;

/** Words, tags, lemmas and dependency trees for every sentence the annotate stage found. */
export const syntaxStage: Stage = {
  name: "syntax",
  run(doc, ctx) {
    const { sentences } = requireData(doc, "annotations", "syntax");
    const model = ctx.syntax();
    const words: Word[] = [];
    const parsed: SyntaxSentence[] = [];
    const messages: Message[] = [];
    for (const sentence of sentences) {
      const textWords = tokenizeWords(doc.article.text, sentence.start, sentence.end);
      if (textWords.length > MAX_SENTENCE_WORDS) {
        messages.push({
          stage: "syntax",
          level: "info",
          text: `a sentence of ${textWords.length} words was parsed in chunks of ${MAX_SENTENCE_WORDS}`,
          span: { start: sentence.start, end: sentence.end },
        });
      }
      for (let from = 0; from < textWords.length; from += MAX_SENTENCE_WORDS) {
        const chunk = textWords.slice(from, from + MAX_SENTENCE_WORDS);
        const analysis = model.analyse(chunk.map((w) => w.form));
        const first = words.length;
        chunk.forEach((w: TextWord, i) => {
          const head = analysis.heads[i] ?? -1;
          words.push({
            index: first + i,
            sentence: parsed.length,
            start: w.start,
            end: w.end,
            form: w.form,
            upos: analysis.upos[i] ?? "X",
            xpos: analysis.xpos[i] ?? "_",
            lemma: analysis.lemmas[i] ?? w.form,
            head: head < 0 ? -1 : first + head,
            deprel: analysis.deprels[i] ?? "dep",
          });
        });
        const last = chunk[chunk.length - 1];
        parsed.push({ index: parsed.length, start: chunk[0]?.start ?? sentence.start, end: last?.end ?? sentence.end, firstWord: first, endWord: words.length });
      }
    }
    return withMessages(withData(doc, "syntax", { words, sentences: parsed, children: childLists(words) }), messages);
  },
};

function childLists(words: readonly Word[]): number[][] {
  const children: number[][] = words.map(() => []);
  for (const w of words) if (w.head >= 0) children[w.head]?.push(w.index);
  return children;
}
