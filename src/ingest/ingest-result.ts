import type { Source } from "../core/doc.js";
import type { DocumentError } from "../core/document-error.js";

/** One input read: a Source to analyse, or the reason it could not be read. */
export type IngestResult =
  | { readonly ok: true; readonly source: Source }
  | { readonly ok: false; readonly error: DocumentError };
