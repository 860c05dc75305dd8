import { analyzeSource } from "../analyze.js";
import { defaultLimits } from "../core/limits.js";
import { readInputs } from "../ingest/read-inputs.js";
import { storeLinked } from "../link/store-linked.js";
import type { Store } from "../store/store.js";
import type { Output } from "./output.js";
import { reportFailure } from "./report-failure.js";

/** `sitrep ingest`: analyse and store each input; content already stored is skipped before analysis. */
export async function ingestCommand(store: Store, paths: readonly string[], debug: boolean, io: Output): Promise<number> {
  const counts = { added: 0, exists: 0, failed: 0 };
  for await (const result of readInputs(paths, defaultLimits)) {
    const input = result.ok ? result.source.input : result.error.input;
    try {
      if (!result.ok) throw result.error;
      if (await store.hasDocument(result.source.id)) {
        counts.exists++;
        continue;
      }
      counts[await storeLinked(store, analyzeSource(result.source))]++;
    } catch (error) {
      counts.failed++;
      const { problem } = reportFailure(input, error, debug, io);
      await store.putError(input, problem);
    }
  }
  io.err(`ingested ${counts.added} new, ${counts.exists} already stored, ${counts.failed} failed\n`);
  return counts.failed > 0 ? 1 : 0;
}
