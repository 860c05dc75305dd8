import { DocumentError } from "../core/document-error.js";
import type { Output } from "./output.js";

/** One line naming the input and the problem on stderr; the stack only with --debug. */
export function reportFailure(input: string, error: unknown, debug: boolean, io: Output): { input: string; problem: string } {
  const problem = error instanceof DocumentError ? error.problem : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  const who = error instanceof DocumentError ? error.input : input;
  io.err(`sitrep: ${who}: ${problem}\n`);
  if (debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
  return { input: who, problem };
}
