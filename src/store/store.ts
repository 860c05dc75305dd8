import type { Doc } from "../core/doc.js";
import type { Span } from "../core/span.js";
import type { DateSource } from "../events/event.js";

/**
 * The only door to persistence: it stores what it is given and answers queries, and decides nothing. Linking
 * across reports (src/link) asks it for candidates and hands it its decisions. SQLite is the embedded default;
 * PostgreSQL serves many workers; both are one SQL implementation (sql-store.ts).
 */
export interface Store {
  /**
   * Stores a fully analysed document with the linker's decisions about it (src/link/store-linked.ts); the same
   * content twice is a no-op ("exists").
   */
  putDocument(doc: Doc, links: CorpusLinks): Promise<"added" | "exists">;
  hasDocument(id: string): Promise<boolean>;
  /** Records that an input could not be analysed; the same input and problem twice is stored once. */
  putError(input: string, problem: string): Promise<void>;
  /**
   * Ids of the stored entities that have one of these ids, or were named in a report by one of these names or
   * aliases, case, accents and punctuation aside (core/fold-name.ts).
   */
  entityIds(namesOrIds: readonly string[]): Promise<string[]>;
  /** Corpus claims, newest report first: a claim matches when any of its sources does, and lists every source. */
  claims(query?: ClaimQuery): Promise<StoredClaim[]>;
  /** Events as each report gives them, by date (undated last); what a report says did not happen is not listed. */
  events(query?: EventQuery): Promise<StoredEvent[]>;
  actors(query?: ActorQuery): Promise<StoredActor[]>;
  search(text: string, limit?: number): Promise<SearchHit[]>;
  errors(): Promise<StoredError[]>;
  /** Stored documents sharing at least one of these LSH band keys, in storing order: possible copies of one story. */
  syndicationCandidates(bands: readonly string[]): Promise<SyndicationCandidate[]>;
  /** Every group of two or more reports of one story: its original (first stored) and the copies, in storing order. */
  syndicationGroups(): Promise<SyndicationGroup[]>;
  stats(): Promise<StoreStats>;
  /** Stored reports, newest published first (undated last). */
  documents(limit?: number): Promise<DocumentSummary[]>;
  /** One report's text with the spans of its claims, events and entity mentions, for reading; null when unknown. */
  document(id: string): Promise<StoredDocument | null>;
  close(): Promise<void>;
}

export interface ClaimQuery {
  /** Entity ids of the speaker, or of the government its speaker belongs to (its ministries and officials count). */
  readonly speakers?: readonly string[];
  readonly stance?: string;
  /** Only claims that a denial disputes. */
  readonly disputed?: boolean;
  /** Only claims from reports published on or after this ISO date. */
  readonly since?: string;
  /** Only these corpus claims. */
  readonly ids?: readonly string[];
  readonly limit?: number;
  /** Rows to skip before the page; counted only with a limit. */
  readonly offset?: number;
}

export interface EventQuery {
  readonly type?: string;
  /** Entity ids taking part as actor or recipient (members of a government count, as for claims). */
  readonly actors?: readonly string[];
  /** Entity ids of the place, or of the country it lies in. */
  readonly places?: readonly string[];
  /** Only events dated from / to these ISO dates, both included. */
  readonly from?: string;
  readonly to?: string;
  /** Events below the confidence threshold too (`confidentEvent`); by default only confident ones are listed. */
  readonly all?: boolean;
  /** Only the events their reports are about (each report's main events). */
  readonly main?: boolean;
  /** Only events of these reports. */
  readonly documents?: readonly string[];
  readonly limit?: number;
  /** Rows to skip before the page; counted only with a limit. */
  readonly offset?: number;
}

export interface ActorQuery {
  readonly type?: string;
  readonly limit?: number;
  /** Rows to skip before the page; counted only with a limit. */
  readonly offset?: number;
}

interface Provenance {
  readonly document: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly evidence: Span;
  /** The sentence(s) the finding came from. */
  readonly evidenceText: string;
}

/** One claim of the corpus: what one speaker said, with every report that carries it. */
export interface StoredClaim {
  /** Corpus-wide (src/link/corpus-claims.ts): the same in every report and every store. */
  readonly id: string;
  /** The speaker's words, entity and the entity's name, as the first report to carry the claim gave them. */
  readonly speaker: string;
  readonly speakerEntity: string | null;
  readonly speakerName: string | null;
  readonly stance: string;
  readonly cue: string;
  readonly content: string;
  readonly channel: string | null;
  readonly direct: boolean;
  /** Every report carrying the claim, in storing order. */
  readonly sources: readonly ClaimSource[];
  /**
   * Independent outlets carrying it: a syndication group counts once, as the outlet of its original (a report
   * without a URL counts as an outlet of its own).
   */
  readonly outlets: number;
  /** Ids of the claims this one denies, and of the denials that dispute it, from any report. */
  readonly disputes: readonly string[];
  readonly disputedBy: readonly string[];
}

/** One report carrying a claim. */
export interface ClaimSource {
  readonly document: string;
  /** The claim's id within that report's analysis. */
  readonly claim: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
  /** The sentence(s) holding the attribution, as offsets into that report's text, and their text. */
  readonly span: Span;
  readonly evidenceText: string;
}

/** An event as one report gives it, with that report's provenance. */
export interface StoredEvent extends Provenance {
  readonly id: string;
  readonly type: string;
  readonly mode: string | null;
  readonly actor: string | null;
  readonly actorName: string | null;
  readonly actorCountry: string | null;
  readonly recipient: string | null;
  readonly recipientName: string | null;
  readonly recipientCountry: string | null;
  readonly location: string | null;
  readonly locationName: string | null;
  readonly locationCountry: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly date: string | null;
  readonly datePrecision: string | null;
  readonly source: string | null;
  readonly disputed: boolean;
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly dateSource: DateSource | null;
  readonly confidence: number;
  /** 1 for the event its report is most about, 2 for the next…; null when it is not one of the report's main events. */
  readonly mainRank: number | null;
}

export interface StoredActor {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly country: string | null;
  readonly memberOf: string | null;
  /** Where a place lies (from the gazetteer); null for other entities. */
  readonly lat: number | null;
  readonly lon: number | null;
  /** The words the reports name it by most often (a town's local name, say, where the gazetteer has another). */
  readonly mentionedAs: string | null;
  readonly mentions: number;
  readonly documents: number;
}

export interface SearchHit {
  readonly document: string;
  readonly input: string;
  readonly title: string | null;
  readonly snippet: string;
}

export interface StoredError {
  readonly input: string;
  readonly problem: string;
  readonly at: string;
}

export interface StoreStats {
  readonly documents: number;
  readonly claims: number;
  readonly events: number;
  readonly entities: number;
  readonly errors: number;
}

/** What the corpus linker decided about a document before it is stored. */
export interface CorpusLinks {
  /** The original of the syndication group the document joins, or null when it starts one. */
  readonly duplicateOf: string | null;
  /** The LSH band keys to index the document under, for `syndicationCandidates`. */
  readonly bands: readonly string[];
  /** The corpus claim each of the document's claims is part of, by the claim's id in the document. */
  readonly claims: Readonly<Record<string, string>>;
  /** Denials linked to the claims they deny, in corpus claim ids: found in this document, within it or across reports. */
  readonly disputes: readonly CorpusDispute[];
}

export interface CorpusDispute {
  readonly denial: string;
  readonly disputed: string;
}

export interface SyndicationCandidate {
  readonly document: string;
  /** Its MinHash signature in hex, for the linker to compare. */
  readonly minhash: string;
  /** The original of its group (itself when it is one). */
  readonly original: string;
}

/** One report of a syndicated story, with where it ran. */
export interface GroupMember {
  readonly document: string;
  readonly input: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
}

export interface SyndicationGroup {
  readonly original: GroupMember;
  readonly copies: readonly GroupMember[];
}

export interface DocumentSummary {
  readonly id: string;
  readonly input: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
}

/** A finding's place in a report's text: what kind, its label, and the offsets of its evidence or mention. */
export interface TextMark {
  readonly kind: "claim" | "event" | "mention";
  /** The claim's corpus id, the event's id, or the mentioned entity's id. */
  readonly id: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export interface StoredDocument extends DocumentSummary {
  readonly text: string;
  /** Claims, events and mentions in text order. */
  readonly marks: readonly TextMark[];
}
