import type { Doc } from "./doc.js";
import type { Limits } from "./limits.js";

/** Shared, read-only resources for a pipeline run. */
export interface Context {
  /** The moment of analysis: the anchor for relative dates when a report has no publication date. */
  readonly now: Date;
  readonly limits: Limits;
}

/** A pure step of the analysis. */
export interface Stage {
  readonly name: string;
  run(doc: Doc, ctx: Context): Doc;
}
