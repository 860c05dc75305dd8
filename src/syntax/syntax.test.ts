import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { createContext } from "../analyze.js";
import { annotateStage } from "../annotate/annotate-stage.js";
import type { Doc } from "../core/doc.js";
import { textDoc } from "../../test/support/text-doc.js";
import { fillConllu } from "./conllu-output.js";
import { parseConllu } from "./conllu.js";
import { writeUnpackedModel } from "./model-file.js";
import { sharedSyntaxModel } from "./shared-model.js";
import { DEFAULT_MODEL_PATH, SyntaxModel } from "./syntax-model.js";
import { MAX_SENTENCE_WORDS, syntaxStage } from "./syntax-stage.js";
import type { Syntax, Word } from "./syntax-layer.js";
import { childrenOf, clauseOf, isPassive, modalsOf, negationOf, subtreeSpan, wordAt } from "./tree.js";

const ctx = createContext(new Date("2024-01-01T00:00:00Z"));

function parsed(text: string): { doc: Doc; syntax: Syntax } {
  const doc = syntaxStage.run(annotateStage.run(textDoc(text), ctx), ctx);
  const syntax = doc.data.syntax;
  assert.ok(syntax, "the syntax stage adds doc.data.syntax");
  return { doc, syntax };
}

function find(syntax: Syntax, form: string): Word {
  return syntax.words.find((w) => w.form === form) ?? assert.fail(`no word "${form}"`);
}

test("a reported statement: the cue is the root, its subject the speaker, the complement a clause", () => {
  const { syntax } = parsed("The minister said that troops had left the city.");
  const said = find(syntax, "said");
  assert.equal(said.deprel, "root");
  assert.equal(said.lemma, "say");
  assert.equal(find(syntax, "minister").head, said.index);
  assert.equal(find(syntax, "minister").deprel, "nsubj");
  const left = find(syntax, "left");
  assert.equal(left.deprel, "ccomp");
  assert.equal(left.head, said.index);
  assert.equal(left.lemma, "leave");
  assert.equal(childrenOf(syntax, left.index, "nsubj")[0]?.form, "troops");
  const span = subtreeSpan(syntax, left.index);
  assert.equal("The minister said that troops had left the city.".slice(span.start, span.end), "that troops had left the city");
});

test("passives, negation and modals are read from the tree", () => {
  const { syntax } = parsed("The village was shelled by the army. He did not say that they may leave.");
  const shelled = find(syntax, "shelled");
  assert.equal(isPassive(syntax, shelled.index), true);
  assert.equal(find(syntax, "village").deprel, "nsubj:pass");
  assert.equal(find(syntax, "army").deprel, "obl:agent");
  const say = find(syntax, "say");
  assert.deepEqual(negationOf(syntax, say.index).map((w) => w.form), ["not"]);
  assert.equal(isPassive(syntax, say.index), false);
  const leave = find(syntax, "leave");
  assert.deepEqual(modalsOf(syntax, leave.index).map((w) => w.form), ["may"]);
  assert.equal(clauseOf(syntax, find(syntax, "they").index), leave.index);
});

test("every word has offsets into the article text, one root per sentence, heads inside the sentence", () => {
  const text = "Baku said on Tuesday: “We will restore order.” Armenia denied it.\n\nNo one was hurt, officials said.";
  const { syntax } = parsed(text);
  for (const w of syntax.words) assert.equal(text.slice(w.start, w.end), w.form);
  for (const s of syntax.sentences) {
    const words = syntax.words.slice(s.firstWord, s.endWord);
    assert.equal(words.filter((w) => w.head < 0).length, 1, `one root in sentence ${s.index}`);
    for (const w of words) if (w.head >= 0) assert.ok(w.head >= s.firstWord && w.head < s.endWord);
  }
  assert.equal(syntax.words[wordAt(syntax, text.indexOf("Armenia") + 2)]?.form, "Armenia");
});

test("a 2,000-word sentence is parsed in chunks with a message on the document", () => {
  const text = Array.from({ length: 2000 }, (_, i) => (i % 7 === 6 ? "and" : `item${i}`)).join(" ");
  const { doc, syntax } = parsed(text);
  assert.equal(syntax.words.length, 2000);
  assert.equal(syntax.sentences.length, Math.ceil(2000 / MAX_SENTENCE_WORDS));
  assert.ok(doc.messages.some((m) => m.stage === "syntax" && m.text.includes("2000 words")));
});

test("no punctuation, all capitals, emoji, URLs and other scripts parse into one tree per sentence", () => {
  for (const text of [
    "the talks went on all night nobody left the room the ministers kept talking",
    "BREAKING: TROOPS CROSS THE BORDER NEAR THE RIVER, OFFICIALS SAY",
    "Residents 🙂 posted https://t.co/x1 clips from Москва and 北京 on Telegram.",
  ]) {
    const { syntax } = parsed(text);
    assert.ok(syntax.words.length > 5);
    const roots = syntax.words.filter((w) => w.head < 0).length;
    assert.equal(roots, syntax.sentences.length, text);
  }
});

test("given CoNLL-U words are filled in; comments and multiword-token lines pass through unchanged", () => {
  const input = "# sent_id = a\n1\tThey\t_\t_\t_\t_\t_\t_\t_\t_\n2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tca\t_\t_\t_\t_\t_\t_\t_\t_\n3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n4\tgo\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
  const output = fillConllu(sharedSyntaxModel(), input);
  const [sentence] = parseConllu(output);
  assert.ok(sentence);
  assert.equal(sentence.lines[0], "# sent_id = a");
  assert.equal(sentence.lines[2], "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_");
  assert.deepEqual(sentence.words.map((w) => w.form), ["They", "ca", "n't", "go"]);
  assert.deepEqual(sentence.words.map((w) => w.upos), ["PRON", "AUX", "PART", "VERB"]);
  assert.equal(sentence.words.filter((w) => w.head === 0).length, 1);
  assert.equal(sentence.words[3]?.deprel, "root");
});

test("the model is loaded once per process and shared", () => {
  assert.equal(sharedSyntaxModel(), sharedSyntaxModel());
});

test("the unpacked model the build writes analyses exactly as the shipped gzip one", () => {
  const shipped = readFileSync(DEFAULT_MODEL_PATH);
  const unpacked = writeUnpackedModel(shipped);
  assert.ok(unpacked.length > shipped.length, "unpacked: no gunzip at start-up");
  const words = ["Officials", "in", "Baku", "said", "the", "convoy", "had", "not", "crossed", "."];
  assert.deepEqual(SyntaxModel.fromBytes(unpacked).analyse(words), SyntaxModel.fromBytes(shipped).analyse(words));
});
