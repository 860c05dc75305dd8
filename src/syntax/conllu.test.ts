import assert from "node:assert/strict";
import { test } from "node:test";
import { formatWord, parseConllu, spaceAfter } from "./conllu.js";

const sample = [
  "# sent_id = 1",
  "# text = I don't know.",
  "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_",
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_",
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No",
  "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
  "",
].join("\n");

test("words are read with their columns; multiword-token lines are kept as lines, not words", () => {
  const [sentence] = parseConllu(sample);
  assert.ok(sentence);
  assert.deepEqual(sentence.words.map((w) => w.form), ["I", "do", "n't", "know", "."]);
  assert.deepEqual(sentence.words.map((w) => w.head), [4, 4, 4, 0, 4]);
  assert.equal(sentence.lines[3], "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_");
  assert.equal(spaceAfter(sentence.words[3] ?? assert.fail("no word 4")), false);
});

test("a word line formats back to exactly what was read", () => {
  const [sentence] = parseConllu(sample);
  for (const w of sentence?.words ?? []) assert.ok(sample.includes(formatWord(w)), formatWord(w));
});

test("a missing head reads as -1 and writes back as _", () => {
  const [sentence] = parseConllu("1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n");
  const w = sentence?.words[0];
  assert.equal(w?.head, -1);
  assert.equal(w && formatWord(w), "1\tHello\t_\t_\t_\t_\t_\t_\t_\t_");
});
