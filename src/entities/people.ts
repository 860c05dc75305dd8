import { lexicon } from "./lexicon.js";
import type { NameMention, PersonMention, RawMention } from "./raw-mention.js";
import type { TokenView } from "./token-view.js";

export interface Person {
  readonly name: string;
  readonly title?: string;
  readonly owner?: RawMention;
  readonly mentions: readonly (PersonMention | NameMention)[];
}

interface Cluster {
  name: string;
  words: string[];
  title?: string;
  owner?: RawMention;
  readonly mentions: (PersonMention | NameMention)[];
}

/**
 * One person per full name; a surname alone ("Vardanyan") joins the person who bears it, nearest
 * before, else first after. Lone capitalised words that match nobody are dropped.
 */
export function clusterPeople(tokens: readonly TokenView[], raw: readonly RawMention[]): Person[] {
  const clusters: Cluster[] = [];
  const byName = new Map<string, Cluster>();
  // Surname or full name → the people bearing it, in order of first mention: keeps linking linear.
  const bearers = new Map<string, Cluster[]>();
  const people = raw.filter((m): m is PersonMention | NameMention => m.kind === "person" || m.kind === "name");
  const wordsOf = (m: RawMention) => tokens.slice(m.first, m.end).map((t) => t.key);
  const textOf = (m: RawMention) => tokens.slice(m.first, m.end).map((t) => t.text).join(" ");
  const register = (cluster: Cluster) => {
    clusters.push(cluster);
    for (const key of new Set([cluster.words.join(" "), surnameOf(cluster.words)])) {
      const list = bearers.get(key);
      if (list) list.push(cluster);
      else bearers.set(key, [cluster]);
    }
  };

  for (const mention of people) {
    const words = wordsOf(mention);
    if (mention.kind !== "person" || words.length < 2) continue;
    const key = words.join(" ");
    let cluster = byName.get(key);
    if (cluster === undefined) {
      cluster = { name: textOf(mention), words, mentions: [] };
      byName.set(key, cluster);
      register(cluster);
    }
    cluster.mentions.push(mention);
    absorb(cluster, mention);
  }
  for (const mention of people) {
    const words = wordsOf(mention);
    if (mention.kind === "person" && words.length >= 2) continue;
    const target = nearest(bearers.get(words.join(" ")) ?? [], mention.first);
    if (target) {
      target.mentions.push(mention);
      if (mention.kind === "person") absorb(target, mention);
    } else if (mention.kind === "person") {
      const cluster: Cluster = { name: textOf(mention), words, mentions: [mention] };
      absorb(cluster, mention);
      register(cluster);
    }
  }
  return clusters;
}

/** The last word of a name, before any "Jr." or "Sr.": "Ferdinand Marcos Jr." is "Marcos" alone. */
function surnameOf(words: readonly string[]): string {
  const suffixes = lexicon().nameSuffixes;
  let last = words.length - 1;
  while (last > 0 && (words[last] === "." || suffixes.has(words[last] ?? ""))) last--;
  return words[last] ?? "";
}

function absorb(cluster: Cluster, mention: PersonMention): void {
  cluster.title ??= mention.title;
  cluster.owner ??= mention.owner;
}

/** Of the people bearing a name, the one mentioned last before token `at`, else the first after it. */
function nearest(candidates: readonly Cluster[], at: number): Cluster | undefined {
  let before: Cluster | undefined;
  for (const cluster of candidates) if ((cluster.mentions[0]?.first ?? 0) <= at) before = cluster;
  return before ?? candidates[0];
}
