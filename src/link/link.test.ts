import { createContext } from "../analyze.js";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { textDoc } from "../../test/support/text-doc.js";
import { annotateStage } from "../annotate/annotate-stage.js";
import { requireData } from "../core/doc.js";
import { linkStage, outletOf } from "./link-stage.js";
import { estimatedJaccard, minhashSignature, sameStoryJaccard, signatureToHex } from "./minhash.js";
import { syndicationOriginal } from "./syndication.js";

const ctx = createContext(new Date("2024-01-01T00:00:00Z"));
const link = (text: string) => requireData(linkStage.run(annotateStage.run(textDoc(text), ctx), ctx), "link", "test");
const signature = (text: string) => {
  const { minhash } = link(text);
  assert.ok(minhash !== null, "a report long enough to compare has a signature");
  return minhash;
};

const report = readFileSync("test/fixtures/seed/report.txt", "utf8");
const paragraphs = report.split("\n\n");
const other =
  "Germany pledged another 500 million euros in military aid on Thursday, while Hungary again threatened to block a " +
  "European Union package. Poland's foreign minister warned that Russia would not stop at Ukraine, and called on allies " +
  "to speed up deliveries of air defence systems before the winter, when attacks on the power grid are expected to grow.";

test("copies with a new headline, a trimmed ending or an outlet's boilerplate are the same story", () => {
  const original = signature(report);
  const edits = {
    headline: ["Azerbaijan moves on Karabakh", ...paragraphs.slice(1)].join("\n\n"),
    trimmed: paragraphs.slice(0, Math.ceil(paragraphs.length * 0.7)).join("\n\n"),
    boilerplate: `BAKU (AFP) - ${report}\n\nFollow us on Telegram for the latest news. © 2023 Caucasus Wire. All rights reserved.`,
  };
  for (const [edit, text] of Object.entries(edits)) {
    const similarity = estimatedJaccard(original, signature(text));
    assert.ok(similarity >= sameStoryJaccard, `${edit}: similarity ${similarity}`);
    const shared = link(text).bands.filter((band) => link(report).bands.includes(band));
    assert.ok(shared.length > 0, `${edit}: shares an LSH band, so the store finds it`);
  }
});

test("an unrelated report is another story, and a text too short to compare has no signature", () => {
  const similarity = estimatedJaccard(signature(report), signature(other));
  assert.ok(similarity < 0.1, `similarity ${similarity}`);
  assert.deepEqual(link("Too short to say."), { outlet: null, minhash: null, bands: [] });
});

test("signatures are the same in every run: fixed seeds, no randomness", () => {
  const words = [..."the quick brown fox jumps over the lazy dog ".repeat(3).trim().split(" "), ...Array.from({ length: 20 }, (_, i) => `w${i}`)];
  const hex = minhashSignature(words);
  assert.ok(hex !== null);
  // Values pinned from one run: a change to the hashing would silently regroup every stored corpus.
  assert.equal(signatureToHex(hex).slice(0, 24), "177fbdb602f52e0709deba23");
  assert.equal(link(report).bands.length, 16);
  assert.match(link(report).bands[3] ?? "", /^03:[0-9a-f]{32}$/);
});

test("a report joins the group of its most similar candidate, and starts one when none is alike", () => {
  const original = signature(report);
  const trimmed = signature(paragraphs.slice(0, 6).join("\n\n"));
  const unrelated = signature(other);
  assert.equal(syndicationOriginal(original, [{ document: "b", minhash: unrelated, original: "b" }, { document: "c", minhash: trimmed, original: "a" }]), "a");
  assert.equal(syndicationOriginal(original, [{ document: "b", minhash: unrelated, original: "b" }]), null);
  assert.equal(syndicationOriginal(null, [{ document: "c", minhash: trimmed, original: "a" }]), null);
});

test("the outlet is the URL's host without www", () => {
  assert.equal(outletOf("https://www.Reuters.com/world/x"), "reuters.com");
  assert.equal(outletOf("https://apnews.com/article/y"), "apnews.com");
  assert.equal(outletOf("not a url"), null);
  assert.equal(outletOf(null), null);
});
