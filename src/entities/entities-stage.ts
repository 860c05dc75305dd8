import { withData } from "../core/doc.js";
import type { Stage } from "../core/stage.js";

/** Placeholder until recognition lands. */
export const entitiesStage: Stage = {
  name: "entities",
  run: (doc) => withData(doc, "entities", { entities: [], mentions: [] }),
};
