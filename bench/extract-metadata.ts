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

function sameDay(predicted: string | null, wanted: string | null): boolean {
  if (wanted === null) return predicted === null;
  if (predicted === null) return false;
  if (predicted.startsWith(wanted)) return true;
  const parsed = new Date(predicted);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(wanted);
}
