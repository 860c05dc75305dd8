import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

/** Runs the real `sitrep` executable (as a user would), in `cwd` when given, and returns its exit code and output. */
export function runCli(args: readonly string[], input?: string, cwd?: string): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [resolve("bin/sitrep.js"), ...args], { input, cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
