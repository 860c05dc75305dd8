import type { AnalyzeFormat } from "./analyze-command.js";
import type { CommandSpec, OptionSpec } from "./command-spec.js";
import type { ParseFormat } from "./parse-command.js";
import { listFormats as listFormatNames, type ListFormat } from "./print-records.js";
import type { EventFormat } from "./store-commands.js";

// Each command loads its own modules when it runs: help, extract and the query commands never pay for the
// gazetteer, the lexicons or the syntax model.
const analysis = () => import("./analyze-command.js");
const extraction = () => import("./extract-command.js");
const ingestion = () => import("./ingest-command.js");
const parsing = () => import("./parse-command.js");
const stored = () => import("./store-commands.js");
const serving = () => import("../serve/serve-command.js");

const files = "at least one FILE (or - for standard input)";
const listFormats = { choices: listFormatNames, default: "table" } as const;
const limit: OptionSpec = { type: "string", value: "N", help: "list at most N rows", positiveInteger: true };
const date = (help: string): OptionSpec => ({ type: "string", value: "YYYY-MM-DD", help, isoDate: true });
const text = (value: string | boolean | undefined) => (typeof value === "string" ? value : undefined);

/** Every command, in the order `sitrep --help` lists them. Parsing, validation and help all come from here. */
export const commands: readonly CommandSpec[] = [
  {
    name: "analyze",
    args: "FILE...",
    argsMissing: files,
    summary: "analyse reports and print each analysis",
    details: `json (the default for one file) prints one JSON value: the analysis object when the input is one file
holding one report; an array otherwise (several inputs, a directory, or a feed, WARC or JSON Lines file, even
with one item), each element {input, ...analysis} or {input, error} for a failed input.
ndjson (the default otherwise) prints those elements one per line. text is a report for people.`,
    formats: { choices: ["json", "ndjson", "text"] },
    options: {},
    run: async (call) => (await analysis()).analyzeCommand(call.args, call.format === "" ? undefined : (call.format as AnalyzeFormat), call.debug, call.io),
  },
  {
    name: "extract",
    args: "FILE...",
    argsMissing: files,
    summary: "the article stage alone, one {input, article} line per input",
    formats: { choices: ["ndjson"], default: "ndjson" },
    options: {},
    run: async (call) => (await extraction()).extractCommand(call.args, call.debug, call.io),
  },
  {
    name: "parse",
    args: "FILE...",
    argsMissing: files,
    summary: "tokens, tags, lemmas and dependency trees of each report",
    formats: { choices: ["conllu", "json"], default: "conllu" },
    options: { tokenized: { type: "boolean", help: "the FILEs are CoNLL-U: tag and parse the given words, CoNLL-U out" } },
    run: async (call) => {
      const { parseCommand, parseTokenizedCommand } = await parsing();
      return call.options.tokenized === true ? parseTokenizedCommand(call.args, call.debug, call.io) : parseCommand(call.args, call.format as ParseFormat, call.debug, call.io);
    },
  },
  {
    name: "ingest",
    args: "FILE|DIR...",
    argsMissing: files,
    summary: "analyse and store reports (the same content twice is a no-op)",
    details: "The only command that creates a database when --db names none yet.",
    store: "create",
    options: {},
    run: async (call, store) => (await ingestion()).ingestCommand(store, call.args, call.debug, call.io),
  },
  {
    name: "claims",
    args: "",
    summary: "stored claims; a government's filter includes its ministries and officials",
    store: "read",
    formats: listFormats,
    details: "Names match the names and aliases seen in the reports, case and accents aside; one that matches nothing is an error.",
    options: {
      speaker: { type: "string", value: "NAME|ID", help: "only claims by this speaker" },
      stance: { type: "string", value: "STANCE", help: "only this stance: assert, deny, demand, …" },
      disputed: { type: "boolean", help: "only claims that a denial disputes" },
      since: date("only claims from reports published on or after this date"),
      limit,
    },
    run: async (call, store) => {
      const filters = {
        speaker: text(call.options.speaker), stance: text(call.options.stance), disputed: call.options.disputed === true, since: text(call.options.since),
        limit: call.limit,
      };
      await (await stored()).claimsCommand(store, filters, call.format as ListFormat, call.io);
      return 0;
    },
  },
  {
    name: "events",
    args: "",
    summary: "stored events as a timeline (negated events are never listed)",
    details: `plover writes PLOVER-style JSON records, csv a flat table. Names match the names and aliases seen in the
reports, case and accents aside; one that matches nothing is an error. A country as --place also finds its towns.
Only confident events are listed (data/events/README.md gives the threshold and how confidence is computed);
--all lists the rest too.`,
    store: "read",
    formats: { choices: [...listFormatNames, "plover"], default: "table" },
    options: {
      type: { type: "string", value: "PLOVER_TYPE", help: "only events of this type (ASSAULT, PROTEST, …)" },
      actor: { type: "string", value: "NAME|ID", help: "only events with this actor or recipient" },
      place: { type: "string", value: "NAME|ID", help: "only events at this place, or in this country" },
      from: date("only events dated on or after this date"),
      to: date("only events dated on or before this date"),
      all: { type: "boolean", help: "also events below the confidence threshold" },
      main: { type: "boolean", help: "only the events their reports are about (each report's main events)" },
      limit,
    },
    run: async (call, store) => {
      const query = {
        type: text(call.options.type)?.toUpperCase(), actor: text(call.options.actor), place: text(call.options.place), from: text(call.options.from),
        to: text(call.options.to), all: call.options.all === true, main: call.options.main === true, limit: call.limit,
      };
      await (await stored()).eventsCommand(store, query, call.format as EventFormat, call.io);
      return 0;
    },
  },
  {
    name: "actors",
    args: "",
    summary: "stored actors and places with mention and document counts",
    store: "read",
    formats: listFormats,
    options: { type: { type: "string", value: "TYPE", help: "only this type: country, person, …" }, limit },
    run: async (call, store) => {
      await (await stored()).actorsCommand(store, { type: text(call.options.type), limit: call.limit }, call.format as ListFormat, call.io);
      return 0;
    },
  },
  {
    name: "search",
    args: "TEXT",
    argsMissing: "a search text",
    summary: "full-text search over stored reports, with highlighted snippets",
    store: "read",
    formats: listFormats,
    options: { limit },
    run: async (call, store) => {
      await (await stored()).searchCommand(store, call.args.join(" "), call.limit, call.format as ListFormat, call.io);
      return 0;
    },
  },
  {
    name: "duplicates",
    args: "",
    summary: "syndication groups: each story's first stored report and its copies and light edits",
    details: `json prints groups {original, copies}, each report as {document, input, url, outlet, title, published}.
Reports are one story when their MinHash signatures (word 3-shingles) agree on at least half their values.`,
    store: "read",
    formats: listFormats,
    options: {},
    run: async (call, store) => {
      await (await stored()).duplicatesCommand(store, call.format as ListFormat, call.io);
      return 0;
    },
  },
  {
    name: "stats",
    args: "",
    summary: "counts of documents, claims, events, entities, errors",
    store: "read",
    formats: { choices: ["table", "json", "ndjson"], default: "table" },
    options: {},
    run: async (call, store) => {
      await (await stored()).statsCommand(store, call.format === "table" ? "table" : "json", call.io);
      return 0;
    },
  },
  {
    name: "errors",
    args: "",
    summary: "the inputs that could not be analysed, each with its problem and when it was last seen",
    details: "An input is listed until it is ingested successfully.",
    store: "read",
    formats: listFormats,
    options: {},
    run: async (call, store) => {
      await (await stored()).errorsCommand(store, call.format as ListFormat, call.io);
      return 0;
    },
  },
  {
    name: "serve",
    args: "",
    summary: "the JSON HTTP API over the store (OpenAPI at /api/openapi.json)",
    details: `Listens on 127.0.0.1 unless --host says otherwise (with a warning). Read-only unless --token T is given:
then POST /api/documents with "Authorization: Bearer T" ingests the body as one report.`,
    store: "read",
    writableWith: "token",
    options: {
      port: { type: "string", value: "PORT", help: "the TCP port (default 8787)", positiveInteger: true },
      host: { type: "string", value: "HOST", help: "the address to listen on (default 127.0.0.1)" },
      token: { type: "string", value: "TOKEN", help: "allow ingest by POST for callers sending this bearer token" },
    },
    run: async (call, store) =>
      (await serving()).serveCommand(store, { host: text(call.options.host) ?? "127.0.0.1", port: Number(text(call.options.port) ?? 8787), token: text(call.options.token) }, call.io),
  },
];
