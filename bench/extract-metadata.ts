import gold from "./extract-metadata-gold.json" with { type: "json" };

/** Hand-checked title/author/date of a few benchmark pages, read off each page's visible header. */
interface GoldPage {
  readonly title: string;
  readonly author: string | null;
  readonly published: string | null;
}

export interface MetadataAccuracy {
  readonly title: string;
  readonly author: string;
  readonly date: string;
}

interface Predicted {
  readonly id: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
}

const goldPages = gold.pages as Record<string, GoldPage>;
const squash = (text: string | null): string => (text ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** "correct/total" for title (normalised equality), first author (normalised, "By" ignored) and date (the day). */
export function metadataAccuracy(pages: readonly Predicted[]): MetadataAccuracy {
  let title = 0;
  let author = 0;
  let date = 0;
  let total = 0;
  for (const page of pages) {
    const want = goldPages[page.id];
    if (!want) continue;
    total += 1;
    if (squash(page.title) === squash(want.title)) title += 1;
    if (squash(page.author).replace(/^by /, "") === squash(want.author)) author += 1;
    if (sameDay(page.published, want.published)) date += 1;
  }
  return { title: `${title}/${total}`, author: `${author}/${total}`, date: `${date}/${total}` };
}

const hour = 3_600_000;

/**
 * The gold day is the one printed on the page, in the page's own time zone. A date, or a timestamp in a stated
 * local zone, must name that day; a UTC timestamp is right when its instant falls on that calendar day in some
 * time zone (UTC-12 to UTC+14), since the page's zone is then unknown.
 */
function sameDay(predicted: string | null, wanted: string | null): boolean {
  if (wanted === null) return predicted === null;
  if (predicted === null) return false;
  if (predicted.startsWith(wanted)) return true;
  if (!/T[\d:.]+Z$/.test(predicted)) return false;
  const instant = Date.parse(predicted);
  const dayStart = Date.parse(`${wanted}T00:00:00Z`);
  return instant >= dayStart - 14 * hour && instant < dayStart + 36 * hour;
}
