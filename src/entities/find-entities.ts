import type { Annotations } from "../annotate/annotations.js";
import type { EntityFindings, EntityType, Mention, MentionRole } from "./entity.js";
import { EntityRegistry } from "./entity-registry.js";
import { gazetteer, type GazetteerEntry } from "./gazetteer.js";
import { linkAppositions } from "./appositions.js";
import { coordinatedCompanies } from "./coordinated-companies.js";
import { clusterPeople } from "./people.js";
import type { GazetteerMention, OrganMention, OrganisationMention, OwnerMention, RawMention } from "./raw-mention.js";
import { resolvePlaces } from "./resolve-places.js";
import { SentenceScanner } from "./sentence-scanner.js";
import { surnamesOverTowns } from "./surnames-over-towns.js";
import { unlistedPlaces } from "./unlisted-places.js";
import { slug } from "./name-key.js";
import { viewTokens, type TokenView } from "./token-view.js";

const actingTypes = new Set<EntityType>(["country", "polity", "government", "organization", "media", "group", "person"]);
const idPrefix: Partial<Record<EntityType, string>> = { media: "media", group: "group", government: "gov" };

/** Mentions and entities of one article, from the annotate stage's sentences and tokens. */
export function findEntities(text: string, annotations: Annotations): EntityFindings {
  const tokens = viewTokens(annotations.tokens);
  // "al-Assad" starts in lower case but is a name, not a common word.
  const lowerCaseWords = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text) && !/^\p{Ll}+-\p{Lu}/u.test(t.text)).map((t) => t.key));
  const scanner = new SentenceScanner(tokens, lowerCaseWords);
  const raw: RawMention[] = [];
  let from = 0;
  while (from < tokens.length) {
    const sentence = tokens[from]?.sentence;
    let to = from;
    while (to < tokens.length && tokens[to]?.sentence === sentence) to++;
    const found = scanner.scan(from, to);
    linkAppositions(tokens, found, to);
    coordinatedCompanies(tokens, found);
    for (const mention of found) raw.push(mention);
    from = to;
  }
  return new Assembly(text, tokens, unlistedPlaces(tokens, surnamesOverTowns(tokens, raw))).run();
}

class Assembly {
  private readonly gaz = gazetteer();
  private readonly registry = new EntityRegistry((id) => this.gaz.byId.get(id));
  private readonly places: Map<GazetteerMention, GazetteerEntry>;
  /** What each raw mention became, so titles and owners can point at it. */
  private readonly resolved = new Map<RawMention, string>();
  private readonly mentions: Mention[] = [];
  /** Latest owner of each organ kind, for "the Defense Ministry" named again without its country. */
  private readonly organOwners = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly TokenView[],
    private readonly raw: readonly RawMention[],
  ) {
    this.places = resolvePlaces(raw);
  }

  run(): EntityFindings {
    for (const mention of this.raw) this.resolve(mention);
    for (const person of clusterPeople(this.tokens, this.raw)) {
      const memberOf = person.owner === undefined ? undefined : this.resolved.get(person.owner);
      this.registry.ensure({
        id: `person:${slug(person.name)}`,
        name: person.name,
        type: "person",
        ...(person.title === undefined ? {} : { role: person.title }),
        ...(memberOf === undefined ? {} : { memberOf }),
      });
      for (const mention of person.mentions) this.emit(mention, `person:${slug(person.name)}`, "actor");
    }
    this.mentions.sort((a, b) => a.start - b.start);
    return { entities: this.registry.entities(), mentions: this.mentions };
  }

  private resolve(mention: RawMention): void {
    switch (mention.kind) {
      case "gazetteer":
        return this.resolvePlace(mention);
      case "demonym":
        this.registry.ensureEntry(mention.entry);
        return this.emit(mention, mention.entry.id, "actor");
      case "organ":
        return this.resolveOrgan(mention);
      case "organisation":
        return this.resolveOrganisation(mention);
      default:
        return;
    }
  }

  private resolvePlace(mention: GazetteerMention): void {
    const entry = this.places.get(mention);
    if (entry === undefined) return;
    this.registry.ensureEntry(entry);
    if (entry.seatOf !== undefined && mention.reading === "actor") {
      const government = this.gaz.byId.get(entry.seatOf);
      if (government) {
        this.registry.ensureEntry(government);
        return this.emit(mention, government.id, "actor", entry.id);
      }
    }
    const acts = mention.reading === "actor" || (mention.reading === "neutral" && actingTypes.has(entry.type));
    this.emit(mention, entry.id, acts ? "actor" : "place");
  }

  private ownerOf(owner: OwnerMention | undefined): GazetteerEntry | undefined {
    if (owner === undefined) return undefined;
    return owner.kind === "demonym" ? owner.entry : this.places.get(owner);
  }

  private resolveOrgan(mention: OrganMention): void {
    const seat = mention.seat === undefined ? undefined : this.places.get(mention.seat)?.seatOf;
    const ownerId = this.ownerOf(mention.owner)?.id ?? seat ?? this.organOwners.get(mention.organ);
    const owner = ownerId === undefined ? undefined : this.gaz.byId.get(ownerId);
    if (owner) {
      this.registry.ensureEntry(owner);
      this.organOwners.set(mention.organ, owner.id);
    }
    const id = owner ? `gov:${ownerCode(owner.id)}:${mention.organ}` : `gov:${mention.organ}`;
    const known = this.gaz.byId.get(id);
    this.registry.ensure({
      id,
      name: known?.name ?? (owner ? `${mention.label} of ${owner.name}` : mention.label),
      type: "government",
      ...(owner?.country === undefined ? {} : { country: owner.country }),
      ...(owner ? { memberOf: owner.id } : {}),
    });
    this.emit(mention, id, "actor");
  }

  private resolveOrganisation(mention: OrganisationMention): void {
    const owner = this.ownerOf(mention.owner);
    if (mention.type === "place" || mention.type === "city") return this.resolveUnknownPlace(mention, owner);
    if (owner) this.registry.ensureEntry(owner);
    const prefix = idPrefix[mention.type] ?? "org";
    const id = prefix === "gov" && owner ? `gov:${ownerCode(owner.id)}:${slug(mention.name)}` : `${prefix}:${slug(mention.name)}`;
    this.registry.ensure({
      id,
      name: mention.name,
      type: mention.type,
      ...(owner?.country === undefined ? {} : { country: owner.country }),
      ...(owner ? { memberOf: owner.id } : {}),
    });
    this.emit(mention, id, "actor");
  }

  /** "Second Thomas Shoal", "Zaporizhzhia Nuclear Power Plant": placed at the known name inside, if any; an unlisted town at its container. */
  private resolveUnknownPlace(mention: OrganisationMention, within: GazetteerEntry | undefined): void {
    const id = `place:${slug(mention.name)}`;
    this.registry.ensure({
      id,
      name: mention.name,
      type: mention.type,
      ...(within?.country === undefined ? {} : { country: within.country }),
      ...(within?.geo === undefined ? {} : { geo: within.geo }),
    });
    this.emit(mention, id, "place");
  }

  private emit(mention: RawMention, entity: string, role: MentionRole, metonymyOf?: string): void {
    const first = this.tokens[mention.first];
    const last = this.tokens[mention.end - 1];
    if (first === undefined || last === undefined) return;
    this.resolved.set(mention, entity);
    const emitted: Mention = {
      start: first.start,
      end: last.end,
      text: this.text.slice(first.start, last.end),
      entity,
      sentence: mention.sentence,
      role,
      ...(metonymyOf === undefined ? {} : { metonymyOf }),
    };
    this.mentions.push(emitted);
    this.registry.add(emitted);
  }
}

/** "country:AZ" → "AZ", "polity:artsakh" → "artsakh": the owner part of an organ id. */
function ownerCode(id: string): string {
  return id.slice(id.indexOf(":") + 1);
}
