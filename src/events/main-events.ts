import type { Paragraph, Sentence } from "../annotate/annotations.js";
import type { Heading } from "../core/doc.js";
import type { Span } from "../core/span.js";
import { confidentEvent } from "./confidence.js";
import type { Event } from "./event.js";

// The weights below are documented in data/events/README.md ("Main events"); change both together.
/** News is written as an inverted pyramid: the headline and the lead say what the report is about. */
const inHeadline = 1;
const inLeadSentence = [0.9, 0.8] as const;
/** Past the lead, a mention counts for less the later it comes, from this much down to half of it. */
const inBody = 0.6;
const perFurtherMention = 0.1;
const mentionBonusCap = 0.3;
/** A further main event must score at least this share of the first one. */
const nearTop = 0.85;
const mostMainEvents = 3;

/** Where a report's headline and lead lie in its text. */
export interface ReportLayout {
  readonly text: string;
  readonly title: string | null;
  readonly headings: readonly Heading[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

interface Places {
  readonly headline: Span | null;
  readonly lead: readonly Sentence[];
  readonly titleWords: ReadonlySet<string>;
}

/** Word stems good enough to see that a title and a trigger share a word ("operation", "operations"). */
function stems(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 6));
}

/** The headline is a heading the text opens with; the lead, the first two sentences of body text after it. */
function placesOf(layout: ReportLayout): Places {
  const first = layout.headings[0];
  const headline = first && layout.text.slice(0, first.span.start).trim() === "" ? first.span : null;
  const body = new Set(layout.paragraphs.filter((p) => !p.heading).map((p) => p.index));
  const lead = layout.sentences.filter((s) => (headline === null || s.start >= headline.end) && (body.size === 0 || body.has(s.paragraph))).slice(0, 2);
  const titleInText = layout.title !== null && headline !== null && layout.text.slice(headline.start, headline.end).trim() === layout.title.trim();
  return { headline, lead, titleWords: new Set(layout.title && !titleInText ? stems(layout.title) : []) };
}

function within(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

function positionWeight(span: Span, places: Places, length: number): number {
  if (places.headline && within(span, places.headline)) return inHeadline;
  const lead = places.lead.findIndex((s) => span.start < s.end && span.end > s.start);
  if (lead >= 0) return inLeadSentence[lead] ?? inBody;
  return inBody * (1 - span.start / Math.max(1, length) / 2);
}

/**
 * How central an event is to its report: where it is mentioned and how often. Confidence only admits an event:
 * within one sentence the main clause comes first in English news, so ties go to the earlier event.
 */
function centrality(event: Event, places: Places, length: number): number {
  const spans = event.evidenceSpans.length > 0 ? event.evidenceSpans : [event.evidence];
  // A title the text does not repeat is still the headline: an event whose trigger words it uses is in it.
  const titled = stems(event.trigger).some((w) => places.titleWords.has(w));
  const position = titled ? inHeadline : Math.max(...spans.map((s) => positionWeight(s, places, length)));
  const repeated = Math.min(mentionBonusCap, perFurtherMention * (spans.length - 1));
  return position + repeated;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  return sentences.find((s) => offset >= s.start && offset < s.end)?.index ?? -1;
}

/**
 * The events the report is about, most central first: confident events that happened as stated (not denied,
 * not only possible, not background), weighted towards the headline and the lead. A further main event needs a
 * score near the first one's and a sentence of its own: the lesser events of the lead's sentence are not what it is about.
 */
export function mainEventsOf(events: readonly Event[], layout: ReportLayout): string[] {
  const places = placesOf(layout);
  const scored = events
    .filter((e) => e.confidence >= confidentEvent && !e.negated && !e.hypothetical && e.historical !== true)
    .map((event) => ({ event, score: centrality(event, places, layout.text.length), sentence: sentenceAt(layout.sentences, event.evidence.start) }))
    .sort((a, b) => b.score - a.score || a.event.evidence.start - b.event.evidence.start);
  const top = scored[0]?.score ?? 0;
  const chosen: typeof scored = [];
  for (const candidate of scored) {
    if (chosen.length === mostMainEvents || candidate.score < top * nearTop) break;
    if (!chosen.some((c) => c.sentence === candidate.sentence)) chosen.push(candidate);
  }
  return chosen.map((c) => c.event.id);
}
