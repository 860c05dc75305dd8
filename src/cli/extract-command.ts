import { defaultLimits } from "../core/limits.js";
import { extractArticle } from "../extract/extract-article.js";
import { readInputs } from "../ingest/read-inputs.js";
import type { Output } from "./output.js";
import { reportFailure } from "./report-failure.js";

/** `sitrep extract`: the article stage alone, one `{input, article}` line per input. */
export async function extractCommand(paths: readonly string[], debug: boolean, io: Output): Promise<number> {
  let failed = 0;
  for await (const result of readInputs(paths, defaultLimits)) {
    try {
      if (!result.ok) throw result.error;
      io.out(`${JSON.stringify({ input: result.source.input, article: extractArticle(result.source, defaultLimits) })}\n`);
    } catch (error) {
      failed++;
      const problem = reportFailure(result.ok ? result.source.input : result.error.input, error, debug, io);
      io.out(`${JSON.stringify({ input: problem.input, error: problem.problem })}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
