import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { createSource } from "../core/create-source.js";
import { DocumentError } from "../core/document-error.js";
import { defaultLimits } from "../core/limits.js";
import { extractArticle } from "./extract-article.js";

const paragraph = "The council voted on Monday to approve the new budget after a long debate about schools and roads.";

function extract(bytes: Uint8Array, mediaType = "text/html", hints = {}) {
  return extractArticle(createSource("input.html", bytes, { mediaType, hints }), defaultLimits);
}

const html = (body: string): Uint8Array => new TextEncoder().encode(`<html><body>${body}</body></html>`);

test("binary content fails with a one-line DocumentError naming the format", () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.throws(() => extract(png), (error: unknown) => {
    assert.ok(error instanceof DocumentError);
    assert.equal(error.message, "input.html: binary content (PNG image), not a text or HTML document");
    return true;
  });
  assert.throws(() => extract(new TextEncoder().encode("%PDF-1.7\n%âãÏÓ")), /PDF document/);
  assert.throws(() => extract(Uint8Array.from([0x41, 0x42, 0, 0x43, 0x44, 0x45]), "text/plain"), /NUL bytes/);
  const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61));
  assert.throws(() => extract(controls, "text/plain"), /control characters/);
});

test("a page that is only a script has no article text", () => {
  const bytes = html("<script>document.write('<p>" + paragraph + "</p>')</script>");
  assert.throws(() => extract(bytes), (error: unknown) => error instanceof DocumentError && /no article text found/.test(error.message));
});

test("malformed and truncated HTML still yields the paragraphs", () => {
  const bytes = new TextEncoder().encode(`<html><body><div><p>${paragraph}<p>${paragraph.replace("Monday", "Tuesday")}</b></i><div><p>Cut off mid`);
  const article = extract(bytes);
  assert.match(article.text, /Monday/);
  assert.match(article.text, /Tuesday/);
});

test("100,000 nested elements neither overflow the stack nor lose the text", () => {
  const depth = 100_000;
  const bytes = html(`${"<div>".repeat(depth)}<p>${paragraph}</p>${"</div>".repeat(depth)}`);
  const article = extract(bytes);
  assert.equal(article.text, paragraph);
});

test("a 20 MB page is extracted", () => {
  const filler = `<div class="article-body">${`<p>${paragraph}</p>`.repeat(200_000)}</div>`;
  assert.ok(filler.length > 20_000_000);
  const article = extract(html(filler));
  assert.ok(article.text.startsWith(paragraph));
  // Identical paragraphs are collapsed as repeated page furniture.
  assert.equal(article.text, paragraph);
});

test("legacy encodings decode from meta charset, HTTP charset hint and BOMs", () => {
  const russian = "Правительство объявило о новых мерах поддержки для регионов страны в понедельник.";
  const cp1251 = iconv.encode(`<html><head><meta charset="windows-1251"></head><body><p>${russian}</p></body></html>`, "windows-1251");
  assert.equal(extract(cp1251).text, russian);
  const httpEquiv = iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body><p>Zażółć gęślą jaźń — rząd ogłosił nowe przepisy dotyczące podatków.</p></body></html>`, "iso-8859-2");
  assert.match(extract(httpEquiv).text, /Zażółć gęślą jaźń/);
  const japanese = "政府は月曜日、地方の新しい支援策を発表した。記者会見で首相が説明した。";
  const sjis = iconv.encode(`<p>${japanese}</p>`, "shift_jis");
  assert.equal(extract(sjis, "text/html", { charset: "Shift_JIS" }).text, japanese);
  const utf16 = iconv.encode(`\uFEFF<p>${russian}</p>`, "utf-16le");
  assert.equal(extract(utf16).text, russian);
  const utf16NoBom = iconv.encode(`<p>${paragraph}</p>`, "utf-16be");
  assert.equal(extract(utf16NoBom).text, paragraph);
});

test("undeclared bytes: mostly-invalid UTF-8 is read as windows-1252, a stray bad byte becomes U+FFFD", () => {
  const latin = iconv.encode(`<p>Le café du président a été fermé lundi après une décision du préfet.</p>`, "windows-1252");
  assert.match(extract(latin).text, /café du président a été fermé/);
  const utf8 = new TextEncoder().encode(`<p>Le café du président a été fermé lundi après une décision X du préfet.</p>`);
  const corrupt = utf8.map((byte) => (byte === 0x58 ? 0xff : byte));
  assert.match(extract(corrupt).text, /café du président .* décision \uFFFD du préfet/);
});
