import type { Entity, EntityType, Mention } from "./entity.js";
import type { Geo, GazetteerEntry } from "./gazetteer.js";

interface Draft {
  id: string;
  name: string;
  type: EntityType;
  country?: string;
  geo?: Geo;
  memberOf?: string;
  role?: string;
  seatOf?: string;
  governedBy?: string;
  readonly aliases: Set<string>;
  readonly mentions: Mention[];
}

type EntityFacts = Omit<Draft, "aliases" | "mentions">;

/** Collects entities by id as mentions arrive; first facts win, later ones fill gaps. */
export class EntityRegistry {
  private readonly drafts = new Map<string, Draft>();

  constructor(private readonly lookup: (id: string) => GazetteerEntry | undefined) {}

  ensure(facts: EntityFacts): void {
    const draft = this.drafts.get(facts.id);
    if (draft === undefined) {
      this.drafts.set(facts.id, { ...facts, aliases: new Set(), mentions: [] });
      return;
    }
    draft.memberOf ??= facts.memberOf;
    draft.role ??= facts.role;
    draft.country ??= facts.country;
  }

  ensureEntry(entry: GazetteerEntry): void {
    this.ensure(factsOf(entry));
  }

  add(mention: Mention): void {
    const draft = this.drafts.get(mention.entity);
    if (draft === undefined) throw new Error(`mention of unregistered entity ${mention.entity}`);
    draft.mentions.push(mention);
    if (mention.text !== draft.name) draft.aliases.add(mention.text);
  }

  /** Every entity, plus the ones they point to (memberOf, seatOf, governedBy) so ids resolve within the findings. */
  entities(): Entity[] {
    for (const draft of [...this.drafts.values()]) {
      for (const id of [draft.memberOf, draft.seatOf, draft.governedBy]) {
        const entry = id === undefined || this.drafts.has(id) ? undefined : this.lookup(id);
        if (entry) this.ensureEntry(entry);
      }
    }
    return [...this.drafts.values()].map(({ aliases, mentions, ...facts }) => ({
      ...definedOnly(facts),
      aliases: [...aliases],
      mentions: mentions.sort((a, b) => a.start - b.start),
    }));
  }
}

function factsOf(entry: GazetteerEntry): EntityFacts {
  return {
    id: entry.id,
    name: entry.name,
    type: entry.type,
    ...(entry.country === undefined ? {} : { country: entry.country }),
    ...(entry.geo === undefined ? {} : { geo: entry.geo }),
    ...(entry.memberOf === undefined ? {} : { memberOf: entry.memberOf }),
    ...(entry.seatOf === undefined ? {} : { seatOf: entry.seatOf }),
    ...(entry.governedBy === undefined ? {} : { governedBy: entry.governedBy }),
  };
}

function definedOnly(facts: EntityFacts): EntityFacts {
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as unknown as EntityFacts;
}
