import type { Entity, EntityFindings, Mention } from "../../src/entities/entity.js";

export type EntitySpec = Omit<Entity, "aliases" | "mentions"> & { readonly names: readonly string[] };

/** Hand-placed entities for claim tests: every whole-word occurrence of a name, longest names first. */
export function placeEntities(text: string, specs: readonly EntitySpec[]): EntityFindings {
  const names = specs.flatMap((spec) => spec.names.map((name) => ({ name, spec }))).sort((a, b) => b.name.length - a.name.length);
  const taken: Mention[] = [];
  for (const { name, spec } of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[end] ?? "");
      if (!bounded || taken.some((m) => m.start < end && at < m.end)) continue;
      taken.push({ start: at, end, text: name, entity: spec.id, sentence: 0, role: "actor" });
    }
  }
  const mentions = taken.sort((a, b) => a.start - b.start);
  const entities = specs.map(({ names: aliases, ...spec }) => ({ ...spec, aliases, mentions: mentions.filter((m) => m.entity === spec.id) }));
  return { entities, mentions };
}
