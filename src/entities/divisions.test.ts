import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityMentionedAs } from "../../test/entities/entities-of.js";

const regions = [
  ["Fighting erupted in the Niger Delta.", "Niger Delta", "NG"],
  ["Clashes in Upper Nile killed dozens.", "Upper Nile", "SS"],
  ["An attack in Sistan-Baluchestan province killed five guards.", "Sistan-Baluchestan province", "IR"],
  ["Unrest in the Gorno-Badakhshan region continued.", "Gorno-Badakhshan region", "TJ"],
  ["Gunmen attacked a village in Jonglei state.", "Jonglei state", "SS"],
] as const;

for (const [text, name, country] of regions) {
  void test(`"${name}" is a region of ${country}, not of a country its name contains`, () => {
    const region = entityMentionedAs(entitiesOf(text), name);
    assert.equal(region?.type, "region");
    assert.equal(region.country, country);
    assert.ok(region.geo, "a division has coordinates");
  });
}

test("first-level divisions of large countries are regions, and place their towns", () => {
  const findings = entitiesOf("Police in Victoria, British Columbia, said floods had also hit Kerala.");
  assert.equal(entityMentionedAs(findings, "British Columbia")?.type, "region");
  assert.equal(entityMentionedAs(findings, "Victoria")?.country, "CA");
  assert.equal(entityMentionedAs(findings, "Kerala")?.country, "IN");
});
