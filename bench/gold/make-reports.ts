/**
 * Writes gold-set report files for annotators: `node dist/bench/gold/make-reports.js ID...` with ids such as
 * `ewt:weblog-…`, `gum:GUM_news_…`, `aeb:<page id>`, or `--list ewt|gum|aeb` to see what there is.
 * Each report becomes bench/gold/reports/<safe id>.json (the text and sentence anchors) and a .txt beside it
 * with numbered sentences, the form annotators read.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { benchmarkReports, ewtReports, gumReports, type GoldReport } from "./source-reports.js";

const OUT = "bench/gold/reports";

export function reportFileName(id: string): string {
  return id.replace(/[^A-Za-z0-9_.-]+/g, "_");
}

function corpus(prefix: string): GoldReport[] {
  if (prefix === "ewt") return ewtReports();
  if (prefix === "gum") return gumReports();
  if (prefix === "aeb") return benchmarkReports();
  throw new Error(`unknown source '${prefix}': expected ewt, gum or aeb`);
}

function numbered(report: GoldReport): string {
  const lines = report.sentences.map((s, i) => `[s${i}] ${report.text.slice(s.start, s.end)}`);
  return `${report.id}\n${report.title ?? ""}\n\n${lines.join("\n")}\n`;
}

function main(args: readonly string[]): void {
  if (args[0] === "--list") {
    for (const r of corpus(args[1] ?? "ewt")) console.log(`${r.id}\t${r.sentences.length}\t${r.text.slice(0, 80).replace(/\s+/g, " ")}`);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const cache = new Map<string, GoldReport[]>();
  for (const id of args) {
    const prefix = id.split(":")[0] ?? "";
    if (!cache.has(prefix)) cache.set(prefix, corpus(prefix));
    const report = cache.get(prefix)?.find((r) => r.id === id);
    if (report === undefined) throw new Error(`no report '${id}'`);
    const name = reportFileName(id);
    writeFileSync(`${OUT}/${name}.json`, JSON.stringify(report, null, 1) + "\n");
    writeFileSync(`${OUT}/${name}.txt`, numbered(report));
    console.log(`${OUT}/${name}.txt`);
  }
}

main(process.argv.slice(2));
