import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { detectMediaType } from "./detect-media-type.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

test("HTML is recognised from its start, whatever the name", () => {
  assert.equal(detectMediaType(bytes("<!DOCTYPE html><html><body>x</body></html>"), "page.txt"), "text/html");
  assert.equal(detectMediaType(bytes("\uFEFF  <!-- saved --><html lang=en>"), "noname"), "text/html");
  assert.equal(detectMediaType(iconv.encode("\uFEFF<html><body>x</body></html>", "utf-16le"), "x"), "text/html");
});

test("plain text stays text unless its name or its tags say HTML", () => {
  assert.equal(detectMediaType(bytes("Ceasefire talks resume.\n\nOfficials said…"), "report.txt"), "text/plain");
  assert.equal(detectMediaType(bytes("A fragment <p>with</p> tags"), "clip"), "text/html");
  assert.equal(detectMediaType(bytes("Just words."), "saved.html"), "text/html");
  assert.equal(detectMediaType(bytes("2 < 3 and 5 > 4"), "notes"), "text/plain");
});

test("binary formats are named by their magic numbers", () => {
  assert.equal(detectMediaType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "a.html"), "image/png");
  assert.equal(detectMediaType(bytes("%PDF-1.4 ..."), "a.txt"), "application/pdf");
  assert.equal(detectMediaType(Uint8Array.from([0x1f, 0x8b, 8, 0]), "a.gz"), "application/gzip");
  assert.equal(detectMediaType(Uint8Array.from([1, 2, 0, 3, 4]), "blob"), "application/octet-stream");
});
