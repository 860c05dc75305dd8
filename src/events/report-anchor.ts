import type { DateExpression } from "./date-expressions.js";
import type { DateSource } from "./event.js";

/** The day relative dates are read against: the publication day, else the ingest day (flagged). */
export interface ReportAnchor {
  /** UTC midnight of the anchor day. */
  readonly day: Date;
  readonly fromIngest: boolean;
}

const dayMs = 86_400_000;
/** A publication date this far past the ingest time is a bad timestamp, not a report from the future. */
const futureTolerance = 2 * dayMs;

function utcMidnight(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function reportAnchor(published: string | null, now: Date): ReportAnchor {
  const parsed = published ? new Date(published) : null;
  const usable = parsed && Number.isFinite(parsed.getTime()) && parsed.getTime() <= now.getTime() + futureTolerance;
  if (usable) return { day: utcMidnight(parsed), fromIngest: false };
  return { day: utcMidnight(Number.isFinite(now.getTime()) ? now : new Date(0)), fromIngest: true };
}

/** The source of a date read from words: the text, unless a relative expression had only the analysis clock to go by. */
export function expressionSource(expression: DateExpression | undefined, anchor: ReportAnchor): DateSource | null {
  if (!expression?.date) return null;
  return expression.relative && anchor.fromIngest ? "analysis-time" : "text";
}
