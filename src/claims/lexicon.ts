import channelData from "../../data/claims/channels.json" with { type: "json" };
import boundData from "../../data/claims/content-bounds.json" with { type: "json" };
import speakerData from "../../data/claims/speaker-words.json" with { type: "json" };
import cueData from "../../data/claims/stance-cues.json" with { type: "json" };
import { verbForms, type VerbForm } from "../annotate/inflection.js";
import { reportingNouns, reportingVerbs, spellings, type ReportingNoun, type ReportingVerb } from "../lexicon/reporting-verbs.js";
import { indexPhrases, type PhraseIndex } from "./phrases.js";

export type VerbEntry = ReportingVerb;
export type NounEntry = ReportingNoun;

/** One way a verb cue can be spelled: its first word's form, then the remaining words of a phrasal verb. */
export interface VerbSpelling {
  readonly rest: readonly string[];
  readonly form: VerbForm;
  readonly entry: VerbEntry;
}

export interface Lexicon {
  /** Keyed by the lower-cased first word; phrasal spellings ("pointed out") before single words. */
  readonly verbs: ReadonlyMap<string, readonly VerbSpelling[]>;
  readonly nouns: ReadonlyMap<string, NounEntry>;
  readonly denialPredicates: PhraseIndex;
  readonly obligationModals: PhraseIndex;
  readonly warningPhrases: PhraseIndex;
  readonly promisePhrases: PhraseIndex;
  /** Harm a speaker can announce to another ("retaliate", "walk out"), every verb form indexed. */
  readonly threatActions: PhraseIndex;
  /** Actions that benefit someone ("rebuild", "release", "compensate"), every verb form indexed. */
  readonly benefitActions: PhraseIndex;
  /** Words before a harm word that make it someone else's ("against any attack", "prevent war", "not attack"). */
  readonly protectiveWords: ReadonlySet<string>;
  /** Words and phrases by which a report refers to its speaker as the one who will act ("it", "the group"). */
  readonly commitmentSubjects: PhraseIndex;
  readonly commitmentModals: PhraseIndex;
  readonly negators: readonly (readonly string[])[];
  readonly hostileActs: ReadonlySet<string>;
  readonly hedges: ReadonlySet<string>;
  readonly referenceNouns: ReadonlySet<string>;
  readonly channelNouns: PhraseIndex;
  readonly platforms: ReadonlySet<string>;
  readonly media: PhraseIndex;
  readonly personPronouns: ReadonlySet<string>;
  readonly groupPronouns: ReadonlySet<string>;
  readonly personDescriptions: ReadonlySet<string>;
  readonly organDescriptions: ReadonlySet<string>;
  readonly governingHeads: ReadonlySet<string>;
  readonly anonymousSpeakers: ReadonlySet<string>;
  readonly introWords: ReadonlySet<string>;
  /** Phrases about the reporting act itself ("without elaborating", "could not be independently verified"). */
  readonly reportingAsides: PhraseIndex;
  readonly asideJoiners: ReadonlySet<string>;
  readonly contrastJoiners: ReadonlySet<string>;
  readonly speakerActivities: PhraseIndex;
  readonly activityPrepositions: ReadonlySet<string>;
  /** After a comma: the speaker's own stance or motive ("…, bowing to weeks of protests"). */
  readonly speakerParticiples: PhraseIndex;
  readonly sourceGroups: ReadonlySet<string>;
  readonly presentFinites: ReadonlySet<string>;
}

const words = (phrase: string): string[] => phrase.toLowerCase().split(/\s+/).filter(Boolean);
const phrases = (list: readonly string[]) => list.map(words).sort((a, b) => b.length - a.length);

function buildVerbIndex(entries: readonly VerbEntry[]): Map<string, VerbSpelling[]> {
  const index = new Map<string, VerbSpelling[]>();
  for (const entry of entries) {
    const [, ...rest] = words(entry.lemma);
    for (const [form, kind] of spellings(entry)) {
      const list = index.get(form) ?? [];
      list.push({ rest, form: kind, entry });
      index.set(form, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return index;
}

// "retaliate" → "retaliates", "retaliated", "retaliating"; "walk out" → "walked out", …
function inflectedPhrases(list: readonly string[]): string[] {
  return list.flatMap((phrase) => {
    const [head = "", ...rest] = words(phrase);
    return [...verbForms(head).keys()].map((form) => [form, ...rest].join(" "));
  });
}

let cached: Lexicon | undefined;

/** The reporting-verb, noun, stance-cue, channel and speaker-word tables, indexed once on first use. */
export function lexicon(): Lexicon {
  cached ??= {
    verbs: buildVerbIndex(reportingVerbs),
    nouns: new Map(reportingNouns.flatMap((n) => [[n.noun, n] as const, [`${n.noun}s`, n] as const])),
    denialPredicates: indexPhrases(cueData.denialPredicates),
    obligationModals: indexPhrases(cueData.obligationModals),
    warningPhrases: indexPhrases(cueData.warningPhrases),
    promisePhrases: indexPhrases(cueData.promisePhrases),
    threatActions: indexPhrases(inflectedPhrases(cueData.threatActions)),
    benefitActions: indexPhrases(inflectedPhrases(cueData.benefitActions)),
    protectiveWords: new Set(cueData.protectiveWords),
    commitmentSubjects: indexPhrases(cueData.commitmentSubjects),
    commitmentModals: indexPhrases(cueData.commitmentModals),
    negators: phrases(cueData.negators),
    hostileActs: new Set(cueData.hostileActs.flatMap(words)),
    hedges: new Set(cueData.hedges),
    referenceNouns: new Set(cueData.referenceNouns),
    channelNouns: indexPhrases(channelData.nouns),
    platforms: new Set(channelData.platforms.map((p) => p.toLowerCase())),
    media: indexPhrases(channelData.media),
    personPronouns: new Set(speakerData.personPronouns),
    groupPronouns: new Set(speakerData.groupPronouns),
    personDescriptions: new Set(speakerData.personDescriptions),
    organDescriptions: new Set(speakerData.organDescriptions),
    governingHeads: new Set(speakerData.governingHeads),
    anonymousSpeakers: new Set(speakerData.anonymousSpeakers),
    introWords: new Set(speakerData.introWords),
    reportingAsides: indexPhrases(boundData.reportingAsides),
    asideJoiners: new Set(boundData.asideJoiners),
    contrastJoiners: new Set(boundData.contrastJoiners),
    speakerActivities: indexPhrases(boundData.speakerActivities),
    activityPrepositions: new Set(boundData.activityPrepositions),
    speakerParticiples: indexPhrases(boundData.speakerParticiples),
    sourceGroups: new Set(boundData.sourceGroups),
    presentFinites: new Set(boundData.presentFinites),
  };
  return cached;
}
