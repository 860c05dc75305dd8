import words from "../../data/extract/byline-words.json" with { type: "json" };
import { parseWrittenDate } from "./normalize-date.js";

const bylinePrefix = new RegExp(
  String.raw`^(?:(?:(?:${words.bylineKinds.join("|")})\s+)?(?:by|von|par|por|di|door|av|af)\s*[:\-–]?\s+|(?:${words.labels.join("|")})\s*:\s*)`,
  "iu",
);
const bylineLine = new RegExp(String.raw`^(?:(?:${words.bylineKinds.join("|")})\s+)?(?:by|von|par|por|door)\s+\p{Lu}`, "iu");

/** A short line that opens like a byline: "By Jane Doe", "Analysis by …", "Von …". */
export function isBylineLine(text: string): boolean {
  return text.length < 160 && bylineLine.test(text);
}
const role = new RegExp(String.raw`\b(?:${words.roles.join("|")})s?\b`, "i");
const separators = /\s*(?:,\s*and\s+|\s+and\s+|\s+&\s+|\s+und\s+|\s+et\s+|\s+y\s+|;\s*|\s*\|\s*|,\s*|\s+[–—]\s+)\s*/i;
const relativeTime = /\s*\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b.*$/i;
const notAName = /https?:|www\.|@|\d{2}|^(?:staff|admin|administrator|news desk|newsroom|guest|anonymous|unknown)$/i;
// "Finian Cunningham. Sputnik International": a full stop after a word longer than an initial ends the name.
const nameThenOrganisation = /^(\S+(?:\s+\S+)+?\p{Ll}{2,})\.\s+\p{Lu}.*$/u;

/**
 * Author strings as people's names: no "By", no dates, ages or job titles, split on "and"/commas, deduplicated.
 * `accountNames` also admits a lowercase user name ("jdadmin"), for text that markup declares to be an author.
 */
export function cleanAuthors(raw: readonly string[], { accountNames = false } = {}): string[] {
  const names: string[] = [];
  for (const value of raw) {
    for (const part of stripByline(value).split(separators)) {
      const name = part.replace(/^[\s"'“]+|[\s"'”.:]+$/g, "").replace(nameThenOrganisation, "$1");
      if ((isPlausibleName(name) || (accountNames && isAccountName(name))) && !names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
    }
  }
  return names;
}

function stripByline(value: string): string {
  let text = value.replace(/\s+/g, " ").trim().replace(bylinePrefix, "").replace(relativeTime, "");
  if (parseWrittenDate(text)) {
    text = text.replace(/\s*(?:[|,–—-]\s*)?(?:updated|published|posted)?\s*(?:on\s+)?(?:[a-z]+day,?\s+)?[a-z]{3,9}\.?\s+\d{1,2}.*$|\s*(?:[|,–—-]\s*)?\d{1,2}\.?\s+[a-z]{3,9}\.?\s+\d{4}.*$/i, "");
  }
  return text;
}

// "jdadmin", "mary_k": a lowercase account name, which blogs print as the byline when no real name is set.
const accountName = /^(?=.*\p{Ll})[\p{Ll}\p{N}_.-]{3,30}$/u;

function isPlausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 60 || notAName.test(name) || role.test(name)) return false;
  return name.split(/\s+/).length <= 5 && /\p{Lu}/u.test(name);
}

function isAccountName(name: string): boolean {
  return accountName.test(name) && !notAName.test(name) && !role.test(name);
}
