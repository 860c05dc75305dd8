import type { Output } from "../../src/cli/output.js";

/** An Output that keeps what a command printed, for in-process CLI tests. */
export function captureOutput(): Output & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    stdout: () => out,
    stderr: () => err,
  };
}
