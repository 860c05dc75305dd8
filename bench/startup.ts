// Start-up time per command, wall clock from spawn to exit, beside `node -e 0` measured in the same run.
// Targets (issue 15): --help ≤ 150 ms, analyze of one HTML report ≤ 500 ms.
// Usage: npm run bench:startup [-- ROUNDS]   (median of ROUNDS runs each, default 7)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";

const rounds = Number(process.argv[2] ?? 7);
const bin = resolve("bin/sitrep.js");
const report = "examples/seed-report.html";
const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
const db = join(dir, "bench.db");

function wallMs(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr.toString()}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const runs: [string, string[], number?][] = [
  ["node -e 0 (baseline)", ["-e", "0"]],
  ["sitrep --help", [bin, "--help"], 150],
  ["sitrep --version", [bin, "--version"]],
  ["sitrep analyze --help", [bin, "analyze", "--help"]],
  [`sitrep extract ${report}`, [bin, "extract", report]],
  [`sitrep analyze ${report}`, [bin, "analyze", report], 500],
  [`sitrep ingest ${report} (new db)`, [bin, "ingest", "--db", db, report]],
  ["sitrep stats", [bin, "stats", "--db", db]],
  ["sitrep claims", [bin, "claims", "--db", db]],
];

try {
  console.log(`start-up, median of ${rounds} runs, wall ms (node ${process.version})`);
  let baseline = 0;
  for (const [label, args, target] of runs) {
    const ms = median(Array.from({ length: rounds }, () => {
      if (label.startsWith("sitrep ingest")) rmSync(db, { force: true });
      return wallMs(args);
    }));
    if (baseline === 0) baseline = ms;
    const extra = label.endsWith("(baseline)") ? "" : `  +${(ms - baseline).toFixed(0)} over node`;
    const goal = target === undefined ? "" : `  (target ≤ ${target}: ${ms <= target ? "met" : "missed"})`;
    console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(5)} ms${extra}${goal}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
