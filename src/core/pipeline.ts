import type { Doc } from "./doc.js";
import { DocumentError } from "./document-error.js";
import type { Context, Stage } from "./stage.js";

/** Runs the stages in order; a stage that throws fails this document only, naming the stage. */
export function runPipeline(stages: readonly Stage[], doc: Doc, ctx: Context): Doc {
  let current = doc;
  for (const stage of stages) {
    try {
      current = stage.run(current, ctx);
    } catch (error) {
      if (error instanceof DocumentError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new DocumentError(doc.source.input, `stage ${stage.name} failed: ${reason}`, { cause: error });
    }
  }
  return current;
}
