import type { Span } from "../core/span.js";
import type { DatePrecision, PloverType } from "./event.js";

/** An event while the stage still merges and refines it; frozen into an Event at the end. */
export interface DraftEvent {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
  readonly location: string | null;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly dateText: string | null;
  readonly dateFromIngest: boolean;
  /** The date came from words in the text, not from the tense of the verb. */
  readonly dateExplicit: boolean;
  readonly source: string | null;
  readonly disputed: boolean;
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly trigger: string;
  readonly triggerSpan: Span;
  readonly evidence: Span;
  readonly evidenceSpans: readonly Span[];
  readonly sentences: readonly number[];
  /** Head words of the triggers merged in ("operation", "shell"). */
  readonly heads: readonly string[];
  /** The mention refers back to a happening already named ("this action", "the attack"). */
  readonly anaphoric: boolean;
  /** The mention sets itself apart from earlier ones ("subsequent operations", "another attack"). */
  readonly distinct: boolean;
}
