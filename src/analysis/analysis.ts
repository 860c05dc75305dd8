import "../annotate/annotations.js";
import type { Claim, Dispute } from "../claims/claim.js";
import type { Article, Doc, Message } from "../core/doc.js";
import type { Span } from "../core/span.js";
import type { Entity, Mention } from "../entities/entity.js";
import type { Event } from "../events/event.js";

/** The analysis contract (fixtures/seed/README.md): what `sitrep analyze --format json` prints for a document. */
export interface Analysis {
  readonly source: { readonly id: string; readonly input: string; readonly mediaType: string; readonly url: string | null };
  /** The Article, with headings as plain strings (their spans beside them) and `author`, the first author or null. */
  readonly article: Omit<Article, "headings"> & {
    readonly author: string | null;
    readonly headings: readonly string[];
    readonly headingSpans: readonly Span[];
  };
  readonly entities: readonly AnalysisEntity[];
  readonly claims: readonly Claim[];
  readonly events: readonly Event[];
  /** The ids of the events the report is about, the most central first: headline and lead weigh most. */
  readonly mainEvents: readonly string[];
  readonly disputes: readonly Dispute[];
  readonly messages: readonly Message[];
}

/** An Entity whose mentions keep only what a reader of the contract needs. */
export type AnalysisEntity = Omit<Entity, "mentions"> & {
  readonly mentions: readonly Pick<Mention, "start" | "end" | "text" | "role" | "metonymyOf">[];
};

export function toAnalysis(doc: Doc): Analysis {
  const { source, article, data } = doc;
  return {
    source: { id: source.id, input: source.input, mediaType: source.mediaType, url: source.url },
    article: {
      title: article.title,
      author: article.authors[0] ?? null,
      authors: article.authors,
      published: article.published,
      language: article.language,
      url: article.url,
      headings: article.headings.map((h) => h.text),
      headingSpans: article.headings.map((h) => h.span),
      text: article.text,
    },
    entities: (data.entities?.entities ?? []).map(toAnalysisEntity),
    claims: data.claims?.claims ?? [],
    events: data.events?.events ?? [],
    mainEvents: data.events?.mainEvents ?? [],
    disputes: data.claims?.disputes ?? [],
    messages: doc.messages,
  };
}

function toAnalysisEntity(entity: Entity): AnalysisEntity {
  const { mentions, ...rest } = entity;
  return { ...rest, mentions: mentions.map(({ start, end, text, role, metonymyOf }) => ({ start, end, text, role, ...(metonymyOf && { metonymyOf }) })) };
}
