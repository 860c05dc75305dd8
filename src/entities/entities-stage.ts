import { requireData, withData } from "../core/doc.js";
import type { Stage } from "../core/stage.js";
import { findEntities } from "./find-entities.js";

/** People, organisations, governments and places mentioned in the article, each mention with its span. */
export const entitiesStage: Stage = {
  name: "entities",
  run(doc) {
    const annotations = requireData(doc, "annotations", "entities");
    return withData(doc, "entities", findEntities(doc.article.text, annotations));
  },
};
