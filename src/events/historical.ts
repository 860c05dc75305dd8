import type { DatePrecision } from "./event.js";

/** The period a date names runs this many days (day, week) or months (month, year, decade) from its first day. */
const periodLength: Record<DatePrecision, { days: number; months: number }> = {
  day: { days: 1, months: 0 },
  week: { days: 7, months: 0 },
  month: { days: 0, months: 1 },
  year: { days: 0, months: 12 },
  decade: { days: 0, months: 120 },
};

/**
 * PLOVER's auxiliary mode "historical" (codebook §2.3): the words of the text date the event to a period
 * that ended more than a year before the report's day ("in the early 1990s", "the 2008 war", "in March 2019").
 */
export function isHistorical(date: string | null, precision: DatePrecision | null, reportDay: Date): boolean {
  if (!date || !precision) return false;
  const start = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(start.getTime())) return false;
  const { days, months } = periodLength[precision];
  const end = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, start.getUTCDate() + days);
  const yearBefore = Date.UTC(reportDay.getUTCFullYear() - 1, reportDay.getUTCMonth(), reportDay.getUTCDate());
  return end < yearBefore;
}
