// The attribution sets we wrote ourselves (test/claims/testset, holdout, holdout-2) are unit tests, not figures:
// figures come from the gold of real reports (npm run bench:claims). They predate the PARC span conventions, so a
// claim is read back in theirs: the bare content (no complementizer, no quotation marks) and no negated reports.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Claim } from "../../src/claims/claim.js";
import { emptyTally, f1, scoreItem, type ExpectedClaim } from "../../bench/claims-score.js";
import { runClaims } from "./run-claims.js";
import reports from "./testset/reports.json" with { type: "json" };
import sentences from "./testset/sentences.json" with { type: "json" };
import holdoutReports from "./holdout/reports.json" with { type: "json" };
import holdoutSentences from "./holdout/sentences.json" with { type: "json" };
import holdout2Reports from "./holdout-2/reports.json" with { type: "json" };
import holdout2Sentences from "./holdout-2/sentences.json" with { type: "json" };

interface Item {
  readonly text: string;
  readonly claims: readonly ExpectedClaim[];
}

const bareContent = (content: string) =>
  content
    .split(" … ")
    .map((part) => part.replace(/^that\s+/u, "").replace(/^[“„«‹"'‘「『]/u, "").replace(/[,]?[”“"»›'’」』]$/u, ""))
    .join(" … ");

// Below these, a change has broken what the sets were written to show (on 2026-12-04: speaker 0.98/0.94/0.89, content 0.85/0.86/0.84, stance 0.99/0.96/0.87).
const floors = { speaker: 0.85, content: 0.8, stance: 0.85 };

for (const [name, items] of [
  ["testset", [...sentences, ...reports]],
  ["holdout", [...holdoutSentences, ...holdoutReports]],
  ["holdout-2", [...holdout2Sentences, ...holdout2Reports]],
] as const) {
  test(`self-written set ${name}: speakers, contents and stances stay above their floors`, () => {
    const tally = emptyTally();
    for (const item of items as readonly Item[]) {
      const predicted: Claim[] = runClaims(item.text).claims.filter((c) => !c.negated).map((c) => ({ ...c, content: bareContent(c.content) }));
      scoreItem(item.claims, predicted, tally);
    }
    const speaker = f1(tally.exact.speaker).f1;
    const content = f1(tally.exact.content).f1;
    const stance = tally.stanceRight / tally.stancePaired;
    const figures = `speaker F1 ${speaker.toFixed(3)}, content F1 ${content.toFixed(3)}, stance ${stance.toFixed(3)}`;
    assert.ok(speaker >= floors.speaker && content >= floors.content && stance >= floors.stance, `${name}: ${figures}; floors ${JSON.stringify(floors)}`);
  });
}
