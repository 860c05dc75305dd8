import { readFileSync } from "node:fs";
import type { Entity } from "../../src/entities/entity.js";
import type { Event } from "../../src/events/event.js";

/** An event expectation of test/fixtures/seed/expected.json. */
export interface ExpectedEvent {
  readonly key: string;
  readonly type: readonly string[];
  readonly actor?: readonly (string | null)[];
  readonly recipient?: readonly (string | null)[];
  readonly location?: readonly (string | null)[];
  readonly date?: { readonly html?: string; readonly text?: string | null };
  readonly date_year?: number;
  readonly attributed?: boolean;
  readonly disputed?: boolean;
}

interface Expected {
  readonly events: readonly ExpectedEvent[];
  readonly events_optional: readonly ExpectedEvent[];
}

export function loadExpected(): Expected {
  return JSON.parse(readFileSync("test/fixtures/seed/expected.json", "utf8")) as Expected;
}

/** The seed README's matching rule: an id matches a key when it, or its memberOf chain, is that key's entity. */
function resolves(id: string | null, keys: readonly (string | null)[], ids: Readonly<Record<string, string>>, entities: ReadonlyMap<string, Entity>): boolean {
  return keys.some((key) => {
    if (key === null) return id === null;
    const want = ids[key];
    let current = id;
    for (let depth = 0; current && depth < 6; depth++) {
      if (current === want) return true;
      current = entities.get(current)?.memberOf ?? null;
    }
    return false;
  });
}

export function eventMatches(
  event: Event,
  want: ExpectedEvent,
  variant: "html" | "text",
  ids: Readonly<Record<string, string>>,
  entities: ReadonlyMap<string, Entity>,
): boolean {
  const date = want.date?.[variant];
  return (
    want.type.includes(event.type) &&
    (!want.actor || resolves(event.actor, want.actor, ids, entities)) &&
    (!want.recipient || resolves(event.recipient, want.recipient, ids, entities)) &&
    (!want.location || resolves(event.location, want.location, ids, entities)) &&
    (date === undefined || event.date === date) &&
    (want.date_year === undefined || (event.date ?? "").startsWith(String(want.date_year))) &&
    (want.attributed === undefined || (event.source !== null) === want.attributed) &&
    (want.disputed === undefined || event.disputed === want.disputed)
  );
}
