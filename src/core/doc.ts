import type { Span } from "./span.js";

/** Where a document came from: the raw bytes and what we know about them before extraction. */
export interface Source {
  /** sha-256 of the bytes, hex: the document's identity, so re-ingesting the same content is a no-op. */
  readonly id: string;
  /** What the user named: a path, `-`, or `path#item` for one item of a feed, archive or JSON Lines file. */
  readonly input: string;
  /** `text/html`, `text/plain`, … as detected from content and name. */
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  readonly url: string | null;
  /** When the bytes were captured (WARC date, file mtime), ISO 8601. */
  readonly fetchedAt: string | null;
  /** Metadata a container already gave (a feed item's title/date/author), preferred over guesses. */
  readonly hints: SourceHints;
}

export interface SourceHints {
  readonly title?: string;
  readonly published?: string;
  readonly authors?: readonly string[];
  /** Charset declared outside the bytes (HTTP header in a WARC record). */
  readonly charset?: string;
}

export interface Heading {
  readonly text: string;
  readonly span: Span;
}

/** The report itself: `text` is the body only, paragraphs and in-article subheadings separated by blank lines. */
export interface Article {
  readonly title: string | null;
  readonly authors: readonly string[];
  /** ISO 8601 date or date-time, or null when the document does not say. */
  readonly published: string | null;
  readonly language: string | null;
  readonly url: string | null;
  readonly headings: readonly Heading[];
  readonly text: string;
}

export type MessageLevel = "info" | "warning" | "error";

/** A positioned note from a stage: the provenance channel for doubts and failures. */
export interface Message {
  readonly stage: string;
  readonly level: MessageLevel;
  readonly text: string;
  readonly span?: Span;
}

/**
 * Each stage declares what it adds here by declaration merging, so the core imports no stage:
 * `declare module "../core/doc.js" { interface DocData { entities: EntityFindings } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DocData {}

/** The envelope that flows through the pipeline. Stages return a new Doc and never edit another stage's data. */
export interface Doc {
  readonly source: Source;
  readonly article: Article;
  readonly data: Readonly<Partial<DocData>>;
  readonly messages: readonly Message[];
}

export function withData<K extends keyof DocData>(doc: Doc, key: K, value: DocData[K]): Doc {
  return { ...doc, data: { ...doc.data, [key]: value } };
}

export function withMessages(doc: Doc, messages: readonly Message[]): Doc {
  return messages.length === 0 ? doc : { ...doc, messages: [...doc.messages, ...messages] };
}

/** Reads a stage's findings that a later stage depends on; a missing one is a pipeline-order bug. */
export function requireData<K extends keyof DocData>(doc: Doc, key: K, stage: string): DocData[K] {
  const value = doc.data[key];
  if (value === undefined) {
    throw new Error(`stage "${stage}" expected findings "${String(key)}" from an earlier stage, found none`);
  }
  return value;
}

export function createDoc(source: Source, article: Article): Doc {
  return { source, article, data: {}, messages: [] };
}
