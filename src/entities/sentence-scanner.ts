import type { EntityType } from "./entity.js";
import { gazetteer, rank, smallTown, type Gazetteer, type GazetteerEntry } from "./gazetteer.js";
import { acrossList, coordinators } from "./list-edge.js";
import { lexicon, type Lexicon } from "./lexicon.js";
import { organTable, type OrganTable } from "./organ-table.js";
import { matchPhraseAt, matchPhraseBefore } from "./phrase-match.js";
import type { GazetteerMention, OrganMention, OwnerMention, RawMention } from "./raw-mention.js";
import { readingOf, skipCoordinate } from "./reading.js";
import { slug } from "./name-key.js";
import { isHeadlineCased, type TokenView } from "./token-view.js";

// Groups are left out: "the Taliban government" is the group itself, not an organ it owns.
const ownerTypes = new Set<EntityType>(["country", "polity", "region"]);
const possessive = new Set(["'s", "'"]);
const maxNameWords = 5;
/** How far after a lone name a pronoun may tell what it names. */
const pronounReach = 16;
const segmentBreaks = new Set(["and", "in"]);
const dottedAbbreviation = /\.\p{L}+$/u;
/** Directions between a place and its container: "in central Mali", "in northern Iraq". */
const compassWords = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"]);
/** Prepositions that locate the speakers, not name them: "Officials in Oakland said". */
const locatingPrepositions = new Set(["in", "at", "near", "around", "outside", "inside", "across", "throughout", "within"]);
/** Words between a company's verb and its object: "suspended its operations". */
const objectDeterminers = new Set(["its", "their", "the", "all", "some"]);
const particleName = /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|abd)-\p{Lu}/u;

interface Bounds {
  readonly start: number;
  readonly end: number;
  readonly headline: boolean;
}

/** Finds the candidate mentions of one sentence from its tokens; resolution happens later, per document. */
export class SentenceScanner {
  private readonly gaz: Gazetteer = gazetteer();
  private readonly lex: Lexicon = lexicon();
  private readonly organs: OrganTable = organTable();
  /** Capitalised word key → how often the article writes it; counted on first need. */
  private capitalisedCounts: Map<string, number> | undefined;
  /** Country codes of the countries and demonyms the article names anywhere; found on first need. */
  private namedCountries: ReadonlySet<string> | undefined;

  constructor(
    private readonly tokens: readonly TokenView[],
    /** Words the article also writes in lower case: common words, not names, when capitalised at a sentence start. */
    private readonly lowerCaseWords: ReadonlySet<string>,
  ) {}

  scan(start: number, end: number): RawMention[] {
    const bounds: Bounds = { start, end, headline: isHeadlineCased(this.tokens, start, end, (key) => this.isCommonWord(key)) };
    const found: RawMention[] = [];
    let i = start;
    while (i < end) {
      const organ = this.organAt(i, bounds);
      if (organ) {
        found.push(organ);
        i = organ.end;
        continue;
      }
      const token = this.tokens[i];
      if (token === undefined) break;
      // "The", "In", "After": a capital that starts a sentence, not a name.
      if (token.capitalised && this.lex.neverNames.has(token.key)) {
        const known = this.knownAt(i, end, bounds, 1);
        if (known) found.push(known);
        i = known?.end ?? i + 1;
        continue;
      }
      // "al-Fashir", "as-Suwayda": a name behind a lower-case article reads like a capitalised one.
      if (!token.capitalised && !particleName.test(token.text)) {
        const known = this.lowerCaseNameAt(i, bounds);
        if (known) found.push(known);
        i = known?.end ?? i + 1;
        continue;
      }
      i = this.readRun(i, this.runEnd(i, end), bounds, found);
    }
    return found;
  }

  /** A maximal stretch of capitalised words, joined across "of", "the", "and" … when a capital follows. */
  private runEnd(from: number, limit: number): number {
    let j = from + 1;
    while (j < limit) {
      if (this.isNameWord(this.tokens[j])) {
        j++;
        continue;
      }
      let k = j;
      while (k < limit && k - j < 2 && this.joins(this.tokens[k]?.key ?? "")) k++;
      if (k > j && k < limit && this.tokens[k]?.capitalised) j = k;
      else break;
    }
    return j;
  }

  private isCommonWord(key: string): boolean {
    return this.lowerCaseWords.has(key) || this.lex.actorVerbForms.has(key) || this.lex.neverNames.has(key) || this.lex.organisationHeads.has(key);
  }

  private joins(key: string): boolean {
    return this.lex.connectors.has(key) || this.lex.nameParticles.has(key);
  }

  /** Reads the capitalised run [from, to); returns where reading stopped (a known name may run past `to`). */
  private readRun(from: number, to: number, bounds: Bounds, found: RawMention[]): number {
    const whole = this.knownAt(from, bounds.end, bounds, to - from, to);
    if (whole && whole.end >= to) {
      found.push(whole);
      return whole.end;
    }
    const organisation = this.organisationRun(from, to, bounds);
    if (organisation) {
      // "Baalbek in the Bekaa Valley": a place before the connectors is read on its own.
      let prefixEnd = organisation.first;
      while (prefixEnd > from && this.lex.connectors.has(this.tokens[prefixEnd - 1]?.key ?? "")) prefixEnd--;
      if (prefixEnd > from) {
        const prefix = this.knownAt(from, prefixEnd, bounds, prefixEnd - from);
        if (prefix?.end === prefixEnd) found.push(prefix);
      }
      found.push(organisation);
      return to;
    }
    let leftover = -1;
    let p = from;
    while (p < to) {
      // A known name may continue in lower case past the run ("Côte d'Ivoire", "Lachin corridor").
      const known = (p > from ? this.organAt(p, bounds) : undefined) ?? this.knownAt(p, bounds.end, bounds, this.segmentLength(p, from, to), to);
      // "Bab al-Tabbaneh": a known name that an Arabic-article word continues is only the start of an unknown one.
      if (!known || this.givenNameStarts(known, p, to, leftover, bounds) || (known.end < to && particleName.test(this.tokens[known.end]?.text ?? ""))) {
        if (leftover < 0) leftover = p;
        p++;
        continue;
      }
      if (leftover >= 0) this.readPiece(leftover, p, known, bounds, found);
      leftover = -1;
      found.push(known);
      p = known.end;
    }
    if (leftover >= 0) this.readLeftover(leftover, to, bounds, found);
    return p;
  }

  /**
   * Unknown words before a known name. "Tahrir Square in Cairo": a place head before "in" makes a place,
   * located in the name that follows; anything else is read for titles and people.
   */
  private readPiece(from: number, to: number, next: RawMention, bounds: Bounds, found: RawMention[]): void {
    let end = to;
    while (end > from && this.lex.connectors.has(this.tokens[end - 1]?.key ?? "")) end--;
    const inNext = end < to && this.tokens[end]?.key === "in" && next.kind === "gazetteer";
    const place = inNext && end - from >= 2 && this.lex.placeHeads.has(this.tokens[end - 1]?.key ?? "") ? this.organisationRun(from, end, bounds) : undefined;
    if (place?.kind !== "organisation" || place.type !== "place" || place.first !== from) return this.readLeftover(from, to, bounds, found);
    // The town it is said to be in, not a namesake inside its name ("Freedom Square" is not in Freedom, California).
    found.push(next.kind === "gazetteer" ? { ...place, owner: next } : place);
  }

  /** The part of the run [from, to) around `at` between any "and" or "in": "Sweida and Xankəndi" is two names. */
  private segmentLength(at: number, from: number, to: number): number {
    let start = at;
    while (start > from && !segmentBreaks.has(this.tokens[start - 1]?.key ?? "")) start--;
    let end = at + 1;
    while (end < to && !segmentBreaks.has(this.tokens[end]?.key ?? "")) end++;
    return end - start;
  }

  /**
   * The longest gazetteer name or demonym starting at `at`, within `limit`. Past `runEnd` (the end of
   * the capitalised run) only names that are themselves written in lower case there may continue.
   */
  private knownAt(at: number, limit: number, bounds: Bounds, runLength: number, runEnd = limit): GazetteerMention | OwnerMention | undefined {
    const first = this.tokens[at];
    if (first === undefined) return undefined;
    // Names up to `open` words need no licence; longer ones only if written with a lower-case word inside.
    const open = this.capitalisedEnd(runEnd, limit) - at;
    const reach = this.gaz.lowerCaseInsideReach.get(first.foldHead) ?? 0;
    const longest = Math.min(Math.max(this.gaz.longestFrom(first.foldHead) ?? 0, 2), limit - at, Math.max(open, reach));
    const keys = this.prefixKeys(at, longest);
    for (let length = keys.length; length >= 1; length--) {
      const key = keys[length - 1] ?? "";
      if (key === "" || (length > open && !this.gaz.lowerCaseInside.has(key))) continue;
      const demonym = this.gaz.demonyms.get(key);
      if (demonym) return { kind: "demonym", first: at, end: at + length, sentence: first.sentence, entry: demonym, reading: this.reading(at, at + length, bounds) };
      const candidates = this.gaz.candidates(key);
      if (candidates && this.plausible(candidates, at, length, bounds, runLength)) {
        return this.withDivision(at, at + length, key, candidates, bounds) ?? this.gazetteerMention(at, at + length, key, candidates, bounds);
      }
    }
    return undefined;
  }

  /** Where capitals, dots and possessives from `from` stop: "St. Petersburg", "Cox's Bazar" cross where a run stops. */
  private capitalisedEnd(from: number, limit: number): number {
    let k = from;
    for (let token = this.tokens[k]; k < limit && token !== undefined; token = this.tokens[++k]) {
      if (!(token.capitalised || token.text === "." || possessive.has(token.key))) break;
    }
    return k;
  }

  /** "the Bryansk region", "Idlib province": the name with its administrative word is the region, not the town. */
  private withDivision(first: number, end: number, key: string, candidates: readonly GazetteerEntry[], bounds: Bounds): GazetteerMention | undefined {
    const division = end < bounds.end ? this.tokens[end]?.key : undefined;
    if (division === undefined || !this.lex.administrativeDivisions.has(division)) return undefined;
    const curated = [division, ...this.lex.administrativeDivisions]
      .flatMap((word) => this.gaz.candidates(`${key} ${word}`) ?? [])
      .concat(candidates)
      .filter((c) => c.type === "region");
    const regions = curated.length > 0 ? curated : candidates.filter((c) => c.type === "city").map((city) => regionAround(city, this.textOf(first, end + 1)));
    if (regions.length === 0) return undefined;
    return this.gazetteerMention(first, end + 1, `${key} ${division}`, regions, bounds);
  }

  private gazetteerMention(first: number, end: number, key: string, candidates: readonly GazetteerEntry[], bounds: Bounds): GazetteerMention {
    const before = first > bounds.start ? (this.tokens[first - 1]?.key ?? "") : "";
    const beforeThe = before === "the" && first - 1 > bounds.start ? (this.tokens[first - 2]?.key ?? "") : before;
    return {
      kind: "gazetteer",
      first,
      end,
      sentence: this.tokens[first]?.sentence ?? 0,
      key,
      candidates,
      reading: this.reading(first, end, bounds),
      afterPlacePreposition: this.lex.placePrepositions.has(beforeThe),
      ...this.containerAfter(end, bounds),
    };
  }

  /** "Paris, Texas", "Douentza in central Mali": the token where the container would start. */
  private containerAfter(end: number, bounds: Bounds): { containerAt?: number } {
    const link = this.tokens[end]?.key;
    if (end >= bounds.end || (link !== "," && link !== "in")) return {};
    const compass = compassWords.has(this.tokens[end + 1]?.key ?? "");
    return { containerAt: end + (compass ? 2 : 1) };
  }

  private plausible(candidates: readonly GazetteerEntry[], at: number, length: number, bounds: Bounds, runLength: number): boolean {
    const token = this.tokens[at];
    if (token === undefined) return false;
    // "US" is a name even though "us" is a pronoun.
    if (length === 1 && this.lex.neverNames.has(token.key) && !(token.allCaps && this.gaz.acronyms.has(token.fold))) return false;
    // Acronyms only as acronyms: "AP" is the agency, "Ap" is not.
    if (length === 1 && token.key.length <= 4 && this.gaz.acronyms.has(token.fold) && !token.allCaps) return false;
    const townsOnly = candidates.every((c) => c.rank === rank.city);
    if (!townsOnly) return true;
    // "MO", "WA": a short word in capitals is an abbreviation, not a town.
    if (length === 1 && token.allCaps && token.text.length <= 3) return false;
    const bigTown = candidates.some((c) => c.population >= smallTown || c.capital || c.provincialCapital);
    // A small town inside a longer capitalised run is more likely part of a person's name, and any
    // town directly beside another capitalised word too ("President Vladimir Putin").
    if (runLength > length && (!bigTown || (!bounds.headline && this.besideName(at, at + length, bounds)))) return false;
    const common = this.lowerCaseWords.has(token.key) || this.lex.organisationHeads.has(token.key);
    if (common && !(at > bounds.start && this.lex.placePrepositions.has(this.tokens[at - 1]?.key ?? ""))) return false;
    return !(length === 1 && this.speaks(at + 1, bounds) && !this.placeLike(candidates) && !this.locatedBefore(at, bounds));
  }

  /** After a locating preposition, directly or through a list of names: "in Victoria and Vancouver said". */
  private locatedBefore(at: number, bounds: Bounds): boolean {
    const before = acrossList(this.tokens, at, -1) - 1;
    return before >= bounds.start && locatingPrepositions.has(this.tokens[before]?.key ?? "");
  }

  /**
   * "Toyota said", "Ruto said": a town's name that speaks is read as a town only when it seats a
   * government (metonymy) or the article names the town's country.
   */
  private placeLike(towns: readonly GazetteerEntry[]): boolean {
    this.namedCountries ??= countriesNamedIn(this.tokens, this.gaz);
    const named = this.namedCountries;
    return towns.some((town) => town.seatOf !== undefined || town.capital || town.provincialCapital || (town.country !== undefined && named.has(town.country)));
  }

  /**
   * A town name with a name word before it ("President Vladimir Putin") or after it ("Vladimir Putin")
   * is part of a person's name; a title, organisation or place word after it ("Kyiv Mayor …",
   * "Kharkiv Regional Council") leaves it a place.
   */
  private besideName(first: number, end: number, bounds: Bounds): boolean {
    const before = first > bounds.start ? this.tokens[first - 1] : undefined;
    const after = end < bounds.end ? this.tokens[end] : undefined;
    const nameWord = (t: TokenView | undefined) => t !== undefined && t.capitalised && !this.lex.neverNames.has(t.key);
    if (nameWord(before)) return true;
    if (!nameWord(after) || after === undefined) return false;
    const describes =
      matchPhraseAt(this.tokens, end, bounds.end, this.lex.titles) !== undefined ||
      this.lex.organisationHeads.has(after.key) ||
      this.lex.placeHeads.has(after.key) ||
      this.lex.administrativeDivisions.has(after.key);
    return !describes;
  }

  private lowerCaseNameAt(at: number, bounds: Bounds): GazetteerMention | undefined {
    const token = this.tokens[at];
    if (token === undefined || !this.gaz.lowerCaseStarts.has(token.key)) return undefined;
    const keys = this.prefixKeys(at, Math.min(this.gaz.longestFrom(token.foldHead) ?? 1, bounds.end - at));
    for (let length = keys.length; length >= 1; length--) {
      const key = keys[length - 1] ?? "";
      const candidates = this.gaz.candidates(key);
      if (candidates && this.gaz.lowerCaseNames.has(key)) return this.gazetteerMention(at, at + length, key, candidates, bounds);
    }
    return undefined;
  }

  private reading(first: number, end: number, bounds: Bounds) {
    return readingOf(this.tokens, first, end, bounds.start, bounds.end, this.lex);
  }

  /**
   * The gazetteer keys of the first 1…`count` tokens from `at`: their folds joined by spaces, built once
   * for every length. A dot belongs inside a name ("St. Petersburg") or after an abbreviation ("U.S."),
   * so a key ending in any other dot is empty; other punctuation ends the list.
   */
  private prefixKeys(at: number, count: number): string[] {
    let key = this.tokens[at]?.fold ?? "";
    const keys = [key];
    for (let k = at + 1; k < at + count; k++) {
      const token = this.tokens[k];
      if (token === undefined) break;
      if (token.fold !== "") {
        key += ` ${token.fold}`;
        keys.push(key);
      } else if (token.text === ".") {
        keys.push(dottedAbbreviation.test(this.tokens[k - 1]?.text ?? "") ? key : "");
      } else break;
    }
    return keys;
  }

  // --- government organs

  /** "Azerbaijani Defense Ministry", "Armenia's Foreign Ministry", "Ministry of Defense [of Ukraine | in Baku]". */
  private organAt(at: number, bounds: Bounds): OrganMention | undefined {
    const token = this.tokens[at];
    if (token === undefined) return undefined;
    if (token.capitalised) {
      const owner = this.knownAt(at, bounds.end, bounds, 1, this.runEnd(at, bounds.end));
      if (owner && this.canOwn(owner)) {
        const bodyStart = possessive.has(this.tokens[owner.end]?.key ?? "") ? owner.end + 1 : owner.end;
        let modified = bodyStart;
        while (this.organs.ownerModifiers.has(this.tokens[modified]?.key ?? "")) modified++;
        const body = this.organBody(bodyStart, bounds.end, true) ?? this.organBody(modified, bounds.end, true);
        if (body && !this.namedFurther(body.end, bounds)) return { kind: "organ", first: at, end: body.end, sentence: token.sentence, organ: body.organ, label: body.label, owner };
        const shared = owner.kind === "demonym" ? this.sharedOrgan(owner.end, bounds) : undefined;
        if (shared) return { kind: "organ", first: at, end: owner.end, sentence: token.sentence, organ: shared.organ, label: shared.label, owner };
      }
    }
    const body = token.capitalised ? this.organBody(at, bounds.end, false) : undefined;
    if (!body) return undefined;
    return this.withOwnerAfter({ kind: "organ", first: at, end: body.end, sentence: token.sentence, organ: body.organ, label: body.label }, bounds);
  }

  /** "Indian and Pakistani troops": the organ after the next coordinated demonym is this demonym's too. */
  private sharedOrgan(end: number, bounds: Bounds): OrganMention | undefined {
    if (!coordinators.has(this.tokens[end]?.key ?? "") || end + 1 >= bounds.end) return undefined;
    const next = this.organAt(end + 1, bounds);
    return next?.owner?.kind === "demonym" ? next : undefined;
  }

  /** "Libya's Government of National Unity": the organ word starts a longer name. */
  private namedFurther(end: number, bounds: Bounds): boolean {
    const next = this.tokens[end];
    return end + 1 < bounds.end && next !== undefined && this.lex.connectors.has(next.key) && !!this.tokens[end + 1]?.capitalised && !this.knownAt(end + 1, bounds.end, bounds, 1);
  }

  private canOwn(mention: GazetteerMention | OwnerMention): boolean {
    if (mention.kind === "demonym") return true;
    return mention.candidates.some((c) => ownerTypes.has(c.type));
  }

  /** An organ named after it: "of (the) Ukraine" joins the mention; "in Baku" points to the seat's government. */
  private withOwnerAfter(organ: OrganMention, bounds: Bounds): OrganMention | undefined {
    const next = this.tokens[organ.end]?.key;
    if (next === "of" || next === "in") {
      const at = this.tokens[organ.end + 1]?.key === "the" ? organ.end + 2 : organ.end + 1;
      const place = at < bounds.end ? this.knownAt(at, bounds.end, bounds, 1) : undefined;
      if (place?.kind === "gazetteer" && next === "in") return { ...organ, seat: place };
      if (place && next === "of" && this.canOwn(place)) return { ...organ, end: place.end, owner: place };
    }
    // Ministries are worth keeping without an owner (later resolved from the article); bodies are not.
    return organ.label.startsWith("Ministry") ? organ : undefined;
  }

  private organBody(at: number, limit: number, owned: boolean): { end: number; organ: string; label: string } | undefined {
    const head = this.tokens[at]?.key ?? "";
    if (this.organs.ministryHeads.has(head) && this.tokens[at + 1]?.key === "of") {
      const fieldAt = this.tokens[at + 2]?.key === "the" ? at + 3 : at + 2;
      const field = this.matchOrgan(fieldAt, limit, this.organs.fields);
      if (field) return { end: field.end, organ: field.organ, label: field.label };
    }
    const field = this.matchOrgan(at, limit, this.organs.fields);
    if (field && this.tokens[field.end]?.key === "ministry" && field.end < limit) {
      return { end: field.end + 1, organ: field.organ, label: field.label };
    }
    if (!owned) return undefined;
    const body = this.matchOrgan(at, limit, this.organs.bodies);
    return body ? { end: body.end, organ: body.organ, label: body.label } : undefined;
  }

  private matchOrgan(at: number, limit: number, table: OrganTable["fields"]) {
    for (const entry of table) {
      if (at + entry.words.length > limit) continue;
      if (entry.words.every((word, k) => this.tokens[at + k]?.key === word)) return { ...entry, end: at + entry.words.length };
    }
    return undefined;
  }

  // --- organisations and people

  /**
   * "Baku State University", "Southern Transitional Council", "International Organization for Migration",
   * "Second Thomas Shoal": a run named by its head word, at its end or before "of"/"for".
   */
  private organisationRun(from: number, to: number, bounds: Bounds): RawMention | undefined {
    if (to - from < 2) return undefined;
    const head = this.headOf(from, to);
    if (head === undefined) return undefined;
    let start = from;
    while (start < to && (this.lex.connectors.has(this.tokens[start]?.key ?? "") || this.commonAtStart(start, bounds))) start++;
    if (head.final) {
      // "Members of the Civic Contract Party": the name is what follows the last connector.
      for (let k = start; k < to - 2; k++) if (this.lex.connectors.has(this.tokens[k]?.key ?? "")) start = k + 1;
    }
    if (to - start < 2) return undefined;
    const owner = head.type === "place" ? this.knownInside(start, to, bounds) : this.knownAt(start, to, bounds, to - start);
    return {
      kind: "organisation",
      first: start,
      end: to,
      sentence: this.tokens[start]?.sentence ?? 0,
      type: head.type,
      name: this.textOf(start, to),
      ...(owner && (head.type === "place" || this.canOwn(owner)) ? { owner } : {}),
    };
  }

  /** The head word that names the run's kind: last ("… Council", "… Shoal") or before of/for ("Cape of …"). */
  private headOf(from: number, to: number): { type: EntityType; final: boolean } | undefined {
    for (let k = from; k < to; k++) if (this.tokens[k]?.key === "and") return undefined;
    const last = this.tokens[to - 1]?.key ?? "";
    const finalType = this.lex.organisationHeads.get(last) ?? (this.lex.placeHeads.has(last) ? "place" : undefined);
    if (finalType !== undefined) return { type: finalType, final: true };
    for (let k = from; k < to - 2; k++) {
      const key = this.tokens[k]?.key ?? "";
      const next = this.tokens[k + 1]?.key;
      if (next !== "of" && next !== "for") continue;
      const type = this.lex.organisationHeads.get(key) ?? (this.lex.placeHeads.has(key) ? "place" : undefined);
      if (type !== undefined) return { type, final: false };
    }
    return undefined;
  }

  /** The first known name inside a run: where an unknown "… Shoal" or "… Bridge" lies. */
  private knownInside(from: number, to: number, bounds: Bounds): OwnerMention | GazetteerMention | undefined {
    for (let k = from; k < to; k++) {
      const known = this.knownAt(k, to, bounds, 1);
      if (known) return known;
    }
    return undefined;
  }

  private commonAtStart(at: number, bounds: Bounds): boolean {
    return (at === bounds.start || this.isOpening(at)) && this.lowerCaseWords.has(this.tokens[at]?.key ?? "");
  }

  /** Capitalised words the gazetteer does not know: an optional title, then names split at non-name words. */
  private readLeftover(from: number, to: number, bounds: Bounds, found: RawMention[]): void {
    let start = from;
    while (start < to && this.isFiller(this.tokens[start])) start++;
    const title = this.titleAt(start, to);
    // "Sheikh Hasina", "Mullah Omar": an honorific before a single name belongs to the name.
    const honorific = title !== undefined && title.end === start + 1 && to === start + 2 && this.lex.nameHonorifics.has(title.role) && this.nameLike(this.tokens[start + 1]);
    let pieceStart = honorific ? start : (title?.end ?? start);
    let role = honorific ? undefined : title?.role;
    for (let k = pieceStart; k <= to; k++) {
      if (k < to && this.nameLike(this.tokens[k])) continue;
      if (k > pieceStart) this.readName(pieceStart, k, bounds, found, role === undefined ? undefined : { role, start });
      role = undefined;
      pieceStart = k + 1;
    }
  }

  /** "Senior General", "Secretary of State", "Former Prime Minister" at the start of a run. */
  private titleAt(at: number, to: number): { role: string; end: number } | undefined {
    const words: string[] = [];
    let end = at;
    for (let modifier = matchPhraseAt(this.tokens, end, to, this.lex.titleModifiers); modifier; modifier = matchPhraseAt(this.tokens, end, to, this.lex.titleModifiers)) {
      words.push(...modifier.phrase);
      end = modifier.end;
    }
    const title = matchPhraseAt(this.tokens, end, to, this.lex.titles);
    if (!title) return undefined;
    return { role: [...words, ...title.phrase].join(" "), end: title.end };
  }

  private nameLike(token: TokenView | undefined): boolean {
    if (token === undefined || !token.latin) return false;
    if (this.lex.neverNames.has(token.key) || this.lex.organisationHeads.has(token.key)) return false;
    return this.isNameWord(token) || this.lex.nameParticles.has(token.key);
  }

  /** Capitalised, or an Arabic-style particle joined to a capitalised name ("al-Assad", "bin-Salman"). */
  private isNameWord(token: TokenView | undefined): boolean {
    return token !== undefined && (token.capitalised || particleName.test(token.text));
  }

  /** A person ("Ruben Vardanyan", "Pashinyan" after a title), or a lone word to link later. */
  private readName(from: number, to: number, bounds: Bounds, found: RawMention[], title?: { role: string; start: number }): void {
    const start = this.skipCommonStart(from, to, bounds);
    let end = to;
    while (end > start && this.lex.nameParticles.has(this.tokens[end - 1]?.key ?? "")) end--;
    // A person's name is at most a few words; a longer unknown capitalised stretch is no name at all.
    if (end <= start || end - start > maxNameWords) return;
    if (!this.couldBePerson(start, end)) return;
    end = this.withSuffixDot(end, bounds);
    const before = title ?? this.titleBefore(start, bounds);
    const role = before?.role;
    const sentence = this.tokens[start]?.sentence ?? 0;
    // A lone word acting mid-sentence ("met Zelensky", "led by Hemedti") is a person; at a sentence
    // start it may be any plural noun ("Gunmen attacked"), so there only "X said" counts.
    const midSentence = start > bounds.start && !this.isOpening(start);
    const acts = midSentence && this.reading(start, end, bounds) === "actor";
    const single = end - start === 1 && role === undefined;
    const lone = single ? this.loneNameKind(start, bounds, midSentence, acts) : "person";
    if (lone === "organisation") {
      found.push({ kind: "organisation", first: start, end, sentence, type: "organization", name: this.textOf(start, end) });
      return;
    }
    if (lone === "person" && !(bounds.headline && role === undefined)) {
      const owner = before === undefined ? undefined : this.ownerBefore(before.start, found);
      found.push({ kind: "person", first: start, end, sentence, ...(role === undefined ? {} : { title: role }), ...(owner ? { owner } : {}) });
      return;
    }
    found.push({ kind: "name", first: start, end, sentence });
  }

  /**
   * What a lone unknown word is. Company cues after it ("Apple shares", "suspended operations") or "it"
   * after its speech make an organisation; at a sentence start "Factory workers" is a common noun. "Ruto said" is a person when the word is shaped like a
   * surname, not like a plural common noun ("Critics said"); a word that only acts needs a person's
   * pronoun or a surname's ending. Anything else waits for a full name to join.
   */
  private loneNameKind(at: number, bounds: Bounds, midSentence: boolean, acts: boolean): "person" | "organisation" | "name" {
    if ((midSentence && this.organisationCues(at + 1, bounds)) || this.businessSubject(at + 1, bounds)) return "organisation";
    if (this.speaks(at + 1, bounds)) {
      const pronoun = this.pronounAfter(at, bounds);
      if (pronoun === "impersonal") return "organisation";
      return pronoun === "personal" || this.surnameShaped(at) || this.looksLikePerson(at) ? "person" : "name";
    }
    if (!acts) return "name";
    const pronoun = this.pronounAfter(at, bounds);
    return pronoun === "personal" || (pronoun === undefined && this.looksLikePerson(at)) ? "person" : "name";
  }

  /** "Guterres", "Arce": long enough, and not ending like a plural common noun ("Analysts", "Protesters"). */
  private surnameShaped(at: number): boolean {
    const token = this.tokens[at];
    if (token === undefined || token.text.length < 3 || !token.latin) return false;
    return !this.lex.pluralEndings.some((ending) => token.key.endsWith(ending));
  }

  /** "Glencore suspended operations", "Toyota also raised its output": a company's verb and object. */
  private businessSubject(from: number, bounds: Bounds): boolean {
    let k = skipCoordinate(this.tokens, from, bounds.end);
    for (let skipped = 0; skipped < 2 && this.lex.adverbs.has(this.tokens[k]?.key ?? ""); skipped++) k++;
    const verb = this.tokens[k];
    // A verb in the past or third person ("suspended", "raises"), not a noun ("Gold mine output").
    if (verb === undefined || verb.capitalised || k >= bounds.end || !(this.lex.actorVerbForms.has(verb.key) || /(?:ed|s)$/.test(verb.key))) return false;
    k++;
    if (objectDeterminers.has(this.tokens[k]?.key ?? "")) k++;
    return k < bounds.end && this.lex.businessObjects.has(this.tokens[k]?.key ?? "");
  }

  /**
   * Not a person: a word in capitals ("GREAT Governor", "NISSAN SENTRA"), a last word the article
   * also writes in lower case ("Total Endorsement"), or one naming an event, law or facility ("Election Day").
   */
  private couldBePerson(start: number, end: number): boolean {
    if (end - start === 1 && (this.tokens[start]?.text.length ?? 0) < 2) return false;
    for (let k = start; k < end; k++) {
      const token = this.tokens[k];
      if (token === undefined || (token.allCaps && token.text.length > 1)) return false;
    }
    const last = this.tokens[end - 1]?.key ?? "";
    if (end - start === 1 && this.lex.genericSourceNouns.has(last)) return false;
    return !this.lowerCaseWords.has(last) && !this.lex.nonPersonHeads.has(last);
  }

  /** "Apple shares", "Audi executives": a lower-case word that follows organisations, not people. */
  private organisationCues(end: number, bounds: Bounds): boolean {
    const next = this.tokens[end];
    return end < bounds.end && next !== undefined && !next.capitalised && this.lex.organisationCues.has(next.key);
  }

  /**
   * The first pronoun after the name: "he"/"she" (personal) or "it" (impersonal). Past another name the
   * pronoun may be that one's ("Pashinyan said Armenia would freeze its …"), so the search stops there.
   */
  private pronounAfter(at: number, bounds: Bounds): "personal" | "impersonal" | undefined {
    const limit = Math.min(bounds.end, at + pronounReach);
    for (let k = at + 1; k < limit; k++) {
      const token = this.tokens[k];
      if (token === undefined || (token.capitalised && !this.lex.neverNames.has(token.key))) break;
      if (this.lex.personalPronouns.has(token.key)) return "personal";
      if (this.lex.impersonalPronouns.has(token.key)) return "impersonal";
    }
    return undefined;
  }

  /** A common given name, or a surname's ending ("-yan", "-enko"). */
  private looksLikePerson(at: number): boolean {
    const word = this.tokens[at]?.key ?? "";
    return this.lex.givenNames.has(word) || (word.length >= 5 && this.lex.surnameEndings.some((ending) => word.endsWith(ending)));
  }

  /**
   * "Israel Katz said", "Defence Minister Jordan Bardella": a place name that is also a given name starts
   * a person's name when an unknown name follows it and a title or a verb of speech or action says person.
   */
  private givenNameStarts(known: RawMention, p: number, to: number, leftover: number, bounds: Bounds): boolean {
    if (known.kind !== "gazetteer" || known.end !== p + 1 || p + 1 >= to) return false;
    if (!this.lex.givenNames.has(this.tokens[p]?.key ?? "") || !this.nameLike(this.tokens[p + 1])) return false;
    if (this.knownAt(p + 1, to, bounds, 1)) return false;
    const titled = leftover >= 0 ? this.titleAt(leftover, p)?.end === p : this.titleBefore(p, bounds) !== undefined;
    return titled || this.speaks(to, bounds) || this.reading(p, to, bounds) === "actor" || this.namedAgain(this.tokens[p + 1]?.key ?? "");
  }

  /** The word is written capitalised more than once in the article: "Israel Katz … Katz said" names a surname. */
  private namedAgain(key: string): boolean {
    if (this.capitalisedCounts === undefined) {
      this.capitalisedCounts = new Map();
      for (const token of this.tokens) if (token.capitalised) this.capitalisedCounts.set(token.key, (this.capitalisedCounts.get(token.key) ?? 0) + 1);
    }
    return (this.capitalisedCounts.get(key) ?? 0) >= 2;
  }

  /** "Marcos Jr.": the dot written against a name suffix is part of the name. */
  private withSuffixDot(end: number, bounds: Bounds): number {
    const last = this.tokens[end - 1];
    const dot = this.tokens[end];
    const attached = last !== undefined && dot !== undefined && dot.text === "." && dot.start === last.end;
    return attached && end < bounds.end && this.lex.nameSuffixes.has(last.key) ? end + 1 : end;
  }

  /** Drops sentence-initial words that the article also writes in lower case ("Supply crisis …"). */
  private skipCommonStart(from: number, to: number, bounds: Bounds): number {
    let start = from;
    while (start < to && this.isFiller(this.tokens[start])) start++;
    if (start === bounds.start || this.isOpening(start)) {
      const key = this.tokens[start]?.key ?? "";
      if (this.lowerCaseWords.has(key) || this.lex.neverNames.has(key)) start++;
    }
    return start;
  }

  private isFiller(token: TokenView | undefined): boolean {
    return token === undefined || this.lex.connectors.has(token.key) || this.lex.neverNames.has(token.key);
  }

  private isOpening(at: number): boolean {
    const before = this.tokens[at - 1]?.text ?? "";
    return /^["“‘'(«]$/.test(before);
  }

  /** "former prime minister Ruben Vardanyan": a title in lower case just before the name. */
  private titleBefore(start: number, bounds: Bounds): { role: string; start: number } | undefined {
    const title = matchPhraseBefore(this.tokens, start, bounds.start, this.lex.titles);
    if (!title) return undefined;
    const modifier = matchPhraseBefore(this.tokens, title.start, bounds.start, this.lex.titleModifiers);
    const words = [...(modifier?.phrase ?? []), ...title.phrase];
    return { role: words.join(" "), start: modifier?.start ?? title.start };
  }

  /** "Armenia's Prime Minister …", "Russian President …": the mention just before the title. */
  private ownerBefore(titleStart: number, found: readonly RawMention[]): RawMention | undefined {
    const last = found.at(-1);
    if (last === undefined) return undefined;
    if (last.end === titleStart) return last;
    if (last.end === titleStart - 1 && possessive.has(this.tokens[last.end]?.key ?? "")) return last;
    return undefined;
  }

  /** A reporting verb follows, perhaps after an adverb or two ("Vardanyan said", "Ruto later told"). */
  private speaks(end: number, bounds: Bounds): boolean {
    let k = end;
    for (let skipped = 0; skipped < 2 && this.lex.adverbs.has(this.tokens[k]?.key ?? ""); skipped++) k++;
    const next = this.tokens[k]?.key;
    return k < bounds.end && next !== undefined && this.lex.reportingVerbForms.has(next);
  }

  /** The words from..to as written, single-spaced. */
  private textOf(from: number, to: number): string {
    let text = "";
    for (let k = from; k < to; k++) {
      const token = this.tokens[k];
      const previous = this.tokens[k - 1];
      if (token === undefined) continue;
      text += k > from && previous !== undefined && previous.end < token.start ? ` ${token.text}` : token.text;
    }
    return text;
  }
}

/** A region named after its main town ("Bryansk region"), placed at the town. */
function regionAround(city: GazetteerEntry, name: string): GazetteerEntry {
  return {
    ...city,
    id: `region:${city.country ?? "XX"}:${slug(city.name)}`,
    name,
    type: "region",
    rank: rank.region,
    capital: false,
    adminSeat: false,
    provincialCapital: false,
    seatOf: undefined,
  };
}

/** Country codes of every country named in the article, by name (one or two words) or by demonym. */
function countriesNamedIn(tokens: readonly TokenView[], gaz: Gazetteer): Set<string> {
  const codes = new Set<string>();
  const note = (key: string) => {
    const demonym = gaz.demonyms.get(key);
    if (demonym?.country !== undefined) codes.add(demonym.country);
    for (const entry of gaz.candidates(key) ?? []) if (entry.type === "country" && entry.country !== undefined) codes.add(entry.country);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || !token.capitalised) continue;
    note(token.fold);
    const next = tokens[i + 1];
    if (next?.capitalised) note(`${token.fold} ${next.fold}`);
  }
  return codes;
}
