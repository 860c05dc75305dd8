import type { Store } from "../store/store.js";
import type { Output } from "./output.js";

/** One option of a command: how parseArgs reads it and the line `--help` shows for it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** The placeholder for the value in help (`NAME|ID`); string options only. */
  readonly value?: string;
  readonly help: string;
  readonly short?: string;
  /** The value must be a whole number ≥ 1, and the command gets it as a number. */
  readonly positiveInteger?: boolean;
  /** The value must be a calendar date, YYYY-MM-DD. */
  readonly isoDate?: boolean;
}

/** A command's invocation after parsing and validation. */
export interface Call {
  readonly args: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  /** The chosen --format, else the command's default, else "". */
  readonly format: string;
  readonly limit: number | undefined;
  readonly debug: boolean;
  readonly io: Output;
}

interface CommandBase {
  readonly name: string;
  /** The positional arguments as usage shows them: `FILE...`, `TEXT`, or "". */
  readonly args: string;
  /** What the command needs when given no arguments; absent when it takes none. */
  readonly argsMissing?: string;
  readonly summary: string;
  /** Paragraphs for `sitrep COMMAND --help`, below the summary. */
  readonly details?: string;
  /** Without a default the command chooses one from its inputs (`format` is then ""). */
  readonly formats?: { readonly choices: readonly string[]; readonly default?: string };
  readonly options: Readonly<Record<string, OptionSpec>>;
}

/** A command that works on inputs alone and never opens a database. */
export interface PlainCommand extends CommandBase {
  readonly store?: undefined;
  run(call: Call): Promise<number> | number;
}

/** A command on a store: `create` opens or creates one, `read` opens an existing one read-only. */
export interface StoreCommand extends CommandBase {
  readonly store: "read" | "create";
  /** The option that, when given, opens a "read" command's existing store for writing (serve --token). */
  readonly writableWith?: string;
  run(call: Call, store: Store): Promise<number>;
}

export type CommandSpec = PlainCommand | StoreCommand;
