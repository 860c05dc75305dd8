import { statSync } from "node:fs";
import { analyzeSource } from "../analyze.js";
import { toAnalysis } from "../analysis/analysis.js";
import { formatTextReport } from "../analysis/text-report.js";
import { defaultLimits } from "../core/limits.js";
import { extractArticle } from "../extract/extract-article.js";
import { readInputs } from "../ingest/read-inputs.js";
import type { Output } from "./output.js";
import { reportFailure } from "./report-failure.js";

export type AnalyzeFormat = "json" | "ndjson" | "text";

/** `sitrep analyze`: the full analysis of each input, printed; failed inputs are reported and the rest go on. */
export async function analyzeCommand(paths: readonly string[], format: AnalyzeFormat | undefined, debug: boolean, io: Output): Promise<number> {
  const chosen = format ?? (isSingleFile(paths) ? "json" : "ndjson");
  let failed = 0;
  for await (const result of readInputs(paths, defaultLimits)) {
    try {
      if (!result.ok) throw result.error;
      const analysis = toAnalysis(analyzeSource(result.source));
      if (chosen === "json") io.out(`${JSON.stringify(analysis, null, 2)}\n`);
      else if (chosen === "ndjson") io.out(`${JSON.stringify({ input: result.source.input, ...analysis })}\n`);
      else io.out(`${formatTextReport(analysis)}\n`);
    } catch (error) {
      failed++;
      const problem = reportFailure(result.ok ? result.source.input : result.error.input, error, debug, io);
      if (chosen === "ndjson") io.out(`${JSON.stringify({ input: problem.input, error: problem.problem })}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

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

function isSingleFile(paths: readonly string[]): boolean {
  const [only] = paths;
  if (paths.length !== 1 || only === undefined) return false;
  return only === "-" || !(statSync(only, { throwIfNoEntry: false })?.isDirectory() ?? false);
}
