/** The schema.org objects of a page's JSON-LD blocks, flattened out of arrays and `@graph`s. */
export function jsonLdObjects(blocks: readonly string[]): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  for (const block of blocks) {
    const pending: unknown[] = [parseLenient(block)];
    while (pending.length > 0) {
      const value = pending.pop();
      if (Array.isArray(value)) pending.push(...(value as unknown[]));
      else if (isObject(value)) {
        objects.push(value);
        if (value["@graph"]) pending.push(value["@graph"]);
      }
    }
  }
  return objects;
}

/** The first article-like object (NewsArticle, BlogPosting, …), else the first object with a headline. */
export function articleObject(objects: readonly Record<string, unknown>[]): Record<string, unknown> | null {
  const isArticle = (object: Record<string, unknown>): boolean =>
    [object["@type"]].flat().some((type) => typeof type === "string" && /Article|Posting|Report/i.test(type));
  return objects.find(isArticle) ?? objects.find((object) => typeof object.headline === "string") ?? null;
}

/** Names of a schema.org `author`: a string, a Person/Organization, or a list of either. */
export function personNames(value: unknown): string[] {
  return [value].flat().flatMap((entry) => {
    if (typeof entry === "string") return [entry];
    if (isObject(entry) && typeof entry.name === "string") return [entry.name];
    return [];
  });
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseLenient(block: string): unknown {
  try {
    return JSON.parse(block.trim().replace(/^<!--|-->$/g, "").replace(/[\n\r\t]+/g, " "));
  } catch {
    return null;
  }
}
