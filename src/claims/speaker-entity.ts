import type { Entity, Mention } from "../entities/entity.js";
import type { Span } from "../core/span.js";
import type { Speaker } from "./claim.js";
import { lexicon } from "./lexicon.js";
import { phraseLengthAt } from "./phrases.js";
import type { Word } from "./words.js";

/** The entities a speaker phrase can resolve to, with mentions in text order. */
export interface EntityIndex {
  readonly byId: ReadonlyMap<string, Entity>;
  readonly mentions: readonly Mention[];
}

export type Resolved = Pick<Speaker, "entity" | "resolution">;

const headStops = new Set([",", "of", "in", "at", "from", "with", "for", "on", "who", "which", "and"]);
const placeNouns = new Set(["region", "enclave", "territory", "province", "area", "republic", "state", "city", "capital", "country", "oblast", "district", "zone"]);
const groupNouns = new Set(["group", "militia", "rebels", "movement", "organisation", "organization", "party", "faction", "insurgents", "alliance", "coalition", "paramilitaries"]);
const actorTypes = new Set(["country", "polity", "government", "organization", "media", "person", "group"]);

/**
 * Resolves the speaker phrase words[first..last] to an entity: a mention it holds (its head first), the authority
 * of a place ("the leaders of the disputed region"), or the antecedent of a pronoun or description.
 */
export function resolveSpeaker(words: readonly Word[], first: number, last: number, index: EntityIndex, previous: PreviousSpeaker | null): Resolved {
  const span: Span = { start: words[first]?.start ?? 0, end: words[last]?.end ?? 0 };
  const inside = index.mentions.filter((m) => span.start <= m.start && m.end <= span.end);
  const governed = governingOf(words, first, last, inside, index, span.start);
  if (governed) return governed;
  const head = headMention(words, first, last, inside, index);
  if (head) return { entity: actingEntity(head.entity, index), resolution: "named" };
  const phrase = words.slice(first, last + 1).map((w) => w.lower);
  const owner = phrase.indexOf("'s");
  // "the group's leadership": the owner is the speaker's side.
  if (owner > 0) return antecedent(phrase.slice(0, owner), index, span.start, previous);
  return antecedent(phrase, index, span.start, previous);
}

/** The speaker of the claim before, for "it said" / "they added". */
export interface PreviousSpeaker {
  readonly entity: string | null;
  readonly sameParagraph: boolean;
}

/** A city stands for the government seated there, a region for the authority governing it. */
export function actingEntity(id: string, index: EntityIndex): string {
  const entity = index.byId.get(id);
  return entity?.seatOf ?? id;
}

function governingOf(words: readonly Word[], first: number, last: number, inside: readonly Mention[], index: EntityIndex, before: number): Resolved | null {
  const { governingHeads } = lexicon();
  for (let k = first; k < last; k++) {
    if (!governingHeads.has(words[k]?.lower ?? "") || words[k + 1]?.lower !== "of") continue;
    const from = words[k + 2]?.start ?? Infinity;
    const place = inside.find((m) => m.start >= from);
    if (place) return { entity: authorityOf(place.entity, index), resolution: "named" };
    const rest = words.slice(k + 2, last + 1).map((w) => w.lower);
    if (!rest.some((w) => placeNouns.has(w))) return null;
    const region = lastMention(index, before, (e) => e.type === "region" || e.governedBy !== undefined);
    if (region) return { entity: authorityOf(region.entity, index), resolution: "anaphor" };
  }
  return null;
}

function authorityOf(id: string, index: EntityIndex): string {
  const entity = index.byId.get(id);
  return entity?.governedBy ?? entity?.seatOf ?? id;
}

// The head of "Armenia's Foreign Ministry" or "The Ministry of Defense in Baku": the last mention before the first
// preposition or comma outside a mention.
function headMention(words: readonly Word[], first: number, last: number, inside: readonly Mention[], index: EntityIndex): Mention | undefined {
  if (inside.length === 0) return undefined;
  let end = first;
  while (end <= last) {
    const w = words[end];
    if (w && headStops.has(w.lower) && !inside.some((m) => m.start < w.start && w.end < m.end)) break;
    end++;
  }
  const headEnd = words[end - 1]?.end ?? 0;
  const inHead = inside.filter((m) => m.end <= headEnd);
  // "Venezuela's foreign minister, Yvan Gil": a common-noun head names the person of its appositive.
  const headWord = words[end - 1];
  const person = inside.find((m) => index.byId.get(m.entity)?.type === "person");
  if (person && headWord && /^\p{Ll}/u.test(headWord.text) && !inHead.some((m) => m.end === headWord.end)) return person;
  return inHead.at(-1) ?? inside[0];
}

function antecedent(phrase: readonly string[], index: EntityIndex, before: number, previous: PreviousSpeaker | null): Resolved {
  const lex = lexicon();
  const unknown: Resolved = { entity: null, resolution: "unknown" };
  const joined = phrase.join(" ");
  if (phrase.length === 1 && lex.personPronouns.has(joined)) {
    return found(lastMention(index, before, (e) => e.type === "person"));
  }
  if (phrase.length === 1 && lex.groupPronouns.has(joined)) {
    // "…, it added": the organisation that spoke last in the paragraph, even an unnamed one.
    const speaker = previous?.entity ? index.byId.get(previous.entity) : undefined;
    if (previous?.sameParagraph && speaker?.type !== "person") return previous.entity ? { entity: previous.entity, resolution: "anaphor" } : unknown;
    return found(lastMention(index, before, (e) => e.type !== "person" && e.type !== "media" && actorTypes.has(e.type)));
  }
  if (phrase[0] !== "the" || lex.anonymousSpeakers.has(joined)) return unknown;
  // "The statement also said …": a statement speaks for whoever issued it, the speaker just before.
  if (previous?.entity && phraseLengthAt(lex.channelNouns, (k) => phrase[k + 1], 0) === phrase.length - 1) return { entity: previous.entity, resolution: "anaphor" };
  const description = phrase.slice(1).join(" ");
  const headWord = phrase.at(-1) ?? "";
  if (groupNouns.has(headWord)) return found(lastMention(index, before, (e) => e.type === "group" || e.type === "organization"));
  if (lex.organDescriptions.has(description) || lex.organDescriptions.has(headWord)) {
    const named = lastMention(index, before, (e) => e.type === "government" && e.name.toLowerCase().includes(headWord));
    return found(named ?? lastMention(index, before, (e) => e.type === "government" || e.type === "organization"));
  }
  if (lex.personDescriptions.has(description) || lex.personDescriptions.has(headWord)) {
    return found(lastMention(index, before, (e) => e.type === "person"));
  }
  return unknown;
}

function found(mention: Mention | undefined): Resolved {
  return mention ? { entity: mention.entity, resolution: "anaphor" } : { entity: null, resolution: "unknown" };
}

function lastMention(index: EntityIndex, before: number, accept: (entity: Entity) => boolean): Mention | undefined {
  const { mentions, byId } = index;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (!m || m.start >= before) continue;
    const entity = byId.get(m.entity);
    if (entity && accept(entity)) return m;
  }
  return undefined;
}
