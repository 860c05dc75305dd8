import assert from "node:assert/strict";
import { test } from "node:test";
import { scorePage, shingles, summarize, tokenize } from "./extract-metric.js";

test("tokens are Unicode words, like Python's \\w+", () => {
  assert.deepEqual(tokenize("Zürich's 2 año_x — 東京!"), ["Zürich", "s", "2", "año_x", "東京"]);
});

test("shingles are a multiset of 4-word windows; short texts are one shingle", () => {
  assert.deepEqual([...shingles(["a", "b", "c", "d", "e"])], [["a b c d", 1], ["b c d e", 1]]);
  assert.deepEqual([...shingles(["a", "b", "a", "b", "a", "b", "a"])], [["a b a b", 2], ["b a b a", 2]]);
  assert.deepEqual([...shingles(["x", "y"])], [["x y", 1]]);
  assert.equal(shingles([]).size, 0);
});

test("per-page precision and recall count shared shingles", () => {
  // truth shingles: abcd bcde cdef; prediction shingles: abcd bcde cdez dezq → tp 2, fp 2, fn 1.
  const page = scorePage("a b c d e f", "a b c d e z q");
  assert.equal(page.precision, 2 / 4);
  assert.equal(page.recall, 2 / 3);
  assert.equal(page.exact, false);
  assert.equal(scorePage("One, two: three four.", "one two three four").exact, false);
  assert.equal(scorePage("One, two: three four.", "One two three four").exact, true);
});

test("an empty prediction is left out of precision but scores zero recall", () => {
  const pages = [scorePage("a b c d", "a b c d"), scorePage("a b c d e", "")];
  assert.equal(pages[1]!.precision, null);
  const summary = summarize(pages);
  assert.equal(summary.precision, 1);
  assert.equal(summary.recall, 0.5);
  assert.equal(summary.f1, (2 * 1 * 0.5) / 1.5);
  assert.equal(summary.accuracy, 0.5);
});
