import { parseWrittenDate } from "./normalize-date.js";

// "KYIV, Ukraine, March 22, 2024 (AP) — " / "GENEVA, 3 May 2021 (Reuters) - ": a place in capitals, a date, maybe an
// agency, then a dash, opening the story's first paragraph.
const dateline = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40},[^\n—–]{3,60}?\s[—–-]{1,2}\s/u;

/**
 * The date of a wire dateline at the start of the body, when it gives the year. A dateline without one
 * ("June 14 (Reuters) -") is left alone: guessing the year from the file's age would misdate archived reports.
 */
export function wireDatelineDate(body: string): string | null {
  const match = dateline.exec(body.slice(0, 140));
  return match ? parseWrittenDate(match[0]) : null;
}
