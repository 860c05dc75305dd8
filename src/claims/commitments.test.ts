import assert from "node:assert/strict";
import { test } from "node:test";
import { runClaims } from "../../test/claims/run-claims.js";

const stance = (text: string) => {
  const { claims } = runClaims(text);
  assert.equal(claims.length, 1, text);
  return claims[0]!.stance;
};

test("a speaker's announced or conditional harm to another is a threat, whoever reports it", () => {
  assert.equal(stance("The group said it would intensify attacks if the blockade was not lifted."), "warn");
  assert.equal(stance("The government said its security forces would crush the rebellion."), "warn");
  assert.equal(stance("The strikers said they would walk out again unless wages rose."), "warn");
  assert.equal(stance("“If they attack us again, we will respond with force,” the general said."), "warn");
  assert.equal(stance("“We'll make them pay,” the commander said."), "warn");
  assert.equal(stance("“We're going to hit them hard,” the colonel said."), "warn");
  assert.equal(stance("“The traitors will be punished,” the minister said."), "warn");
});

test("a promise verb with harm as its object is a threat", () => {
  assert.equal(stance("The rebels vowed to retaliate for the strike."), "warn");
  assert.equal(stance("The militia vowed revenge for the killing."), "warn");
  assert.equal(stance("The union promised to end the strike once the deal was signed."), "promise");
  assert.equal(stance("The minister pledged to defend the country against any attack."), "promise");
});

test("a commitment to an action that benefits is a promise; plain plans and refusals are not", () => {
  assert.equal(stance("The mayor said he would rebuild the bridge by spring."), "promise");
  assert.equal(stance("“We will reopen every school,” the minister said."), "promise");
  assert.equal(stance("“We're going to get this done,” the governor said."), "promise");
  assert.equal(stance("The army said it would send more troops to the border."), "assert");
  assert.equal(stance("The senator said he would not help the bill pass."), "assert");
  assert.equal(stance("The president said it would be difficult to reach a deal."), "assert");
});
