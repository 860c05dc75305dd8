import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Event } from "../src/events/event.js";
import { runCli } from "./support/run-cli.js";
import { tempDir } from "./support/temp-dir.js";

// The seed report's acceptance check, run on both inputs exactly as ../shared/tools/check-analysis.mjs runs it.
const dir = tempDir();
const fixtures = "test/fixtures/seed";

for (const [variant, input] of [["html", "article.html"], ["text", "report.txt"]] as const) {
  test(`seed report (${variant}) passes the acceptance check`, () => {
    const analysis = runCli(["analyze", join(fixtures, input), "--format", "json"]);
    assert.equal(analysis.status, 0, analysis.stderr);
    const out = join(dir, `${variant}.json`);
    writeFileSync(out, analysis.stdout);
    const check = spawnSync(process.execPath, [join(fixtures, "check-analysis.mjs"), join(fixtures, "expected.json"), variant, out], { encoding: "utf8" });
    const summary = check.stdout.trim().split("\n").at(-1) ?? "";
    assert.match(summary, / 0 failed$/, check.stdout.split("\n").filter((l) => l.startsWith("MISS")).join("\n"));
    assert.equal(check.status, 0);
    const { events, mainEvents } = JSON.parse(analysis.stdout) as { events: Event[]; mainEvents: string[] };
    const main = events.find((e) => e.id === mainEvents[0]);
    assert.deepEqual([main?.type, main?.actor], ["ASSAULT", "country:AZ"], `the report is about Azerbaijan's operation; main events ${JSON.stringify(mainEvents)}`);
  });
}
