import { foldName } from "../core/fold-name.js";
import type { Store } from "../store/store.js";

/**
 * The stored entity ids an option's value names: an id as given, or a name or alias seen in the reports, case
 * and accents aside; a name in sitrep's alias table counts as the name it stands for ("Turkey" finds Türkiye).
 * A value that names nothing stored is an error saying so, not an empty list that reads as "no claims".
 */
export async function resolveName(store: Store, option: string, value: string): Promise<string[]> {
  const ids = await store.entityIds(await withAliases(value));
  if (ids.length === 0) {
    throw new Error(`--${option} "${value}" names no stored entity (ids, and names and aliases seen in the reports, are compared without case or accents)`);
  }
  return ids;
}

/** The name, the name it is an alias of, and the aliases of it, from the alias table the entities stage reads too. */
async function withAliases(name: string): Promise<string[]> {
  // Loaded only when a name is resolved: the query commands otherwise read nothing of the entities stage.
  const { default: table } = await import("../../data/entities/aliases.json", { with: { type: "json" } });
  const aliases: Record<string, string> = table.aliases;
  const key = foldName(name);
  const names = new Set([name]);
  for (const [alias, target] of Object.entries(aliases)) {
    if (foldName(alias) === key) names.add(target);
    if (foldName(target) === key) names.add(alias);
  }
  return [...names];
}
