import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Store } from "../store/store.js";
import type { Call, CommandSpec, OptionSpec } from "./command-spec.js";
import { commands } from "./commands.js";
import { processOutput, type Output } from "./output.js";

const commandWidth = Math.max(...commands.map((c) => `${c.name} ${c.args}`.length));

const usage = `usage: sitrep COMMAND [options]     (sitrep COMMAND --help shows what a command takes)

commands:
${commands.map((c) => `  ${`${c.name} ${c.args}`.padEnd(commandWidth)}  ${c.summary}`).join("\n")}

Inputs are files, directories (read recursively) or - for standard input: HTML and plain-text reports, RSS/Atom
feeds, WARC archives and JSON Lines (.jsonl, .ndjson), each maybe gzip-compressed; a feed, archive or JSON Lines
file gives one report per item.
Store commands take --db PATH (a SQLite file, default ./sitrep.db) or --db postgres://URL.

  -h, --help   show this help
  --version    print the version of sitrep
`;

/** Runs one CLI invocation and returns its exit code; nothing escapes as a stack trace unless --debug asks for it. */
export async function main(argv: readonly string[], io: Output = processOutput): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    io.err(`sitrep: ${error instanceof Error ? error.message : String(error)}\n`);
    if (argv.includes("--debug") && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return 1;
  }
}

async function dispatch(argv: readonly string[], io: Output): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(usage);
    return 2;
  }
  if (name === "--help" || name === "-h") {
    io.out(usage);
    return 0;
  }
  if (name === "--version") {
    io.out(`${packageVersion()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.err(`sitrep: unknown ${name.startsWith("-") ? "option" : "command"} "${name}" (sitrep --help lists the commands)\n`);
    return 2;
  }
  const parsed = parse(command, rest);
  if (typeof parsed === "string") {
    io.err(`sitrep: ${parsed}\n`);
    return 2;
  }
  if (parsed.values.help === true) {
    io.out(commandHelp(command));
    return 0;
  }
  const call = validate(command, parsed, io);
  if (typeof call === "string") {
    io.err(`sitrep: ${call}\n`);
    return 2;
  }
  if (command.store === undefined) return command.run(call);
  const writable = command.writableWith !== undefined && call.options[command.writableWith] !== undefined;
  return withStore(typeof parsed.values.db === "string" ? parsed.values.db : "sitrep.db", command.store, writable, io, (store) => command.run(call, store));
}

type Values = Record<string, string | boolean | undefined>;

/** The options a command accepts: its own, then --format, --db, --debug and --help as its declaration implies. */
function optionsOf(command: CommandSpec): Record<string, OptionSpec> {
  const options: Record<string, OptionSpec> = { ...command.options };
  if (command.formats) {
    const { choices, default: fallback } = command.formats;
    options.format = { type: "string", value: "FORMAT", help: `${choices.join(", ")}${fallback ? ` (default ${fallback})` : ""}` };
  }
  if (command.store) {
    const must = command.store === "read" ? "; it must exist" : "; created when missing";
    options.db = { type: "string", value: "PATH|URL", help: `SQLite file (default ./sitrep.db) or postgres:// URL${must}` };
  }
  options.debug = { type: "boolean", help: "print the stack trace of each error" };
  options.help = { type: "boolean", short: "h", help: "show this help" };
  return options;
}

function parse(command: CommandSpec, argv: readonly string[]): { values: Values; positionals: string[] } | string {
  const options = Object.fromEntries(
    Object.entries(optionsOf(command)).map(([name, o]) => [name, o.short === undefined ? { type: o.type } : { type: o.type, short: o.short }]),
  );
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true });
    return { values, positionals };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const unknown = code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'([^']+)'/.exec(message)?.[1] : undefined;
    // parseArgs explains some mistakes over several lines; the first one says what is wrong.
    return `${unknown === undefined ? message.split("\n")[0] : `unknown option ${unknown}`} (sitrep ${command.name} --help lists its options)`;
  }
}

function validate(command: CommandSpec, { values, positionals }: { values: Values; positionals: string[] }, io: Output): Call | string {
  if (command.argsMissing !== undefined && positionals.length === 0) return `${command.name} needs ${command.argsMissing}`;
  if (command.argsMissing === undefined && positionals.length > 0) return `${command.name} takes no arguments, got "${positionals[0]}"`;
  const format = values.format;
  if (typeof format === "string" && !command.formats?.choices.includes(format)) {
    return `--format must be one of ${command.formats?.choices.join(", ")}, got ${format}`;
  }
  for (const [name, option] of Object.entries(command.options)) {
    const value = values[name];
    if (option.positiveInteger && typeof value === "string" && !/^[1-9][0-9]*$/.test(value)) return `--${name} must be a positive integer, got ${value}`;
    if (option.isoDate && typeof value === "string" && !isCalendarDate(value)) return `--${name} must be a date as YYYY-MM-DD, got ${value}`;
  }
  return {
    args: positionals,
    options: values,
    format: typeof format === "string" ? format : (command.formats?.default ?? ""),
    limit: typeof values.limit === "string" ? Number(values.limit) : undefined,
    debug: values.debug === true,
    io,
  };
}

function isCalendarDate(value: string): boolean {
  // Date.parse accepts 2024-02-30 as March 1st: only a date that prints back as itself is real.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value);
}

function commandHelp(command: CommandSpec): string {
  const rows = Object.entries(optionsOf(command)).map(([name, o]) => [`${o.short ? `-${o.short}, ` : ""}--${name}${o.value ? ` ${o.value}` : ""}`, o.help] as const);
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    `usage: sitrep ${command.name}${command.args ? ` ${command.args}` : ""} [options]`,
    "",
    command.summary,
    ...(command.details ? ["", command.details] : []),
    "",
    "options:",
    ...rows.map(([left, help]) => `  ${left.padEnd(width)}  ${help}`),
  ].join("\n") + "\n";
}

/** The version in the package.json next to dist/, read only when asked for. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

/**
 * `--db` is a SQLite file path, or a `postgres://` URL for a shared database that many workers write to.
 * A read command never creates a SQLite file and opens it read-only, so a read-only file serves every query.
 */
async function withStore(location: string, mode: "read" | "create", writable: boolean, io: Output, run: (store: Store) => Promise<number>): Promise<number> {
  const postgres = /^postgres(?:ql)?:\/\//.test(location);
  if (!postgres && mode === "read" && !existsSync(location)) {
    io.err(`sitrep: no database at ${location}\n`);
    return 1;
  }
  let store: Store;
  try {
    // Loaded here, not at start-up: only store commands need a driver, and each needs one.
    store = postgres
      ? await (await import("../store/postgres/postgres-store.js")).openPostgresStore(location)
      : (await import("../store/sqlite/sqlite-store.js")).openSqliteStore(location, { readonly: mode === "read" && !writable });
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

function redactPassword(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
