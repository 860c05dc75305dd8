import { createContext } from "../analyze.js";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { textDoc } from "../../test/support/text-doc.js";
import { annotateStage } from "../annotate/annotate-stage.js";
import { requireData } from "../core/doc.js";
import { linkStage } from "./link-stage.js";
import { hammingDistance, nearDuplicateBits } from "./near-duplicates.js";

const ctx = createContext(new Date("2024-01-01T00:00:00Z"));
const fingerprint = (text: string) => requireData(linkStage.run(annotateStage.run(textDoc(text), ctx), ctx), "link", "test").fingerprint;

const wire =
  "Sudan's army said on Friday it had repelled an attack by the paramilitary Rapid Support Forces on the city of El Fasher " +
  "in North Darfur, killing dozens of fighters. The RSF denied the army's account, saying in a statement that its forces had " +
  "taken two districts of the city. The United Nations urged both sides to allow humanitarian access to the besieged city, " +
  "where hundreds of thousands of people have sheltered since the fighting began last year.";

test("a republished copy of a report with a dateline added and one word edited is a near-duplicate", () => {
  const report = readFileSync("test/fixtures/seed/report.txt", "utf8");
  const a = fingerprint(report);
  const b = fingerprint(`BAKU (AFP) - ${report.replace("several soldiers", "three soldiers")}`);
  assert.ok(a && b);
  assert.ok(hammingDistance(a, b) <= nearDuplicateBits, `distance ${hammingDistance(a, b)}`);
});

test("a different story is far away, and a text too short to compare has no fingerprint", () => {
  const other =
    "Germany pledged another 500 million euros in military aid on Thursday, while Hungary again threatened to block a " +
    "European Union package. Poland's foreign minister warned that Russia would not stop at Ukraine, and called on allies " +
    "to speed up deliveries of air defence systems before the winter, when attacks on the power grid are expected to grow.";
  const a = fingerprint(wire);
  const b = fingerprint(other);
  assert.ok(a && b);
  assert.ok(hammingDistance(a, b) > 12, `distance ${hammingDistance(a, b)}`);
  assert.equal(fingerprint("Too short to say."), null);
});

test("hamming distance counts differing bits", () => {
  assert.equal(hammingDistance("0000000000000000", "0000000000000000"), 0);
  assert.equal(hammingDistance("000000000000000f", "0000000000000000"), 4);
  assert.equal(hammingDistance("ffffffffffffffff", "0000000000000000"), 64);
});
