import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { WARCRecord, WARCSerializer } from "warcio";
import { tempDir } from "../../../test/support/temp-dir.js";
import { defaultLimits } from "../../core/limits.js";
import type { IngestResult } from "../ingest-result.js";
import { readInputs } from "../read-inputs.js";

const dir = tempDir();

async function readFile(name: string, content: string | Uint8Array): Promise<IngestResult[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const results: IngestResult[] = [];
  for await (const result of readInputs([path], defaultLimits)) results.push(result);
  return results;
}
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

test("an RSS 2.0 item becomes a document with its link, date, author and full content", async () => {
  const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Wire</title>
<item><title>Talks resume</title><link>https://news.example/talks</link><pubDate>Tue, 19 Sep 2023 15:42:00 GMT</pubDate>
<dc:creator>Ana Ruiz</dc:creator><description>Short summary.</description>
<content:encoded><![CDATA[<p>The envoy said talks would resume.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://news.example/second</link><description>&lt;p&gt;Only a summary.&lt;/p&gt;</description></item>
</channel></rss>`;
  const results = await readFile("wire.rss", rss);
  assert.equal(results.length, 2);
  const [first, second] = results;
  assert.ok(first?.ok && second?.ok);
  assert.equal(first.source.input, `${join(dir, "wire.rss")}#item 1`);
  assert.equal(first.source.url, "https://news.example/talks");
  assert.deepEqual(first.source.hints, { title: "Talks resume", published: "2023-09-19T15:42:00.000Z", authors: ["Ana Ruiz"] });
  assert.match(decode(first.source.bytes), /<p>The envoy said talks would resume\.<\/p>/);
  assert.ok(!decode(first.source.bytes).includes("Short summary"), "full content wins over the summary");
  assert.match(decode(second.source.bytes), /Only a summary/);
});

test("an Atom entry uses its alternate link and author name", async () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title>Ceasefire holds</title><link rel="alternate" href="https://desk.example/ceasefire"/>
<published>2024-02-01T08:00:00Z</published><author><name>Lee Park</name></author>
<content type="html">&lt;p&gt;The ceasefire held overnight, officials said.&lt;/p&gt;</content></entry></feed>`;
  const [entry] = await readFile("desk.atom", atom);
  assert.ok(entry?.ok);
  assert.equal(entry.source.url, "https://desk.example/ceasefire");
  assert.deepEqual(entry.source.hints.authors, ["Lee Park"]);
  assert.match(decode(entry.source.bytes), /<p>The ceasefire held overnight/);
});

test("a feed with broken XML is one clear error", async () => {
  const results = await readFile("broken.xml", `<?xml version="1.0"?><rss><channel><item><title>Open`);
  assert.equal(results.length, 1);
  assert.ok(results[0] && !results[0].ok);
  assert.match(results[0].error.message, /broken\.xml: feed XML is not well-formed \(line \d+/);
});

test("JSON Lines: each line a document; a bad line fails alone, named by its line number", async () => {
  const lines = [
    JSON.stringify({ url: "https://a.example/1", html: "<p>First report.</p>", title: "One", published: "2024-03-01" }),
    "{not json",
    JSON.stringify({ text: "Second report, plain text." }),
    JSON.stringify({ url: "https://a.example/empty" }),
  ].join("\n");
  const results = await readFile("batch.jsonl", lines);
  assert.deepEqual(
    results.map((r) => (r.ok ? `${r.source.mediaType} ${r.source.url ?? "-"}` : r.error.problem)),
    ["text/html https://a.example/1", "not valid JSON", "text/plain -", 'expected an "html" or "text" field with the report'],
  );
  assert.ok(results[2]?.ok === false || results[1]?.ok === false);
  assert.equal(results[1]?.ok ? "" : results[1]?.error.input, `${join(dir, "batch.jsonl")}#line 2`);
  assert.deepEqual(results[0]?.ok && results[0].source.hints, { title: "One", published: "2024-03-01" });
});

async function warcBytes(): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const page = (url: string, body: string, type: string) =>
    WARCRecord.create(
      { url, date: "2024-05-04T10:00:00Z", type: "response", httpHeaders: { "Content-Type": type } },
      (function* () {
        yield encoder.encode(body);
      })(),
    );
  const records = [
    page("https://news.example/a", "<html><body><p>Report A.</p></body></html>", "text/html; charset=windows-1251"),
    page("https://news.example/logo.png", "PNGDATA", "image/png"),
    page("https://news.example/b", "<html><body><p>Report B.</p></body></html>", "text/html"),
  ];
  const parts = await Promise.all(records.map((r) => WARCSerializer.serialize(r)));
  return Buffer.concat(parts);
}

test("a WARC file yields its HTML responses with target URI, capture date and declared charset", async () => {
  const results = await readFile("capture.warc", await warcBytes());
  assert.equal(results.length, 2);
  const [a, b] = results;
  assert.ok(a?.ok && b?.ok);
  assert.equal(a.source.url, "https://news.example/a");
  assert.equal(a.source.fetchedAt, "2024-05-04T10:00:00Z");
  assert.equal(a.source.hints.charset, "windows-1251");
  assert.match(decode(b.source.bytes), /Report B/);
});

test("a truncated WARC keeps the records before the cut and reports the broken one", async () => {
  const bytes = await warcBytes();
  const results = await readFile("cut.warc", bytes.subarray(0, bytes.length - 60));
  assert.ok(results[0]?.ok);
  const last = results.at(-1);
  assert.ok(last && !last.ok, "the cut record is an error");
  assert.match(last.error.message, /cut\.warc#record 3: truncated WARC record \(\d+ of \d+ bytes\)/);
});
