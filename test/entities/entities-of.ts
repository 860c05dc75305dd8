import { createContext } from "../../src/analyze.js";
import { annotateStage } from "../../src/annotate/annotate-stage.js";
import type { Entity, EntityFindings } from "../../src/entities/entity.js";
import { entitiesStage } from "../../src/entities/entities-stage.js";
import { textDoc } from "../support/text-doc.js";

/** Runs annotate and entities on `text`. */
export function entitiesOf(text: string): EntityFindings {
  const ctx = createContext(new Date("2024-01-01T00:00:00Z"));
  const doc = entitiesStage.run(annotateStage.run(textDoc(text), ctx), ctx);
  const findings = doc.data.entities;
  if (findings === undefined) throw new Error("entities stage produced no findings");
  return findings;
}

/** The entity that owns the mention with exactly this text (the first one). */
export function entityMentionedAs(findings: EntityFindings, text: string): Entity | undefined {
  const mention = findings.mentions.find((m) => m.text === text);
  return mention === undefined ? undefined : findings.entities.find((e) => e.id === mention.entity);
}
