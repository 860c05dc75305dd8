import type { DatePrecision } from "./event.js";

/** A date phrase in the text and, when it can be pinned down, the day it names. */
export interface DateExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** YYYY-MM-DD (first day of the period), or null when the words do not resolve. */
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  /** True when the words only make sense against the report's date ("on Tuesday", "last week"). */
  readonly relative: boolean;
}

const months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const monthAbbreviations = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const numberWords: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 3, few: 3 };
const dayMs = 86_400_000;
const earliestYear = 1800;

const monthName = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\\.(?= \\d))?";
const weekdayName = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

// Each alternative is anchored on words and uses no nested quantifiers, so matching stays linear.
/** `hint`: a test on the lower-cased text that must pass before the pattern is worth running. */
const patterns: readonly { readonly regex: RegExp; readonly kind: string; readonly hint: RegExp }[] = [
  { kind: "iso", hint: /\d-\d/u, regex: /\b(\d{4})-(\d{2})-(\d{2})\b/gu },
  { kind: "monthDay", hint: /\d/u, regex: new RegExp(`\\b${monthName} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?![\\d])`, "gu") },
  { kind: "dayMonth", hint: /\d/u, regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${monthName}(?: (\\d{4}))?(?![\\d])`, "gu") },
  { kind: "monthYear", hint: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/u, regex: new RegExp(`\\b(?:(?:in|since|by|until|during|from|early|late|mid|mid-|last|this|next|since) )?${monthName}(?: (\\d{4}))?\\b`, "gu") },
  { kind: "weekday", hint: /day\b/u, regex: new RegExp(`\\b(?:(last|this|next|on|early|late) )?${weekdayName}\\b`, "gu") },
  { kind: "relativeDay", hint: /yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|last night/u, regex: /\b(yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|last night)\b/giu },
  { kind: "relativePeriod", hint: /week|month|year/u, regex: /\b(?:(last|this|next|past|earlier this|later this|the past|the previous) (week|weekend|month|year))\b/giu },
  { kind: "ago", hint: / ago\b/u, regex: /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (days?|weeks?|months?|years?) ago\b/giu },
  { kind: "ongoing", hint: /for /u, regex: /\bfor (?:(?:the past|the last|several|many|a few|\d{1,3}) )?(days|weeks|months|years)\b/giu },
  { kind: "decade", hint: /0s\b/u, regex: /\b(?:the )?(?:(early|mid|late|mid-) ?)?(\d{3})0s\b/giu },
  { kind: "year", hint: /\d{4}/u, regex: /\b(\d{4})(?![\d,.]\d)\b/gu },
];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(".", "").slice(0, 3);
  return monthAbbreviations.indexOf(key) + 1 || months.indexOf(name.toLowerCase()) + 1;
}

function plausibleYear(year: number, anchor: Date): boolean {
  return year >= earliestYear && year <= anchor.getUTCFullYear() + 10;
}

/** A day without a year is the latest such day not far after the anchor: news reports look back. */
function dayWithoutYear(month: number, day: number, anchor: Date): string | null {
  let year = anchor.getUTCFullYear();
  if (Date.UTC(year, month - 1, day) > anchor.getTime() + 7 * dayMs) year--;
  return validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function startOfWeek(date: Date): Date {
  const day = date.getUTCDay() || 7;
  return new Date(date.getTime() - (day - 1) * dayMs);
}

function shift(anchor: Date, unit: string, amount: number): { date: string; precision: DatePrecision } {
  const u = unit.replace(/s$/u, "").toLowerCase();
  if (u === "day") return { date: isoDay(new Date(anchor.getTime() + amount * dayMs)), precision: "day" };
  if (u === "week" || u === "weekend") return { date: isoDay(startOfWeek(new Date(anchor.getTime() + amount * 7 * dayMs))), precision: "week" };
  if (u === "month") {
    const d = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + amount, 1));
    return { date: isoDay(d), precision: "month" };
  }
  return { date: `${anchor.getUTCFullYear() + amount}-01-01`, precision: "year" };
}

type Resolved = { date: string | null; precision: DatePrecision | null };
const unresolved: Resolved = { date: null, precision: null };

function resolveWeekday(modifier: string | undefined, name: string, anchor: Date): Resolved {
  const target = weekdays.indexOf(name.toLowerCase());
  const today = anchor.getUTCDay();
  let back = (today - target + 7) % 7;
  if (modifier === "last" && back === 0) back = 7;
  if (modifier === "next") {
    const ahead = (target - today + 7) % 7 || 7;
    return { date: isoDay(new Date(anchor.getTime() + ahead * dayMs)), precision: "day" };
  }
  return { date: isoDay(new Date(anchor.getTime() - back * dayMs)), precision: "day" };
}

function resolve(kind: string, m: RegExpExecArray, anchor: Date | null): Resolved {
  const g = (i: number): string => m[i] ?? "";
  const number = (i: number): number => Number.parseInt(g(i), 10);
  if (kind === "iso") {
    return validDay(number(1), number(2), number(3)) && anchor !== null && plausibleYear(number(1), anchor) ? { date: m[0], precision: "day" } : unresolved;
  }
  if (kind === "monthDay" || kind === "dayMonth") {
    const [monthGroup, dayGroup] = kind === "monthDay" ? [1, 2] : [2, 1];
    const month = monthIndex(g(monthGroup));
    const day = number(dayGroup);
    if (g(3)) {
      const year = number(3);
      const ok = validDay(year, month, day) && (anchor === null || plausibleYear(year, anchor));
      return ok ? { date: `${year}-${pad(month)}-${pad(day)}`, precision: "day" } : unresolved;
    }
    if (!anchor || !validDay(2000, month, day)) return unresolved;
    const date = dayWithoutYear(month, day, anchor);
    return date ? { date, precision: "day" } : unresolved;
  }
  if (kind === "monthYear") {
    const month = monthIndex(g(1));
    if (g(2)) {
      const year = number(2);
      return anchor === null || plausibleYear(year, anchor) ? { date: `${year}-${pad(month)}-01`, precision: "month" } : unresolved;
    }
    if (!anchor) return unresolved;
    const date = dayWithoutYear(month, 1, anchor);
    return date ? { date, precision: "month" } : unresolved;
  }
  if (!anchor) return unresolved;
  switch (kind) {
    case "weekday":
      return resolveWeekday(m[1]?.toLowerCase(), g(2), anchor);
    case "relativeDay": {
      const word = g(1).toLowerCase();
      const offset = word === "yesterday" || word === "last night" ? -1 : word === "tomorrow" ? 1 : 0;
      return shift(anchor, "day", offset);
    }
    case "relativePeriod": {
      const which = g(1).toLowerCase();
      const amount = which === "next" ? 1 : which.startsWith("this") || which.startsWith("earlier") || which.startsWith("later") ? 0 : -1;
      return shift(anchor, g(2), amount);
    }
    case "ago": {
      const count = numberWords[g(1).toLowerCase().replace("a few", "few")] ?? number(1);
      return Number.isFinite(count) ? shift(anchor, g(2), -count) : unresolved;
    }
    case "ongoing":
      return shift(anchor, g(1).toLowerCase() === "years" ? "year" : g(1).toLowerCase() === "days" ? "day" : g(1), 0);
    case "decade": {
      const decade = number(2) * 10;
      return plausibleYear(decade, anchor) ? { date: `${decade}-01-01`, precision: "decade" } : unresolved;
    }
    case "year":
      return plausibleYear(number(1), anchor) ? { date: `${g(1)}-01-01`, precision: "year" } : unresolved;
    default:
      return unresolved;
  }
}

function isRelative(kind: string, m: RegExpExecArray): boolean {
  if (kind === "iso" || kind === "decade" || kind === "year") return false;
  if (kind === "monthDay" || kind === "dayMonth") return !m[3];
  if (kind === "monthYear") return !m[2];
  return true;
}

function overlaps(taken: readonly DateExpression[], start: number, end: number): boolean {
  return taken.some((t) => t.start < end && start < t.end);
}

/**
 * Date phrases in `text` (offsets relative to it), resolved against `anchor` (UTC midnight of the
 * report's day). Earlier patterns are more specific and win overlaps. Impossible dates stay unresolved.
 */
export function findDateExpressions(text: string, anchor: Date | null): DateExpression[] {
  const found: DateExpression[] = [];
  const lower = text.toLowerCase();
  for (const { kind, regex, hint } of patterns) {
    if (!hint.test(lower)) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(found, start, end)) continue;
      if (kind === "monthYear" && !/^\p{Lu}/u.test(m[1] ?? "")) continue;
      if (kind === "monthYear" && m[0] === m[1] && m[1] === "May") continue;
      const { date, precision } = resolve(kind, m, anchor);
      // A bare number that is no plausible year ("5000 troops", "in 20234") is no date phrase at all.
      if ((kind === "year" || kind === "decade") && date === null) continue;
      found.push({ start, end, text: m[0], date, precision, relative: isRelative(kind, m) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
