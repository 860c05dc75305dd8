import type { Quote } from "../annotate/annotations.js";
import type { Span } from "../core/span.js";
import type { Cue } from "./find-cues.js";
import type { SentenceWords } from "./words.js";

/** A word range [first, last] in one sentence. */
export interface WordRange {
  readonly first: number;
  readonly last: number;
}

/** What the rules read off one cue before entities and context are consulted. */
export interface Attribution {
  readonly cue: Cue;
  readonly sentence: SentenceWords;
  /** The speaker phrase; null for an impersonal passive. A participial cue (", adding …") borrows its clause's speaker. */
  readonly speaker: WordRange | null;
  readonly borrowsSpeaker: boolean;
  readonly content: readonly Span[];
  /** The quotation the content is, when it is one; continuation quotes extend it. */
  readonly quotes: readonly Quote[];
  readonly direct: boolean;
  /** The content is a clause ("that …", a quotation), so a cue inside it is a report within the report. */
  readonly clausal: boolean;
  readonly channel: string | null;
}
