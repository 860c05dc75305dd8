import type { Span } from "../core/span.js";
import type { AttributionKind } from "../lexicon/reporting-verbs.js";

export type Stance = "assert" | "deny" | "demand" | "warn" | "question" | "promise";

export interface Speaker {
  readonly text: string;
  readonly entity: string | null;
  readonly spans: readonly Span[];
  /** How the speaker was found: named in the text, a pronoun or description resolved to an antecedent, or not at all. */
  readonly resolution: "named" | "anaphor" | "inferred" | "unknown";
}

export interface Claim {
  readonly id: string;
  readonly speaker: Speaker;
  /** The whole attributing verb group ("could not immediately confirm"), a noun cue, or "According to". */
  readonly cue: string;
  readonly cueSpans: readonly Span[];
  /** What is attributed, as PARC 3.0 marks it: with its complementizer ("that …") and, when quoted, its quote marks. */
  readonly content: string;
  readonly contentSpans: readonly Span[];
  /** "Telegram channel", "press release", "interview with Politico", … */
  readonly channel: string | null;
  readonly stance: Stance;
  /** A statement, a belief ("thinks that"), knowledge, an intention ("plans to"), a desire, a demand, … */
  readonly kind: AttributionKind;
  /** True for a quotation of the speaker's words. */
  readonly direct: boolean;
  /** The sentence(s) holding the attribution. */
  readonly evidence: Span;
  /** For nested attribution: the claim that reports this one. */
  readonly reportedBy?: string;
  /** "did not say that …": the speaker is reported as not asserting the content; never read it as their claim. */
  readonly negated?: boolean;
  /** The content carries a hedge ("allegedly", "reportedly"): the speaker does not vouch for it either. */
  readonly hedged?: boolean;
}

/** A denial and the claim it denies. */
export interface Dispute {
  readonly denial: string;
  readonly disputed: string;
}

export interface ClaimFindings {
  readonly claims: readonly Claim[];
  readonly disputes: readonly Dispute[];
}

declare module "../core/doc.js" {
  interface DocData {
    claims: ClaimFindings;
  }
}
