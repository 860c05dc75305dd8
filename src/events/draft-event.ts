import type { Span } from "../core/span.js";
import type { Event } from "./event.js";

/**
 * An event while the stage still merges and refines it; frozen into an Event at the end. `actors` and
 * `recipients` hold every participant here (the Event splits off the first as `actor`/`recipient`).
 */
export interface DraftEvent extends Omit<Event, "id" | "actor" | "recipient" | "historical" | "context" | "confidence"> {
  /** The date came from words in the text, not from the tense of the verb. */
  readonly dateExplicit: boolean;
  readonly triggerSpan: Span;
  readonly sentences: readonly number[];
  /** Head words of the triggers merged in ("operation", "shell"). */
  readonly heads: readonly string[];
  /** The mention refers back to a happening already named ("this action", "the attack"). */
  readonly anaphoric: boolean;
  /** The mention sets itself apart from earlier ones ("subsequent operations", "another attack"). */
  readonly distinct: boolean;
  /** The trigger makes every named side an actor (a clash, a battle). */
  readonly symmetric: boolean;
  /** A party (or, acting, a weapon) is named in the role, as an entity or by a party noun or pronoun ("troops", "they"). */
  readonly partyActs: boolean;
  readonly partyActedOn: boolean;
  /** Every trigger merged in has common senses outside politics (`everyday` in the lexicon). */
  readonly everyday: boolean;
}
