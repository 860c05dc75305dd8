import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { decodeBytes } from "./decode-bytes.js";

test("the chosen encoding and whether bytes were lost are reported", () => {
  assert.deepEqual(decodeBytes(new TextEncoder().encode("plain ascii")), { text: "plain ascii", encoding: "utf-8", lossy: false });
  const corrupt = Uint8Array.from([...new TextEncoder().encode("café "), 0xff, ...new TextEncoder().encode(" à la carte, déjà vu")]);
  const decoded = decodeBytes(corrupt);
  assert.equal(decoded.encoding, "utf-8");
  assert.equal(decoded.lossy, true);
  assert.equal(decoded.text, "café \uFFFD à la carte, déjà vu");
});

test("an HTTP charset beats the page's meta tag, and unknown labels are ignored", () => {
  const bytes = iconv.encode(`<meta charset="utf-8"><p>Привет</p>`, "koi8-r");
  assert.equal(decodeBytes(bytes, "KOI8-R").text, `<meta charset="utf-8"><p>Привет</p>`);
  assert.equal(decodeBytes(new TextEncoder().encode("héllo"), "x-no-such-charset").text, "héllo");
});

test("latin1 labels are read as windows-1252, as browsers do", () => {
  const bytes = Uint8Array.from([0x93, 0x51, 0x94]);
  assert.equal(decodeBytes(bytes, "ISO-8859-1").text, "“Q”");
});
