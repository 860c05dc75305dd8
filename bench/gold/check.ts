/**
 * Checks every gold annotation file: each anchor must resolve in its report, each report must be in split.json.
 * `node dist/bench/gold/check.js [claims|events|entities]`; exits 1 listing every problem.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { resolveAnchor, type Anchor, type SentenceRef } from "./anchors.js";
import type { GoldReport } from "./source-reports.js";

export const GOLD = "bench/gold";

export function readReport(fileName: string): GoldReport {
  return JSON.parse(readFileSync(`${GOLD}/reports/${fileName}`, "utf8")) as GoldReport;
}

export function goldSplit(): Record<string, "dev" | "test"> {
  return JSON.parse(readFileSync(`${GOLD}/split.json`, "utf8")) as Record<string, "dev" | "test">;
}

const ROLE_KEYS: Record<string, readonly string[]> = {
  claims: ["source", "cue", "content"],
  events: ["trigger", "actor", "recipient", "place", "date"],
  entities: ["text"],
};
const ITEM_KEYS: Record<string, string> = { claims: "attributions", events: "events", entities: "mentions" };

function checkSet(set: string): string[] {
  const dir = `${GOLD}/${set}`;
  if (!existsSync(dir)) return [];
  const split = goldSplit();
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const gold = JSON.parse(readFileSync(`${dir}/${file}`, "utf8")) as Record<string, unknown>;
    const report = readReport(file);
    if (gold["report"] !== report.id) problems.push(`${set}/${file}: report is ${String(gold["report"])}, expected ${report.id}`);
    if (split[report.id] === undefined) problems.push(`${set}/${file}: ${report.id} is not in split.json`);
    const items = (gold[ITEM_KEYS[set] ?? ""] ?? []) as Record<string, unknown>[];
    items.forEach((item, i) => {
      for (const key of ROLE_KEYS[set] ?? []) {
        const anchor = item[key];
        if (anchor === null || anchor === undefined) continue;
        try {
          resolveAnchor(report, item["s"] as SentenceRef, anchor as Anchor);
        } catch (error) {
          problems.push(`${set}/${file} #${i} ${key}: ${(error as Error).message}`);
        }
      }
    });
  }
  return problems;
}

// Run as a script (not when a benchmark imports the readers above).
if (process.argv[1]?.endsWith("/gold/check.js") === true) {
  const sets = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(ROLE_KEYS);
  const problems = sets.flatMap(checkSet);
  for (const p of problems) console.log(p);
  console.log(problems.length === 0 ? "all anchors resolve" : `${problems.length} problems`);
  process.exit(problems.length === 0 ? 0 : 1);
}
