import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** Every file a module loads before its first line runs: its static imports, followed through our own files. */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith(".js")) return;
    for (const [, target] of readFileSync(file, "utf8").matchAll(/^(?:import|export)\s[^;]*?["']([^"']+)["']/gm)) {
      if (target?.startsWith(".")) visit(resolve(dirname(file), target));
      else if (target !== undefined) seen.add(target);
    }
  };
  visit(resolve(here, entry));
  return seen;
}

const heavy = [/\/entities\//, /\/syntax\//, /\/lexicon\//, /\/claims\//, /\/events\//, /data\/(entities|lexicon|claims|events|syntax)\//, /^pg$/, /^better-sqlite3$/, /^warcio$/, /^fast-xml-parser$/];

function heavyIn(entry: string): string[] {
  return [...staticImports(entry)].filter((file) => heavy.some((pattern) => pattern.test(file)));
}

test("help, --version and the command table load no gazetteer, lexicon, syntax model or database driver", () => {
  const loaded = staticImports("./main.js");
  assert.ok(loaded.has(resolve(here, "commands.js")), "the walk follows imports");
  assert.deepEqual(heavyIn("./main.js"), []);
});

test("extract loads the extractor alone: no gazetteer, lexicon or syntax model", () => {
  assert.ok(staticImports("./extract-command.js").has(resolve(here, "../extract/extract-article.js")));
  assert.deepEqual(heavyIn("./extract-command.js"), []);
});

test("the query commands load no analysis stage", () => {
  assert.deepEqual(heavyIn("./store-commands.js").filter((f) => !/export\//.test(f)), []);
});

test("analyze does load the stages (the walk would see them)", () => {
  assert.ok(heavyIn("./analyze-command.js").some((f) => f.endsWith("entities/gazetteer.js")));
});
