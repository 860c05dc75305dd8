import assert from "node:assert/strict";
import { test } from "node:test";
import { runClaims } from "../../test/claims/run-claims.js";
import type { EntitySpec } from "../../test/claims/place-entities.js";

// Development reports written for these rules; the held-out sets in test/claims/ are never used here.
const show = (text: string, entities: readonly EntitySpec[] = []) =>
  runClaims(text, entities).claims.map((c) => [c.speaker.text, c.cue, c.content]);

const protestReport = [
  "TBILISI, May 4 (Reuters) - Georgia's interior ministry said on Saturday that police had detained 63 protesters overnight, and accused opposition leaders of organising violence.",
  "It said 11 officers had been injured. The statement also said that water cannon had been used \"in line with the law\".",
  "Nika Melia, the leader of the opposition Coalition for Change and a former chairman of the United National Movement, said the detentions were \"an act of revenge\". He added that protests would continue every night.",
  "\"They can arrest us all. They cannot arrest a whole nation,\" Melia told reporters outside parliament. \"We are not afraid.\"",
  "\"The government has lost its legitimacy.\"",
  "The ruling party is \"open to dialogue\" with the opposition, its chairman Irakli Kobakhidze told a news conference. \"But we will not negotiate with those who attack the police.\"",
  "Officials in Brussels and Washington said they were alarmed by the crackdown.",
  "At least 20 journalists have been attacked since the protests began, according to a media rights group, which monitors press freedom.",
].join("\n\n");

const protestEntities: readonly EntitySpec[] = [
  { id: "org:ministry", name: "Georgian interior ministry", type: "organization", names: ["Georgia's interior ministry"] },
  { id: "person:melia", name: "Nika Melia", type: "person", names: ["Nika Melia", "Melia"] },
];

test("a full report: carried-over attributions, multi-sentence and continued quotations, long and listed speakers", () => {
  assert.deepEqual(show(protestReport, protestEntities), [
    ["Georgia's interior ministry", "said", "that police had detained 63 protesters overnight"],
    ["Georgia's interior ministry", "accused", "opposition leaders of organising violence"],
    ["It", "said", "11 officers had been injured"],
    ["The statement", "also said", "that water cannon had been used \"in line with the law\""],
    [
      "Nika Melia, the leader of the opposition Coalition for Change and a former chairman of the United National Movement",
      "said",
      "the detentions were \"an act of revenge\"",
    ],
    ["He", "added", "that protests would continue every night"],
    ["Melia", "told", "\"They can arrest us all. They cannot arrest a whole nation,\" … \"We are not afraid.\""],
    ["Melia", "", "\"The government has lost its legitimacy.\""],
    ["its chairman Irakli Kobakhidze", "told", "The ruling party is \"open to dialogue\" with the opposition"],
    ["its chairman Irakli Kobakhidze", "", "\"But we will not negotiate with those who attack the police.\""],
    ["Officials in Brussels and Washington", "said", "they were alarmed by the crackdown"],
    ["a media rights group", "according to", "At least 20 journalists have been attacked since the protests began"],
  ]);
});

test("carried-over subjects resolve to the speaker before them: “It said”, “He added”, “The statement also said”", () => {
  const { claims } = runClaims(protestReport, protestEntities);
  const bySpeaker = (speaker: string) => claims.find((c) => c.speaker.text === speaker)?.speaker;
  assert.deepEqual([bySpeaker("It")?.entity, bySpeaker("It")?.resolution], ["org:ministry", "anaphor"]);
  assert.deepEqual([bySpeaker("The statement")?.entity, bySpeaker("The statement")?.resolution], ["org:ministry", "anaphor"]);
  assert.deepEqual([bySpeaker("He")?.entity, bySpeaker("He")?.resolution], ["person:melia", "anaphor"]);
  assert.equal(runClaims("The statement said talks would resume.").claims[0]?.speaker.entity, null, "no speaker before it: no guess");
});

test("a whole-sentence quotation after an indirect report in its paragraph is the same speaker's", () => {
  assert.deepEqual(show("The spokesman said the minister was \"shocked\". \"She will demand answers.\""), [
    ["The spokesman", "said", "the minister was \"shocked\""],
    ["The spokesman", "", "\"She will demand answers.\""],
  ]);
  const { claims } = runClaims("The army said it had repelled the attack. \"The enemy fled.\"");
  assert.deepEqual([claims[1]?.speaker.resolution, claims[1]?.cueSpans, claims[1]?.direct], ["inferred", [], true]);
  // A quotation that only starts the sentence, or one a later sentence attributes, is not handed on.
  assert.equal(runClaims("Police said two men were held. \"We are not looking for anyone else,\" a spokesman said.").claims.length, 2);
  assert.deepEqual(show("He said the vote was rigged. \"We warned them. Nobody listened,\" he added."), [
    ["He", "said", "the vote was rigged"],
    ["he", "added", "\"We warned them. Nobody listened,\""],
  ]);
});

test("a quotation the writer's words lead into is part of an indirect content before the attribution", () => {
  assert.deepEqual(show("The offer is “unacceptable”, the union said."), [["the union", "said", "The offer is “unacceptable”"]]);
  assert.deepEqual(show("The offer is “unacceptable,” the union said."), [["the union", "said", "The offer is “unacceptable,”"]]);
  assert.deepEqual(show("The plan is \"doomed,\" said the opposition leader."), [["the opposition leader", "said", "The plan is \"doomed,\""]]);
  const quoted = runClaims("KYIV (Reuters) - “We are ready,” the minister said.").claims[0];
  assert.deepEqual([quoted?.content, quoted?.direct], ["“We are ready,”", true], "a dateline does not lead into a quotation");
});

test("an attribution may end on its addressee or the event it was told at", () => {
  assert.deepEqual(show("The president is deeply concerned, his spokesman told reporters."), [["his spokesman", "told", "The president is deeply concerned"]]);
  assert.deepEqual(show("The vote was rigged, the candidate told supporters in Nairobi."), [["the candidate", "told", "The vote was rigged"]]);
  assert.deepEqual(show("The border will stay closed, the minister told a news conference."), [["the minister", "told", "The border will stay closed"]]);
  assert.deepEqual(show("The plan will fail, she told the BBC."), [["she", "told", "The plan will fail"]]);
  assert.deepEqual(show("The attackers wore army uniforms, a security source told AFP on condition of anonymity."), [
    ["a security source", "told", "The attackers wore army uniforms"],
  ]);
  assert.deepEqual(show("The talks have stalled, a diplomat said on condition of anonymity."), [["a diplomat", "said", "The talks have stalled"]]);
});

test("“according to” at the end of a sentence, before an aside about the source", () => {
  assert.deepEqual(show("Food prices rose by 12 percent last year, according to the central bank."), [["the central bank", "according to", "Food prices rose by 12 percent last year"]]);
  assert.deepEqual(show("The talks collapsed on Friday, according to two diplomats, who spoke on condition of anonymity."), [
    ["two diplomats", "according to", "The talks collapsed on Friday"],
  ]);
  assert.deepEqual(show("Earlier, according to police, the gunman fled on foot."), [["police", "according to", "the gunman fled on foot"]]);
  assert.deepEqual(show("In the early hours of Sunday, according to police, the gunman fled."), [["police", "according to", "the gunman fled"]]);
  assert.deepEqual(show("According to the ministry, which released the figures on Sunday, unemployment fell."), [["the ministry", "According to", "unemployment fell"]]);
});

test("“according to” a source with an appositive, before or after the content", () => {
  const director = "Mohammed Abu Salmiya, the director of al-Shifa hospital";
  assert.deepEqual(show(`At least 50 patients died, according to ${director}.`), [[director, "according to", "At least 50 patients died"]]);
  assert.deepEqual(show(`According to ${director}, at least 50 patients died.`), [[director, "According to", "at least 50 patients died"]]);
  assert.deepEqual(show("At least 50 patients died, according to the hospital director, Mohammed Abu Salmiya."), [
    ["the hospital director, Mohammed Abu Salmiya", "according to", "At least 50 patients died"],
  ]);
  assert.deepEqual(show("According to police, the gunman, who was 24, fled on foot."), [["police", "According to", "the gunman, who was 24, fled on foot"]]);
  assert.deepEqual(show("Turnout was 38 percent, according to the commission, the lowest since 1990."), [["the commission", "according to", "Turnout was 38 percent"]]);
});

test("lists of speakers and long appositive speakers stay whole", () => {
  assert.deepEqual(show("The head of the regional administration, Oleh Syniehubov, and the city mayor, Ihor Terekhov, said the attack hit a school."), [
    ["The head of the regional administration, Oleh Syniehubov, and the city mayor, Ihor Terekhov", "said", "the attack hit a school"],
  ]);
  assert.deepEqual(show("The attack hit a school, said the mayor, Ihor Terekhov."), [["the mayor, Ihor Terekhov", "said", "The attack hit a school"]]);
  assert.deepEqual(show("Poland, Lithuania and Latvia said they would close their borders."), [["Poland, Lithuania and Latvia", "said", "they would close their borders"]]);
  assert.deepEqual(show("Ruben Vardanyan, the former state minister of the breakaway region of Nagorno-Karabakh, said the blockade had to end."), [
    ["Ruben Vardanyan, the former state minister of the breakaway region of Nagorno-Karabakh", "said", "the blockade had to end"],
  ]);
});

test("a relative clause after the speaker reports on with that speaker, unless it is about the speaker", () => {
  assert.deepEqual(show("The blast killed 12 people, said Ahmed Salem, director of the hospital, who added that dozens were wounded."), [
    ["Ahmed Salem, director of the hospital", "said", "The blast killed 12 people"],
    ["Ahmed Salem, director of the hospital", "added", "that dozens were wounded"],
  ]);
  assert.deepEqual(show("\"The soldiers took everything,\" said a farmer, who asked not to be identified."), [["a farmer", "said", "\"The soldiers took everything,\""]]);
});

test("a verb that reports only “someone to do something” needs its “to”", () => {
  assert.deepEqual(show("The union pressed the company to raise wages."), [["The union", "pressed", "the company to raise wages"]]);
  assert.deepEqual(show("The watchdog, which monitors press freedom, has 40 staff."), []);
});

test("an anonymity aside with a clause of its own stays with the speaker before it", () => {
  assert.deepEqual(show("An official, speaking on condition of anonymity because he was not authorised to brief the media, said the report was false."), [
    ["An official, speaking on condition of anonymity because he was not authorised to brief the media", "said", "the report was false"],
  ]);
  assert.deepEqual(show("A diplomat, who spoke on condition of anonymity because the talks are private, said a deal was close."), [
    ["A diplomat, who spoke on condition of anonymity because the talks are private", "said", "a deal was close"],
  ]);
});

test("an attribution ending its paragraph on a colon takes the quotation opening the next paragraph", () => {
  const text = "In a statement, the ministry said:\n\n“Our forces responded. The situation is under control.”\n\n“We will keep the public informed.”";
  const { claims } = runClaims(text);
  assert.deepEqual(
    claims.map((c) => [c.speaker.text, c.cue, c.content]),
    [
      ["the ministry", "said", "“Our forces responded. The situation is under control.”"],
      ["the ministry", "", "“We will keep the public informed.”"],
    ],
  );
  assert.deepEqual(show("He said:\n\nThe plan failed."), [], "only a quotation is taken across the break");
});
