import type { Doc } from "./doc.js";
import type { Limits } from "./limits.js";
import type { SyntaxModel } from "../syntax/syntax-model.js";

/** Shared, read-only resources for a pipeline run. */
export interface Context {
  /** The moment of analysis: the anchor for relative dates when a report has no publication date. */
  readonly now: Date;
  readonly limits: Limits;
  /** The tagger and parser every stage reads through the syntax layer; loaded on first use, once per process. */
  readonly syntax: () => SyntaxModel;
}

/** A pure step of the analysis. */
export interface Stage {
  readonly name: string;
  run(doc: Doc, ctx: Context): Doc;
}
