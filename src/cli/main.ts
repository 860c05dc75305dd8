import { parseArgs } from "node:util";
import { openPostgresStore } from "../store/postgres/postgres-store.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { analyzeCommand, extractCommand, type AnalyzeFormat } from "./analyze-command.js";
import { processOutput, type Output } from "./output.js";
import { parseCommand, parseTokenizedCommand, type ParseFormat } from "./parse-command.js";
import {
  actorsCommand, claimsCommand, duplicatesCommand, eventsCommand, ingestCommand, searchCommand, statsCommand, type EventFormat, type ListFormat,
} from "./store-commands.js";

const usage = `usage: sitrep <command> [options]

  analyze FILE...   analyse reports (html, text, gzip; - for stdin)   --format json|ndjson|text
  extract FILE...   the article stage alone, one {input, article} line per input
  parse FILE...     tokens, tags, lemmas and dependency trees     --format conllu|json
                    --tokenized FILE.conllu: tag and parse the given words, CoNLL-U in and out
  ingest FILE|DIR...  analyse and store into the database (same content twice is a no-op)
  claims            stored claims      [--speaker NAME|ID] [--stance assert|deny|demand|…]
  events            stored events      [--type PLOVER_TYPE] [--actor NAME|ID] [--format plover|csv]
  actors            stored actors and places [--type country|person|…]
  search TEXT       full-text search over stored reports
  duplicates        stored reports that republish an earlier one (near-duplicate text)
  stats             counts of documents, claims, events, entities, errors

options: --db PATH|postgres://URL (default ./sitrep.db)  --format table|json|ndjson  --limit N  --debug
`;

const options = {
  format: { type: "string" },
  db: { type: "string", default: "sitrep.db" },
  speaker: { type: "string" },
  stance: { type: "string" },
  type: { type: "string" },
  actor: { type: "string" },
  limit: { type: "string" },
  debug: { type: "boolean", default: false },
  tokenized: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** Runs one CLI invocation and returns its exit code. */
export async function main(argv: readonly string[], io: Output = processOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true });
  } catch (error) {
    io.err(`sitrep: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || command === undefined) {
    io.out(usage);
    return command === undefined && !values.help ? 2 : 0;
  }
  const formatError = checkFormat(command, values.format);
  if (formatError) {
    io.err(`sitrep: ${formatError}\n`);
    return 2;
  }
  if ((command === "analyze" || command === "extract" || command === "parse" || command === "ingest" || command === "search") && args.length === 0) {
    io.err(`sitrep: ${command} needs ${command === "search" ? "a search text" : "at least one FILE (or - for standard input)"}\n`);
    return 2;
  }
  if (command === "analyze") return analyzeCommand(args, values.format as AnalyzeFormat | undefined, values.debug, io);
  if (command === "extract") return extractCommand(args, values.debug, io);
  if (command === "parse" && values.tokenized) return parseTokenizedCommand(args, values.debug, io);
  if (command === "parse") return parseCommand(args, (values.format ?? "conllu") as ParseFormat, values.debug, io);
  return withStore(values.db, io, (store) => runStoreCommand(store, command, args, values, io));
}

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>["values"];

async function runStoreCommand(store: Store, command: string, args: string[], values: Values, io: Output): Promise<number> {
  const format = (values.format ?? "table") as ListFormat;
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  switch (command) {
    case "ingest":
      return ingestCommand(store, args, values.debug, io);
    case "claims":
      await claimsCommand(store, { speaker: values.speaker, stance: values.stance, limit }, format, io);
      return 0;
    case "events":
      await eventsCommand(store, { type: values.type?.toUpperCase(), actor: values.actor, limit }, (values.format ?? "table") as EventFormat, io);
      return 0;
    case "actors":
      await actorsCommand(store, { type: values.type, limit }, format, io);
      return 0;
    case "search":
      await searchCommand(store, args.join(" "), limit, format, io);
      return 0;
    case "duplicates":
      await duplicatesCommand(store, format, io);
      return 0;
    case "stats":
      await statsCommand(store, format, io);
      return 0;
    default:
      io.err(`sitrep: unknown command "${command}"\n${usage}`);
      return 2;
  }
}

/** `--db` is a SQLite file path, or a `postgres://` URL for a shared database that many workers write to. */
async function withStore(location: string, io: Output, run: (store: Store) => Promise<number>): Promise<number> {
  let store: Store;
  try {
    store = /^postgres(?:ql)?:\/\//.test(location) ? await openPostgresStore(location) : openSqliteStore(location);
  } catch (error) {
    io.err(`sitrep: cannot open database ${redactPassword(location)}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

const formats: Record<string, readonly string[]> = {
  analyze: ["json", "ndjson", "text"],
  extract: ["ndjson"],
  parse: ["conllu", "json"],
  events: ["table", "json", "ndjson", "plover", "csv"],
};

function checkFormat(command: string, format: string | undefined): string | null {
  if (format === undefined) return null;
  const allowed = formats[command] ?? ["table", "json", "ndjson"];
  return allowed.includes(format) ? null : `${command} --format expected one of ${allowed.join(", ")}, got "${format}"`;
}

function redactPassword(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
