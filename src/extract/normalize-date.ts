import names from "../../data/extract/month-names.json" with { type: "json" };

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const urlDatePattern = /\/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/;
const monthNumbers = new Map<string, number>(
  Object.values(names.months).flatMap((months) => months.flatMap((forms, index) => forms.map((form) => [form, index + 1] as const))),
);
// Longest first, so that "june" is not read as "jun" + "e".
const month = String.raw`(${[...monthNumbers.keys()].sort((a, b) => b.length - a.length).join("|")})\.?`;
const monthDayYear = new RegExp(String.raw`(?<!\p{L})${month}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`, "iu");
const dayMonthYear = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?${month},?\s+(?:de\s+)?((?:19|20)\d{2})\b`, "iu");

/**
 * A machine-readable date (ISO 8601, RFC 2822, epoch-free formats Date can parse) as ISO 8601: the date and
 * time with its offset when the source gives a time zone, the date alone when it gives only a date.
 */
export function normalizeDate(value: string): string | null {
  const text = value.trim();
  const iso = isoPattern.exec(text);
  if (iso) {
    const [, year, mon, day, hour, minute, second, zone] = iso;
    if (!validDate(Number(year), Number(mon), Number(day))) return null;
    const date = `${year}-${mon}-${day}`;
    if (hour === undefined || zone === undefined) return date;
    const offset = zone.toUpperCase() === "Z" ? "Z" : zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
    return `${date}T${hour}:${minute}:${second ?? "00"}${offset === "+00:00" ? "Z" : offset}`;
  }
  return parseWrittenDate(text) ?? parseRfcDate(text);
}

/** A date written out in prose: "September 19, 2023", "19 Sept. 2023", "25. September 2018", "3 de mayo de 2019". */
export function parseWrittenDate(text: string): string | null {
  const mdy = monthDayYear.exec(text);
  if (mdy) return isoDay(Number(mdy[3]), monthIndex(mdy[1]!), Number(mdy[2]));
  const dmy = dayMonthYear.exec(text);
  if (dmy) return isoDay(Number(dmy[3]), monthIndex(dmy[2]!), Number(dmy[1]));
  return null;
}

/** A /2019/11/19/ or /20191119/ style date in a URL path. */
export function dateFromUrl(url: string): string | null {
  const match = urlDatePattern.exec(url);
  return match ? isoDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

function parseRfcDate(text: string): string | null {
  if (!/[a-z]{3},?\s+\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{2}:\d{2}/i.test(text)) return null;
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().replace(".000Z", "Z");
}

function monthIndex(name: string): number {
  return monthNumbers.get(name.toLowerCase()) ?? 0;
}

function isoDay(year: number, mon: number, day: number): string | null {
  if (!validDate(year, mon, day)) return null;
  return `${year}-${String(mon).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function validDate(year: number, mon: number, day: number): boolean {
  if (year < 1900 || year > 2100 || mon < 1 || mon > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, mon, 0)).getUTCDate();
}
