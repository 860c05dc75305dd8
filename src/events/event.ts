import type { Span } from "../core/span.js";

export const ploverTypes = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;

export type PloverType = (typeof ploverTypes)[number];

export type DatePrecision = "day" | "week" | "month" | "year" | "decade";

/**
 * Where an event's date comes from, as event datasets record it: a date expression in the text, else the
 * report's publication date; "analysis-time" marks a relative date ("on Tuesday") read against the analysis clock
 * because the report has no date of its own, which the stage also warns about.
 */
export type DateSource = "text" | "published" | "analysis-time";

export interface Event {
  readonly id: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly actor: string | null;
  readonly recipient: string | null;
  /** Further actors or recipients when the text names several. */
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
  readonly location: string | null;
  /** YYYY-MM-DD (first day of the period for coarser precision), or null when nothing anchors it. */
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  /** The words that gave the date ("on Tuesday"). */
  readonly dateText: string | null;
  /** null when the event is undated: no date expression and no publication date. */
  readonly dateSource: DateSource | null;
  /** The claim through which the event is known, when the report does not state it as fact. */
  readonly source: string | null;
  readonly disputed: boolean;
  readonly negated: boolean;
  readonly hypothetical: boolean;
  /**
   * PLOVER's auxiliary mode "historical" (codebook §2.3): the text places the event clearly before the
   * report's period ("in the early 1990s", "the 2008 war"). Absent when the text does not say so.
   */
  readonly historical?: boolean;
  /** PLOVER v2 contexts (codebook §2.2) the sentence's words give ("military", "humanitarian"); absent when none. */
  readonly context?: readonly string[];
  /** The trigger words ("launched a new military operation"). */
  readonly trigger: string;
  readonly evidence: Span;
  /** Every span that mentions this happening (merged repeats). */
  readonly evidenceSpans: readonly Span[];
  /** How far the event's evidence supports it, in [0, 1] (confidence.ts; data/events/README.md "Confidence"). */
  readonly confidence: number;
}

export interface EventFindings {
  readonly events: readonly Event[];
  /** The ids of the events the report is about, the most central first (main-events.ts). */
  readonly mainEvents: readonly string[];
}

declare module "../core/doc.js" {
  interface DocData {
    events: EventFindings;
  }
}
