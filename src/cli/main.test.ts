import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { captureOutput } from "../../test/support/capture-output.js";
import { runCli } from "../../test/support/run-cli.js";
import { tempDir } from "../../test/support/temp-dir.js";
import { commands } from "./commands.js";
import { main } from "./main.js";

const dir = tempDir();
const seedHtml = "test/fixtures/seed/article.html";
const readCommands = [["claims"], ["events"], ["actors"], ["search", "ceasefire"], ["duplicates"], ["stats"]];

async function run(argv: string[]) {
  const io = captureOutput();
  const status = await main(argv, io);
  return { status, stdout: io.stdout(), stderr: io.stderr() };
}

test("sitrep --help lists every command with its summary and the supported inputs", async () => {
  const { status, stdout, stderr } = await run(["--help"]);
  assert.equal(status, 0);
  assert.equal(stderr, "");
  const lines = stdout.split("\n");
  assert.equal(lines[0], "usage: sitrep COMMAND [options]     (sitrep COMMAND --help shows what a command takes)");
  for (const command of commands) {
    assert.ok(lines.some((l) => l.startsWith(`  ${command.name} `) && l.endsWith(`  ${command.summary}`)), command.name);
  }
  for (const input of ["HTML", "plain-text", "gzip", "RSS/Atom", "WARC", "JSON Lines"]) assert.ok(stdout.includes(input), input);
});

test("sitrep COMMAND --help prints that command's own usage and options", async () => {
  for (const command of commands) {
    const { status, stdout } = await run([command.name, "--help"]);
    assert.equal(status, 0, command.name);
    const lines = stdout.split("\n");
    assert.equal(lines[0], `usage: sitrep ${command.name}${command.args ? ` ${command.args}` : ""} [options]`);
    assert.equal(lines[2], command.summary);
    assert.ok(lines.some((l) => /^ {2}-h, --help +show this help$/.test(l)), command.name);
  }
  const claims = (await run(["claims", "-h"])).stdout.split("\n");
  assert.ok(claims.includes("  --limit N           list at most N rows"));
  assert.ok(claims.includes("  --format FORMAT     table, json, ndjson, csv (default table)"));
  assert.ok(claims.includes("  --db PATH|URL       SQLite file (default ./sitrep.db) or postgres:// URL; it must exist"));
});

test("sitrep --version prints the package.json version", async () => {
  const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
  assert.deepEqual(await run(["--version"]), { status: 0, stdout: `${version}\n`, stderr: "" });
});

test("an unknown command is one error line with exit 2, and no database is created", () => {
  const cwd = tempDir();
  const result = runCli(["frobnicate"], undefined, cwd);
  assert.deepEqual(result, { status: 2, stdout: "", stderr: 'sitrep: unknown command "frobnicate" (sitrep --help lists the commands)\n' });
  assert.deepEqual(readdirSync(cwd), []);
});

test("a read command on a missing database fails with one line and creates nothing; ingest creates it", async () => {
  const db = join(dir, "tpyo.db");
  for (const command of readCommands) {
    assert.deepEqual(await run([...command, "--db", db]), { status: 1, stdout: "", stderr: `sitrep: no database at ${db}\n` }, command[0]);
    assert.equal(existsSync(db), false, command[0]);
  }
  const cwd = tempDir();
  assert.deepEqual(runCli(["stats"], undefined, cwd), { status: 1, stdout: "", stderr: "sitrep: no database at sitrep.db\n" });
  assert.deepEqual(readdirSync(cwd), []);
  assert.equal((await run(["ingest", seedHtml, "--db", db])).status, 0);
  assert.ok(existsSync(db));
});

test("read commands open the database read-only: a read-only file serves them and an empty file stays empty", async () => {
  const db = join(dir, "readonly.db");
  assert.equal((await run(["ingest", seedHtml, "--db", db])).status, 0);
  chmodSync(db, 0o444);
  for (const command of readCommands) assert.equal((await run([...command, "--db", db, "--format", "json"])).status, 0, command[0]);
  const stats = await run(["stats", "--db", db, "--format", "json"]);
  assert.equal((JSON.parse(stats.stdout) as { documents: number }).documents, 1);
  const empty = join(dir, "empty.db");
  writeFileSync(empty, "");
  assert.deepEqual(await run(["stats", "--db", empty]), { status: 1, stdout: "", stderr: "sitrep: no such table: documents\n" });
  assert.equal(statSync(empty).size, 0);
});

test("a bad option value is one line naming the option, with exit 2", async () => {
  const db = join(dir, "never.db");
  for (const value of ["abc", "0", "-1", "2.5"]) {
    assert.deepEqual(await run(["claims", `--limit=${value}`, "--db", db]), {
      status: 2, stdout: "", stderr: `sitrep: --limit must be a positive integer, got ${value}\n`,
    });
  }
  assert.deepEqual(await run(["events", "--format", "xml"]), { status: 2, stdout: "", stderr: "sitrep: --format must be one of table, json, ndjson, csv, plover, got xml\n" });
  assert.deepEqual(await run(["stats", "--bogus"]), { status: 2, stdout: "", stderr: "sitrep: unknown option --bogus (sitrep stats --help lists its options)\n" });
  assert.deepEqual(await run(["claims", "--limit", "-1"]), {
    status: 2, stdout: "", stderr: "sitrep: Option '--limit' argument is ambiguous. (sitrep claims --help lists its options)\n",
  });
  assert.deepEqual(await run(["stats", "extra"]), { status: 2, stdout: "", stderr: 'sitrep: stats takes no arguments, got "extra"\n' });
  assert.equal(existsSync(db), false);
});

test("an unexpected error is one line; --debug adds the stack", async () => {
  const db = join(dir, "not-a-database.db");
  writeFileSync(db, "plain text, not SQLite ".repeat(100));
  const plain = await run(["stats", "--db", db]);
  assert.deepEqual(plain, { status: 1, stdout: "", stderr: "sitrep: file is not a database\n" });
  const debug = await run(["stats", "--db", db, "--debug"]);
  assert.ok(debug.stderr.startsWith(plain.stderr));
  assert.match(debug.stderr, /\n {4}at /);
});

test("a closed stdout pipe ends the process quietly with exit 0", async () => {
  const child = spawn(process.execPath, [resolve("bin/sitrep.js"), "analyze", seedHtml, seedHtml, "--format", "ndjson"], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.destroy();
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((done) => child.on("close", done));
  assert.equal(stderr, "");
  assert.equal(status, 0);
});
