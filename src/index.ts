export type { Article, Doc, DocData, Heading, Message, Source, SourceHints } from "./core/doc.js";
export type { Span } from "./core/span.js";
export type { Context, Stage } from "./core/stage.js";
export { runPipeline } from "./core/pipeline.js";
