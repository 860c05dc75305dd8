import { withData } from "../core/doc.js";
import type { Stage } from "../core/stage.js";

/** Placeholder until attribution lands. */
export const claimsStage: Stage = {
  name: "claims",
  run: (doc) => withData(doc, "claims", { claims: [], disputes: [] }),
};
