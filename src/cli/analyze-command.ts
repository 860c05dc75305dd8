import { statSync } from "node:fs";
import { analyzeSource } from "../analyze.js";
import { toAnalysis } from "../analysis/analysis.js";
import { formatTextReport } from "../analysis/text-report.js";
import { defaultLimits } from "../core/limits.js";
import { readInputs } from "../ingest/read-inputs.js";
import type { Output } from "./output.js";
import { reportFailure } from "./report-failure.js";

export type AnalyzeFormat = "json" | "ndjson" | "text";

/**
 * `sitrep analyze`: the full analysis of each input, printed; failed inputs are reported and the rest go on.
 * `json` is one JSON value: the analysis itself when the only input is one file holding one report, else an array
 * of what ndjson prints one per line (`{input, ...analysis}`, or `{input, error}` for a failed input).
 */
export async function analyzeCommand(paths: readonly string[], format: AnalyzeFormat | undefined, debug: boolean, io: Output): Promise<number> {
  const singleFile = isSingleFile(paths);
  const chosen = format ?? (singleFile ? "json" : "ndjson");
  const array = jsonArray(io);
  let failed = 0;
  let bare = false;
  for await (const result of readInputs(paths, defaultLimits)) {
    const input = result.ok ? result.source.input : result.error.input;
    // Bare: the one report of the one file, printed as itself. A container's items are named `FILE#item 2`, so a
    // feed stays a list even when it holds one item.
    bare = chosen === "json" && singleFile && input === paths[0];
    try {
      if (!result.ok) throw result.error;
      const analysis = toAnalysis(analyzeSource(result.source));
      if (chosen === "text") io.out(`${formatTextReport(analysis)}\n`);
      else if (bare) io.out(`${JSON.stringify(analysis, null, 2)}\n`);
      else if (chosen === "json") array.add({ input, ...analysis });
      else io.out(`${JSON.stringify({ input, ...analysis })}\n`);
    } catch (error) {
      failed++;
      const problem = reportFailure(input, error, debug, io);
      const line = { input: problem.input, error: problem.problem };
      if (chosen === "json" && !bare) array.add(line);
      else if (chosen === "ndjson") io.out(`${JSON.stringify(line)}\n`);
    }
  }
  if (chosen === "json" && !bare) array.end();
  return failed > 0 ? 1 : 0;
}

/** A JSON array printed one pretty-printed element at a time, so a long run never holds all its analyses. */
function jsonArray(io: Output): { add(value: object): void; end(): void } {
  let count = 0;
  const indent = (json: string) => json.replace(/^/gm, "  ");
  return {
    add: (value) => io.out(`${count++ === 0 ? "[\n" : ",\n"}${indent(JSON.stringify(value, null, 2))}`),
    end: () => io.out(count === 0 ? "[]\n" : "\n]\n"),
  };
}

function isSingleFile(paths: readonly string[]): boolean {
  const [only] = paths;
  if (paths.length !== 1 || only === undefined) return false;
  return only === "-" || !(statSync(only, { throwIfNoEntry: false })?.isDirectory() ?? false);
}
