import { readFileSync } from "node:fs";
import { analyzeSource } from "../analyze.js";
import { annotateStage } from "../annotate/annotate-stage.js";
import { defaultLimits } from "../core/limits.js";
import { readInputs } from "../ingest/read-inputs.js";
import { fillConllu, syntaxToConllu } from "../syntax/conllu-output.js";
import { sharedSyntaxModel } from "../syntax/shared-model.js";
import { syntaxStage } from "../syntax/syntax-stage.js";
import type { Output } from "./output.js";
import { reportFailure } from "./report-failure.js";

export type ParseFormat = "conllu" | "json";

/** `sitrep parse FILE...`: the sentence model of each report's article text, as CoNLL-U or JSON lines. */
export async function parseCommand(paths: readonly string[], format: ParseFormat, debug: boolean, io: Output): Promise<number> {
  let failed = 0;
  for await (const result of readInputs(paths, defaultLimits)) {
    try {
      if (!result.ok) throw result.error;
      const doc = analyzeSource(result.source, { stages: [annotateStage, syntaxStage] });
      const syntax = doc.data.syntax;
      if (syntax === undefined) throw new Error("the syntax stage gave no parse");
      if (format === "conllu") io.out(syntaxToConllu(result.source.input, doc.article.text, syntax));
      else io.out(`${JSON.stringify({ input: result.source.input, sentences: syntax.sentences, words: syntax.words })}\n`);
    } catch (error) {
      failed++;
      reportFailure(result.ok ? result.source.input : result.error.input, error, debug, io);
    }
  }
  return failed > 0 ? 1 : 0;
}

/** `sitrep parse --tokenized FILE.conllu`: the given words tagged, lemmatized and parsed, in CoNLL-U. */
export function parseTokenizedCommand(paths: readonly string[], debug: boolean, io: Output): number {
  let failed = 0;
  for (const path of paths) {
    try {
      io.out(fillConllu(sharedSyntaxModel(), readFileSync(path === "-" ? 0 : path, "utf8")));
    } catch (error) {
      failed++;
      reportFailure(path, error, debug, io);
    }
  }
  return failed > 0 ? 1 : 0;
}
