import type { Span } from "../core/span.js";
import type { Entity } from "../entities/entity.js";
import type { TriggerHit } from "./find-triggers.js";
import { cues, reportingVerbs } from "./lexicon.js";
import type { PlacedMention, SentenceView } from "./sentence-view.js";
import { treeRoles } from "./tree-roles.js";

/** Who did it, to whom, where: entity ids. */
export interface Participants {
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
  readonly location: string | null;
}

const placeTypes = new Set<string>(["city", "region", "place"]);
const prepositions = new Set(cues.prepositions);
const recipientPrepositions = new Set(cues.recipientPrepositions);
const cooperativePrepositions = new Set(cues.cooperativePrepositions);
const fromRecipientTypes = new Set<string>(cues.fromRecipientTypes);
const withRecipientTypes = new Set<string>(cues.withRecipientTypes);
const cooperativeTypes = new Set<string>([...cues.coopTypes, "AGREE"]);
const clauseBreaks = new Set([...cues.clauseBreaks, ...cues.complementizers]);
const subordinators = new Set([...cues.subordinators, ...cues.conditionalWords]);
const passiveAuxiliaries = new Set(cues.passiveAuxiliaries);
const receiveVerbs = new Set(cues.receiveVerbs);
const agentPrepositions = new Set(cues.agentPrepositions);
const sourcePrepositions = new Set(cues.sourcePrepositions);
const sidePrepositions = new Set(["between", "with", "among"]);
/** Verbs whose subject takes part in the noun's act: "held talks", "plans to hold talks", "took part in talks". */
const lightVerbs = new Set([...cues.lightVerbs.base, ...cues.lightVerbs.present, ...cues.lightVerbs.past, ...cues.participationVerbs, ...cues.presentAuxiliaries]);
const determiners = new Set(["the", "a", "an"]);
const determinerWords = new Set(cues.determiners);
const speakingVerbs = new Set([...reportingVerbs, ...cues.speakingVerbs]);
const speechTypes = new Set<string>(cues.speechTypes);
const speechFillers = new Set(cues.speechFillers);
const defensiveVerbs = new Set(cues.defensiveVerbs);
const subjectPronouns = new Set([...cues.subjectPronouns, "he", "she", "i"]);
const possessivePronouns = new Set(cues.possessivePronouns);
const objectReach = 8;
const agentReach = 4;
const speechPlaceReach = 4;

/** A place name can still act: "Baku said" is resolved by entities to the government, or the city is a seat. */
export function canAct(pm: PlacedMention): boolean {
  const type = pm.entity?.type;
  if (pm.mention.role === "actor") return true;
  if (!type) return false;
  return !placeTypes.has(type) || Boolean(pm.entity?.seatOf);
}

function actorId(pm: PlacedMention): string {
  const entity: Entity | undefined = pm.entity;
  if (entity && placeTypes.has(entity.type) && entity.seatOf) return entity.seatOf;
  return pm.mention.entity;
}

/** The clause around the trigger: from after the nearest break on the left to before the next on the right. */
export function clauseBounds(view: SentenceView, hit: TriggerHit): { start: number; end: number } {
  let start = hit.first;
  while (start > 0 && !clauseBreaks.has(view.words[start - 1] ?? "")) start--;
  // "If Ukrainian forces enter Donetsk, Russia will retaliate": a fronted subordinate clause ends at its comma.
  if (subordinators.has(view.words[start - 1] ?? "") || subordinators.has(view.words[start] ?? "")) {
    const comma = view.words.lastIndexOf(",", hit.first - 1);
    if (comma >= start) start = comma + 1;
  }
  let end = hit.last;
  while (end + 1 < view.words.length && !clauseBreaks.has(view.words[end + 1] ?? "") && view.words[end + 1] !== ",") end++;
  return { start, end };
}

/**
 * Inside a prepositional phrase: a preposition before the name, skipping determiners, capitalised
 * modifiers and earlier conjuncts ("between Russia and Ukraine").
 */
function inPrepositionalPhrase(view: SentenceView, pm: PlacedMention): string | null {
  // A comma joins names only inside a list that goes on ("Russia, Ukraine and Belarus"); otherwise it ends a
  // fronted phrase ("In the South Caucasus, Azerbaijan has launched…").
  let inList = listGoesOn(view.words[pm.last + 1]);
  for (let i = pm.first - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
    const word = view.words[i] ?? "";
    if (prepositions.has(word)) return word;
    if (word === "and" || word === "or") inList = true;
    const capitalised = /^\p{Lu}/u.test(view.tokens[i]?.text ?? "");
    const conjunction = (word === "and" || word === "or" || (word === "," && inList)) && view.mentionAt.has(i - 1);
    const modifier = determiners.has(view.words[i - 1] ?? ""); // "the paramilitary RSF"
    if (!(determiners.has(word) || capitalised || view.mentionAt.has(i) || conjunction || modifier)) return null;
  }
  return null;
}

function listGoesOn(word: string | undefined): boolean {
  return word === "and" || word === "or" || word === ",";
}

function isPossessor(view: SentenceView, pm: PlacedMention): boolean {
  return view.words[pm.last + 1] === "'s";
}

function distinct(mentions: readonly PlacedMention[]): PlacedMention[] {
  const seen = new Set<PlacedMention>();
  return mentions.filter((m) => (seen.has(m) ? false : (seen.add(m), true)));
}

function mentionsBetween(view: SentenceView, from: number, to: number): PlacedMention[] {
  return view.mentions.filter((pm) => pm.first >= from && pm.last <= to);
}

/**
 * A reporting verb ends the reporter's clause ("the ministry said Russian drones attacked…"), and so does
 * an "and" that joins clauses rather than names ("…met Scholz last week and Germany pledged…").
 */
function afterReportingVerb(view: SentenceView, from: number, to: number): number {
  let start = from;
  for (let i = from; i < to; i++) {
    const word = view.words[i] ?? "";
    const joinsClauses = word === "and" && !view.mentionAt.has(i - 1) && view.mentionAt.has(i + 1);
    if (reportingVerbs.has(word) || joinsClauses) start = i + 1;
  }
  return start;
}

/** The head of a subject: outside any prepositional phrase, else the owner in an of-phrase ("the leadership of Armenia"). */
function headOf(view: SentenceView, candidates: readonly PlacedMention[]): PlacedMention | undefined {
  const free = candidates.find((pm) => !inPrepositionalPhrase(view, pm) && !isPossessor(view, pm));
  return free ?? candidates.find((pm) => inPrepositionalPhrase(view, pm) === "of") ?? candidates.find((pm) => isPossessor(view, pm));
}

/** Words between a reporting verb and its content: "said in a statement that…", "said late on Monday". */
const reportAdjuncts = new Set(["that", "in", "at", "during", "after", "interview", "televised", "joint", "written"]);

/** The reported clause opens with a pronoun subject ("said that it would…", "said on Monday they had…"). */
function pronounOpens(view: SentenceView, start: number, to: number): boolean {
  for (let i = start; i < to; i++) {
    const word = view.words[i] ?? "";
    if (subjectPronouns.has(word)) return true;
    if (!reportAdjuncts.has(word) && !speechFillers.has(word)) return false;
  }
  return false;
}

/**
 * The subject: the first acting name of the clause outside a prepositional phrase, with names coordinated to
 * it. `verbal`: the trigger at `to` is a verb, whose subject stands after any reporting verb.
 */
function subjectOf(view: SentenceView, from: number, to: number, reported = true, verbal = false): PlacedMention[] {
  const start = reported ? afterReportingVerb(view, from, to) : from;
  const reportedHead = headOf(view, mentionsBetween(view, start, to - 1).filter(canAct));
  // "Pakistan said it would…": a pronoun after the reporting verb is the reporter; "Russia said rebels
  // attacked…": any other subject of the reported clause is not, even when it is no name.
  // ("Russia announced sanctions": a noun right after the reporting verb is its object, and the reporter acts.)
  if (verbal && !reportedHead && start > from && !pronounOpens(view, start, to)) return [];
  const candidates = mentionsBetween(view, reportedHead ? start : from, to - 1).filter(canAct);
  const head = reportedHead ?? headOf(view, candidates);
  if (!head) return [];
  const group = [head];
  for (const pm of candidates) {
    const previous = group[group.length - 1];
    if (!previous || pm.first <= previous.last) continue;
    const gap = view.words.slice(previous.last + 1, pm.first);
    const coordinated = gap.length > 0 && gap.every((w) => w === "and" || w === "," || determiners.has(w));
    if (coordinated && gap.includes("and")) group.push(pm);
    else if (!(gap.length === 1 && gap[0] === ",")) break;
  }
  return group;
}

/** The one who reports the clause holding `before`: the subject of the last reporting verb before it. */
function reporterBefore(view: SentenceView, before: number): PlacedMention | undefined {
  for (let i = before - 1; i > 0; i--) {
    if (reportingVerbs.has(view.words[i] ?? "")) return headOf(view, mentionsBetween(view, 0, i - 1).filter(canAct));
  }
  return undefined;
}

/** A possessive pronoun in [from, to] before any name or clause break: "attacked its base", "fired at their posts". */
function possessiveIn(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    if (view.mentionAt.has(i) || clauseBreaks.has(view.words[i] ?? "")) return false;
    if (possessivePronouns.has(view.words[i] ?? "")) return true;
  }
  return false;
}

/**
 * "Mali said jihadists attacked its base", "Russia said its convoy was attacked": with no named target, the
 * reporter owns what was hit and is the recipient.
 */
function reporterAsTarget(view: SentenceView, hit: TriggerHit, from: number, to: number, actors: readonly PlacedMention[]): PlacedMention[] {
  if (!possessiveIn(view, from, to)) return [];
  const reporter = reporterBefore(view, hit.first);
  return reporter && !actors.some((a) => actorId(a) === actorId(reporter)) ? [reporter] : [];
}

/** The first acting name after a word from `introducers` in [from, to]. */
function afterWord(view: SentenceView, from: number, to: number, introducers: ReadonlySet<string>): PlacedMention | undefined {
  for (let i = from; i <= to; i++) {
    if (!introducers.has(view.words[i] ?? "")) continue;
    // The name may run past the window: "by the paramilitary Rapid Support Forces".
    const pm = view.mentions.find((m) => m.first > i && m.first <= Math.min(to, i + 4) && canAct(m));
    if (pm) return pm;
  }
  return undefined;
}

export function isPassive(view: SentenceView, hit: TriggerHit): boolean {
  if (hit.noun || !(hit.form === "past" || hit.form === "participle")) return false;
  if (view.words[hit.last + 1] === "by") return true;
  for (let i = hit.first - 1; i >= Math.max(0, hit.first - 3); i--) {
    const word = view.words[i] ?? "";
    if (passiveAuxiliaries.has(word)) return true;
    if (view.mentionAt.has(i)) return false;
  }
  return false;
}

/**
 * The last word the object may stand on. A governing verb's addressee may head its complement clause
 * ("demanded that Israel withdraw"), and a pledge's beneficiary follows what is pledged ("pledged 500 million
 * euros in military aid to Ukraine", within the pledge's clause).
 */
function objectReachEnd(view: SentenceView, hit: TriggerHit, end: number): number {
  if (hit.entry.governs && hit.type === "REQUEST") return Math.min(view.words.length - 1, hit.last + objectReach);
  if (hit.entry.governs && hit.type === "AGREE") return Math.min(end, hit.last + 2 * objectReach);
  return Math.min(end, hit.last + objectReach);
}

/** The object: the first acting name after the trigger in its clause, directly or after a recipient preposition. */
function objectOf(view: SentenceView, hit: TriggerHit, end: number, nextTrigger: number, actors: readonly PlacedMention[]): PlacedMention | undefined {
  const reach = objectReachEnd(view, hit, end);
  // The object ends where the next event's words begin ("condemned the attacks and urged Israel…").
  const stop = Math.min(reach, nextTrigger - 1);
  const actorIds = new Set(actors.map(actorId));
  // "condemned the shelling of Armenian villages by Azerbaijani forces": the accused is the act's author.
  const author = hit.type === "ACCUSE" ? afterWord(view, hit.last + 1, stop, agentPrepositions) : undefined;
  if (author && !actorIds.has(actorId(author))) return author;
  // From the word after the verb: a split phrasal verb holds its object inside ("forced the agency out").
  for (const pm of mentionsBetween(view, hit.first + 1, stop)) {
    // The actor named again ("by the Rapid Support Forces (RSF) on the city") is not the object.
    if (!canAct(pm) || actorIds.has(actorId(pm))) continue;
    // A name right before the next event's words is that event's actor ("a response to Ukrainian attacks").
    if (pm.last + 1 === nextTrigger || (pm.last + 2 === nextTrigger && view.words[pm.last + 1] === "'s")) continue;
    const preposition = inPrepositionalPhrase(view, pm);
    if (preposition === null || recipientPrepositions.has(preposition)) return pm;
    if (cooperativePrepositions.has(preposition) && (cooperativeTypes.has(hit.type) || withRecipientTypes.has(hit.type) || hit.entry.symmetric)) return pm;
    if (preposition === "from" && fromRecipientTypes.has(hit.type)) return pm;
    // "shelling of X", "seized parts of X": an of-phrase close to the trigger belongs to its object.
    if (preposition === "of" && (hit.noun || pm.first - hit.last <= 4)) return pm;
  }
  return undefined;
}

/** A name right before a noun trigger modifies it: "Armenian shelling", "Russia's invasion". */
function modifierOf(view: SentenceView, hit: TriggerHit): PlacedMention | undefined {
  for (let i = hit.first - 1; i >= Math.max(0, hit.first - 3); i--) {
    const pm = view.mentionAt.get(i);
    if (pm) return canAct(pm) ? pm : undefined;
    const word = view.words[i] ?? "";
    // An article or a reporting verb opens the noun phrase: "Russia said the attack…" has no modifier.
    if (determiners.has(word) || reportingVerbs.has(word)) return undefined;
    if (lightVerbs.has(word) || hit.entry.needsBefore?.includes(word)) return undefined;
    if (view.words[i] !== "'s" && !/^\p{Ll}/u.test(view.tokens[i]?.text ?? "")) return undefined;
  }
  return undefined;
}

/** "repelled an attack", "foiled a plot": the verb's subject is the target of the noun's act, not its author. */
function defendedAgainst(view: SentenceView, hit: TriggerHit, start: number): boolean {
  if (!hit.noun) return false;
  for (let i = hit.first - 1; i >= Math.max(start, hit.first - 4); i--) {
    if (defensiveVerbs.has(view.words[i] ?? "")) return true;
    if (view.mentionAt.has(i)) return false;
  }
  return false;
}

/** The sides a third party brings together: "talks between Israel and Hamas". */
function sidesAfter(view: SentenceView, hit: TriggerHit, end: number): PlacedMention[] {
  return mentionsBetween(view, hit.last + 1, Math.min(end, hit.last + 2 * objectReach)).filter(
    (pm) => canAct(pm) && sidePrepositions.has(inPrepositionalPhrase(view, pm) ?? ""),
  );
}

/**
 * Where a speech act was made: a place right after a speaking verb ("said in New York", "told reporters in
 * Cairo"). A place named in what was said is not where it was said.
 */
function whereSaid(view: SentenceView): string | null {
  for (let i = 0; i < view.words.length; i++) {
    if (!speakingVerbs.has(view.words[i] ?? "")) continue;
    for (let j = i + 1; j <= Math.min(view.words.length - 2, i + speechPlaceReach); j++) {
      const word = view.words[j] ?? "";
      const place = view.mentionAt.get(j + 1);
      if ((word === "in" || word === "at") && place?.mention.role === "place" && place.first === j + 1) return place.mention.entity;
      // Only the verb's own adjuncts lie between it and its place ("told reporters on Friday in Cairo").
      if (!speechFillers.has(word)) break;
    }
  }
  return null;
}

/** A noun trigger belongs to the subject only as the object of a light verb ("Azerbaijan has launched an offensive"). */
function hasLightVerb(view: SentenceView, hit: TriggerHit, start: number): boolean {
  for (let i = hit.first - 1; i >= Math.max(start, hit.first - 4); i--) {
    const word = view.words[i] ?? "";
    // The verb of a collocation ("restored relations", "reached an agreement") acts as a light verb.
    if (lightVerbs.has(word) || (hit.entry.needsBefore?.includes(word) && !determinerWords.has(word))) return true;
    if (view.mentionAt.has(i)) return false;
  }
  return false;
}

/** "Russia said Sudan must return…": the subject of "must" is asked, the reporting clause's subject asks. */
function modalDemand(view: SentenceView, hit: TriggerHit, start: number): { actors: PlacedMention[]; recipients: PlacedMention[] } {
  const asked = subjectOf(view, start, hit.first);
  const asker = start > 0 ? subjectOf(view, 0, start, false) : [];
  return { actors: asker, recipients: asked };
}

function receivedFrom(view: SentenceView, hit: TriggerHit, start: number): boolean {
  for (let i = hit.first - 1; i >= Math.max(start, hit.first - 3); i--) if (receiveVerbs.has(view.words[i] ?? "")) return true;
  return false;
}

/** The place nearest the trigger; a place after the next event's words is that event's ("a response to attacks on Belgorod"). */
function nearestPlace(view: SentenceView, hit: TriggerHit, taken: ReadonlySet<PlacedMention>, within: Span | null, nextTrigger: number): string | null {
  let best: PlacedMention | undefined;
  let bestDistance = Infinity;
  for (const pm of view.mentions) {
    if (taken.has(pm) || pm.mention.role !== "place" || pm.first > nextTrigger) continue;
    if (within && !(within.start <= pm.mention.start && pm.mention.end <= within.end)) continue;
    const distance = pm.first > hit.last ? pm.first - hit.last : hit.first - pm.last;
    if (distance < bestDistance) {
      best = pm;
      bestDistance = distance;
    }
  }
  return best ? best.mention.entity : null;
}

/**
 * Actor, recipient and location from the frame around one trigger. `within` is the content of the claim
 * that reports the event: its place is the one the speaker names, not where the speaker sits.
 */
export function findParticipants(view: SentenceView, hit: TriggerHit, within: Span | null = null, nextTrigger = Infinity): Participants {
  const { start, end } = clauseBounds(view, hit);
  if (hit.entry.pos === "modal") {
    const demand = modalDemand(view, hit, start);
    return { actors: demand.actors.map(actorId), recipients: demand.recipients.map(actorId), location: null };
  }
  let actors: PlacedMention[];
  let recipients: PlacedMention[];
  const subject = subjectOf(view, start, hit.first, true, !hit.noun);
  // A noun's agent may follow its passive verb: "the attack was carried out by X".
  const byAgent = afterWord(view, hit.last + 1, Math.min(end, hit.last + (hit.noun ? 2 * agentReach : agentReach)), agentPrepositions);
  if (isPassive(view, hit)) {
    actors = byAgent ? [byAgent] : [];
    recipients = subject.length > 0 ? subject : reporterAsTarget(view, hit, start, hit.first - 1, actors);
  } else if (hit.noun && receivedFrom(view, hit, start)) {
    const giver = afterWord(view, hit.last + 1, end, sourcePrepositions);
    actors = giver ? [giver] : [];
    recipients = subject;
  } else {
    const modifier = hit.noun ? modifierOf(view, hit) : undefined;
    // "repelled an attack by X on Y": X acts on Y, the one who repelled it was only its target.
    const defended = defendedAgainst(view, hit, start);
    const nounSubject = hit.noun && (defended || !hasLightVerb(view, hit, start)) ? [] : subject;
    actors = modifier ? [modifier] : byAgent && hit.noun ? [byAgent] : nounSubject;
    const object = objectOf(view, hit, end, nextTrigger, actors);
    recipients = object && !actors.includes(object) ? [object] : defended ? subject : [];
    if (recipients.length === 0 && !hit.noun) recipients = reporterAsTarget(view, hit, hit.last + 1, Math.min(end, hit.last + 4), actors);
  }
  // Roles the word patterns miss, the tree may still state: passives, controlled subjects, "on"/"against" phrases.
  if (view.syntax && (actors.length === 0 || recipients.length === 0)) {
    const tree = treeRoles(view.syntax, view, hit);
    if (actors.length === 0 && tree.actor && !recipients.includes(tree.actor)) actors = [tree.actor];
    if (recipients.length === 0 && tree.recipient && !actors.includes(tree.recipient)) recipients = [tree.recipient];
  }
  if (hit.entry.inverse) [actors, recipients] = [recipients, actors];
  if (hit.entry.mediates) recipients = sidesAfter(view, hit, end);
  if (hit.entry.symmetric) {
    // "fighting between the army and the RSF", "clashes with rebels": every side named is an actor.
    actors = distinct([...actors, ...recipients, ...sidesAfter(view, hit, end)]);
    recipients = [];
  }
  const taken = new Set([...actors, ...recipients]);
  const actorIds = [...new Set(actors.map(actorId))];
  const recipientIds = [...new Set(recipients.map(actorId))].filter((id) => !actorIds.includes(id));
  const location = speechTypes.has(hit.type) ? whereSaid(view) : nearestPlace(view, hit, taken, within, nextTrigger);
  return { actors: actorIds, recipients: recipientIds, location };
}
