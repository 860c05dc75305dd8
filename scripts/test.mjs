// The one test command: type-check and build, lint, then every *.test.js under dist/ with node's runner.
// Ends with "N passed, N failed" so CI and people read the same summary.
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const run = (command, args) => spawnSync(command, args, { stdio: "inherit" }).status ?? 1;

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith(".test.js") ? [path] : [];
  });
}

rmSync("dist", { recursive: true, force: true });
if (run("npx", ["tsc", "-p", "tsconfig.json"]) !== 0) {
  console.log("type check failed\n0 passed, 1 failed");
  process.exit(1);
}
if (run(process.execPath, ["scripts/build-indexes.mjs"]) !== 0) {
  console.log("building the indexes failed\n0 passed, 1 failed");
  process.exit(1);
}
// The UI's bundle, which the browser tests load from dist/web.
if (run("npx", ["tsc", "-p", "web/tsconfig.json"]) !== 0 || run("npx", ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"]) !== 0) {
  console.log("building the UI failed\n0 passed, 1 failed");
  process.exit(1);
}
if (run("npx", ["eslint", "."]) !== 0) {
  console.log("lint failed\n0 passed, 1 failed");
  process.exit(1);
}
const only = process.argv.slice(2);
const files = testFiles("dist").filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const status = run(process.execPath, [
  "--test",
  "--test-reporter=spec",
  "--test-reporter-destination=stdout",
  "--test-reporter=./scripts/tally-reporter.mjs",
  "--test-reporter-destination=stdout",
  ...files,
]);
process.exit(status);
