import assert from "node:assert/strict";
import { test } from "node:test";
import { runClaims } from "../../test/claims/run-claims.js";

const contents = (text: string) => runClaims(text).claims.map((c) => c.content);

test("a contrast clause in the writer's voice is not part of what was said", () => {
  assert.deepEqual(contents("The regional governor said at least 40 people died in the floods, but aid agencies put the figure much higher."), [
    "at least 40 people died in the floods",
  ]);
  assert.deepEqual(contents("Officials said 12 soldiers were wounded, while four others are still missing."), ["12 soldiers were wounded"]);
  assert.deepEqual(contents("At least 40 people died, the governor said, but aid agencies put the figure higher."), ["At least 40 people died"]);
});

test("a contrast clause the speaker goes on with stays in the content", () => {
  assert.deepEqual(contents("He said he backed the deal, but it needed changes."), ["he backed the deal, but it needed changes"]);
  assert.deepEqual(contents("The minister said the talks were hard, but progress had been made."), ["the talks were hard, but progress had been made"]);
});

test("asides about the reporting act end the content", () => {
  assert.deepEqual(contents("The minister said the plan was dead, without elaborating."), ["the plan was dead"]);
  assert.deepEqual(contents("The ministry said the plant was safe but gave no details."), ["the plant was safe"]);
  assert.deepEqual(contents("The army said it had killed 30 militants, but this could not be independently verified."), ["it had killed 30 militants"]);
  assert.deepEqual(
    contents("Officials said the border would reopen on Monday, speaking on condition of anonymity because they were not authorised to talk to the press."),
    ["the border would reopen on Monday"],
  );
  assert.deepEqual(contents("According to the ministry, the plant was safe, but did not give details."), ["the plant was safe"]);
});

test("the speaker's own doings after the content belong to the reporting clause", () => {
  assert.deepEqual(contents("The envoy said the meeting had been useful before leaving for Doha on Friday."), ["the meeting had been useful"]);
  assert.deepEqual(contents("The president said the crisis was over after meeting union leaders."), ["the crisis was over"]);
  assert.deepEqual(contents("The president said he would not sign the bill, bowing to weeks of deadly protests."), ["he would not sign the bill"]);
  assert.deepEqual(contents("The minister said the country would not be bullied, in a veiled reference to Moscow."), ["the country would not be bullied"]);
  // What happened to the missile is part of the report.
  assert.deepEqual(contents("The military said the missile flew 600 km before landing in the sea."), ["the missile flew 600 km before landing in the sea"]);
});

test("words inside a partial quotation are never cut", () => {
  assert.deepEqual(contents("The mayor said the city was \"safe, but without money\" for repairs."), ["the city was \"safe, but without money\" for repairs"]);
});

test("a content of two coordinated that-clauses keeps both, without the first complementizer", () => {
  assert.deepEqual(contents("The airline said in a statement that it regretted the delays and that refunds would be paid."), [
    "that it regretted the delays and that refunds would be paid",
  ]);
});

test("a coordinated clause with its own report is a claim of its own", () => {
  const { claims } = runClaims("The chief executive said profits would rise, though she warned of “headwinds” next year.");
  assert.deepEqual(claims.map((c) => [c.speaker.text, c.cue, c.content]), [
    ["The chief executive", "said", "profits would rise"],
    ["she", "warned", "“headwinds” next year"],
  ]);
});

test("a writer's aside naming the claim ends the content and reports nothing", () => {
  assert.deepEqual(contents("The opposition accused the government of “wrecking the economy”, a charge the president rejects."), [
    "the government of “wrecking the economy”",
  ]);
});

test("an attribution subordinated by “as” has no “as” in its speaker and the main clause as content", () => {
  const { claims } = runClaims("As the minister said last week, the reforms are working. The plan is sound, as the mayor said.");
  assert.deepEqual(claims.map((c) => [c.speaker.text, c.content]), [
    ["the minister", "the reforms are working"],
    ["the mayor", "The plan is sound"],
  ]);
});

test("a content running into the attribution that reports it ends before that attribution", () => {
  assert.deepEqual(contents("Health officials have confirmed 14 cases of the disease, the ministry said on Friday."), [
    "Health officials have confirmed 14 cases of the disease",
  ]);
});

test("a relative attribution answering the claim before it keeps that claim", () => {
  const { claims } = runClaims("The families accused the minister of sabotaging the talks, which his office denied.");
  assert.deepEqual(claims.map((c) => [c.speaker.text, c.cue, c.content, c.stance]), [
    ["The families", "accused", "the minister of sabotaging the talks", "assert"],
    ["his office", "denied", "The families accused the minister of sabotaging the talks", "deny"],
  ]);
});
