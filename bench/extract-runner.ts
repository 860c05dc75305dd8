// Runs one extractor over every benchmark page inside a worker thread, so each extractor's heap is measured alone.
import { readFileSync } from "node:fs";
import { getHeapStatistics } from "node:v8";
import { gunzipSync } from "node:zlib";
import { parentPort, workerData } from "node:worker_threads";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { createSource } from "../src/core/create-source.js";
import type { Source } from "../src/core/doc.js";
import { defaultLimits } from "../src/core/limits.js";
import { extractArticle } from "../src/extract/extract-article.js";

export type ExtractorName = "sitrep" | "readability";

export interface RunnerInput {
  readonly extractor: ExtractorName;
  readonly pages: readonly { readonly id: string; readonly path: string; readonly url: string }[];
}

export interface PageOutput {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly ms: number;
  readonly error: string | null;
}

export interface RunnerOutput {
  readonly pages: readonly PageOutput[];
  readonly peakHeapBytes: number;
}

type Extracted = Omit<PageOutput, "id" | "ms" | "error">;

function runSitrep(source: Source): Extracted {
  const article = extractArticle(source, defaultLimits);
  return { text: article.text, title: article.title, author: article.authors[0] ?? null, published: article.published };
}

function runReadability(bytes: Uint8Array): Extracted {
  const window: unknown = parseHTML(new TextDecoder().decode(bytes));
  // The DOM types of linkedom and Readability need lib "dom", which this Node project does not load.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-explicit-any
  const article = new Readability((window as any).document).parse();
  return {
    text: article?.textContent ?? "",
    title: article?.title ?? null,
    author: article?.byline ?? null,
    published: article?.publishedTime ?? null,
  };
}

/** One pass over every page; the first pass warms the JIT, the second is the one timed and reported. */
function run(input: RunnerInput): RunnerOutput {
  let peakHeapBytes = 0;
  const documents = input.pages.map(({ id, path, url }) => {
    const bytes = gunzipSync(readFileSync(path));
    // Hashing the bytes into a Source is ingest's work, not extraction's: done before the clock starts.
    return { id, bytes, source: createSource(id, bytes, { mediaType: "text/html", url }) };
  });
  const pass = (): PageOutput[] =>
    documents.map(({ id, bytes, source }): PageOutput => {
      const started = performance.now();
      let extracted: Extracted = { text: "", title: null, author: null, published: null };
      let error: string | null = null;
      try {
        extracted = input.extractor === "sitrep" ? runSitrep(source) : runReadability(bytes);
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught);
      }
      const ms = performance.now() - started;
      peakHeapBytes = Math.max(peakHeapBytes, getHeapStatistics().used_heap_size);
      return { id, ms, error, ...extracted };
    });
  pass();
  return { pages: pass(), peakHeapBytes };
}

parentPort?.postMessage(run(workerData as RunnerInput));
