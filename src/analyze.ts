import "./annotate/annotations.js";
import "./entities/entity.js";
import "./claims/claim.js";
import "./events/event.js";
import "./syntax/syntax-layer.js";
import { annotateStage } from "./annotate/annotate-stage.js";
import { claimsStage } from "./claims/claims-stage.js";
import type { Doc, Source } from "./core/doc.js";
import { defaultLimits, type Limits } from "./core/limits.js";
import { runPipeline } from "./core/pipeline.js";
import type { Context, Stage } from "./core/stage.js";
import { entitiesStage } from "./entities/entities-stage.js";
import { eventsStage } from "./events/events-stage.js";
import { extractDoc } from "./extract/extract-article.js";
import { linkStage } from "./link/link-stage.js";
import { syntaxStage } from "./syntax/syntax-stage.js";
import { sharedSyntaxModel } from "./syntax/shared-model.js";

/** The analysis, in order. CLI, server and workers all run this list. */
export const defaultStages: readonly Stage[] = [annotateStage, syntaxStage, entitiesStage, claimsStage, eventsStage, linkStage];

export interface AnalyzeOptions {
  readonly now?: Date;
  readonly limits?: Limits;
  readonly stages?: readonly Stage[];
}

/** The shared resources of a run: the clock, the limits, and the syntax model loaded once per process. */
export function createContext(now: Date = new Date(), limits: Limits = defaultLimits): Context {
  return { now, limits, syntax: sharedSyntaxModel };
}

/** Source → fully analysed Doc. Throws DocumentError for an input that cannot be analysed. */
export function analyzeSource(source: Source, options: AnalyzeOptions = {}): Doc {
  const ctx = createContext(options.now, options.limits);
  return runPipeline(options.stages ?? defaultStages, extractDoc(source, ctx.limits), ctx);
}
