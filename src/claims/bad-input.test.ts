import assert from "node:assert/strict";
import { test } from "node:test";
import { runClaims } from "../../test/claims/run-claims.js";

test("an unbalanced quotation mark neither crashes nor swallows the next paragraph", () => {
  const text = "“We will not retreat, the commander said.\n\nThe ministry said the front was stable.";
  const { claims } = runClaims(text);
  assert.ok(claims.some((c) => c.speaker.text === "The ministry" && c.content === "the front was stable"));
  for (const c of claims) for (const s of c.contentSpans) assert.ok(s.end <= text.length && s.start <= s.end);
});

test("a 5,000-word quotation is one direct claim", () => {
  const words = Array.from({ length: 5000 }, (_, i) => (i % 17 === 0 ? "must" : `word${i % 50}`)).join(" ");
  const text = `“${words},” the president said.`;
  const { claims } = runClaims(text);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.direct, true);
  assert.equal(claims[0]?.content, `“${words},”`);
});

test("guillemets, German and CJK quotation marks are read as quotations", () => {
  for (const [open, close] of [["«", "»"], ["„", "“"], ["「", "」"]] as const) {
    const { claims } = runClaims(`${open}We will fight on${close}, the minister said.`);
    assert.deepEqual(claims.map((c) => [c.content, c.speaker.text, c.direct]), [[`${open}We will fight on${close}`, "the minister", true]], open);
  }
});

test("a paragraph that is all quotations gives no invented speaker", () => {
  const text = "“Enough.” “No more.” “We want peace.”\n\n“Go home!”";
  const { claims } = runClaims(text);
  assert.deepEqual(claims, []);
});

test("ten thousand capitalised words and a 2,000-word sentence pass through", () => {
  const caps = Array.from({ length: 10000 }, (_, i) => `Name${i}`).join(" ");
  assert.deepEqual(runClaims(`${caps} said.`).claims, []);
  const long = `The ministry said that ${Array.from({ length: 2000 }, () => "the said claims of").join(" ")} ended.`;
  const { claims } = runClaims(long);
  assert.ok(claims.length >= 1 && claims[0]?.speaker.text === "The ministry");
});

test("unknown scripts and stray marks give no claims and no errors", () => {
  assert.deepEqual(runClaims("Отряды вошли в город. 部队进入城市。 ” « „ 」 said").claims, []);
});

test("an empty article gives no claims and no disputes", () => {
  assert.deepEqual(runClaims(""), { claims: [], disputes: [] });
});
