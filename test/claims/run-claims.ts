import { createContext } from "../../src/analyze.js";
import { annotateStage } from "../../src/annotate/annotate-stage.js";
import { claimsStage } from "../../src/claims/claims-stage.js";
import type { ClaimFindings } from "../../src/claims/claim.js";
import { requireData, withData } from "../../src/core/doc.js";
import type { EntityFindings } from "../../src/entities/entity.js";
import { entitiesStage } from "../../src/entities/entities-stage.js";
import { syntaxStage } from "../../src/syntax/syntax-stage.js";
import { textDoc } from "../support/text-doc.js";
import { placeEntities, type EntitySpec } from "./place-entities.js";

const ctx = createContext(new Date("2024-01-01T00:00:00Z"));

/** Annotates and parses `text`, places the given entities by hand, and runs the claims stage. */
export function runClaims(text: string, entities: readonly EntitySpec[] = []): ClaimFindings {
  const annotated = syntaxStage.run(annotateStage.run(textDoc(text), ctx), ctx);
  const doc = claimsStage.run(withData(annotated, "entities", placeEntities(text, entities)), ctx);
  return requireData(doc, "claims", "test");
}

/** Annotates `text` and runs the real entities stage before the claims stage; returns both findings. */
export function runWithEntities(text: string): { claims: ClaimFindings; entities: EntityFindings } {
  const doc = claimsStage.run(entitiesStage.run(syntaxStage.run(annotateStage.run(textDoc(text), ctx), ctx), ctx), ctx);
  return { claims: requireData(doc, "claims", "test"), entities: requireData(doc, "entities", "test") };
}
