import { withData } from "../core/doc.js";
import type { Stage } from "../core/stage.js";

/** Placeholder until event coding lands. */
export const eventsStage: Stage = {
  name: "events",
  run: (doc) => withData(doc, "events", { events: [] }),
};
