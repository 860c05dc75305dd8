import assert from "node:assert/strict";
import { test } from "node:test";
import { runClaims } from "../../test/claims/run-claims.js";
import type { EntitySpec } from "../../test/claims/place-entities.js";

const entities: EntitySpec[] = [
  { id: "country:AA", name: "Aland", type: "country", names: ["Aland", "Alandic"] },
  { id: "gov:AA:defense", name: "Alandic Defense Ministry", type: "government", memberOf: "country:AA", names: ["Alandic Defense Ministry"] },
  { id: "city:aa", name: "Alba", type: "city", seatOf: "country:AA", names: ["Alba"] },
  { id: "country:BB", name: "Beland", type: "country", names: ["Beland"] },
  { id: "gov:BB:foreign", name: "Belandic Foreign Ministry", type: "government", memberOf: "country:BB", names: ["Belandic Foreign Ministry"] },
];

const text = [
  "The Alandic Defense Ministry said its border posts had been shelled by Belandic artillery overnight.",
  "It also said the harvest would be delayed.",
  "The Belandic Foreign Ministry said trade talks would resume in May.",
  "The Belandic Foreign Ministry denied the allegations from Alba, calling them “baseless.”",
].join(" ");

test("a denial naming its accuser is linked to that side's accusation, not to its other claims", () => {
  const { claims, disputes } = runClaims(text, entities);
  const denial = claims.find((c) => c.content === "the allegations from Alba");
  const shelled = claims.find((c) => c.content.includes("had been shelled"));
  assert.equal(denial?.stance, "deny");
  assert.ok(disputes.some((d) => d.denial === denial?.id && d.disputed === shelled?.id));
  const disputed = disputes.filter((d) => d.denial === denial?.id).map((d) => claims.find((c) => c.id === d.disputed)?.content);
  assert.ok(!disputed.some((content) => content?.includes("harvest") || content?.includes("trade talks")), String(disputed));
});

test("a denial naming nobody answers the other side's claim on the same matter", () => {
  const other = "Aland said Belandic drones had attacked a fuel depot. The Belandic Foreign Ministry said the reports of a drone attack were “fabricated.”";
  const { claims, disputes } = runClaims(other, entities);
  assert.equal(claims[1]?.stance, "deny");
  assert.deepEqual(disputes, [{ denial: claims[1]?.id, disputed: claims[0]?.id }]);
});

test("without a denial there is no dispute, and a denial is never stored as an assertion", () => {
  const { claims, disputes } = runClaims("Aland said the border was calm. Beland said the border was calm too.", entities);
  assert.deepEqual(disputes, []);
  assert.ok(claims.every((c) => c.stance === "assert"));
});
