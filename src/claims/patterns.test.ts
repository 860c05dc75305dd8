import assert from "node:assert/strict";
import { test } from "node:test";
import { runClaims } from "../../test/claims/run-claims.js";
import type { EntitySpec } from "../../test/claims/place-entities.js";

const one = (text: string, entities: readonly EntitySpec[] = []) => {
  const { claims } = runClaims(text, entities);
  assert.equal(claims.length, 1, `one claim in: ${text}\ngot ${JSON.stringify(claims.map((c) => c.content))}`);
  const claim = claims[0]!;
  return { ...claim, speakerText: claim.speaker.text, contentParts: claim.contentSpans.map((s) => text.slice(s.start, s.end)) };
};

test("a quotation before its attribution, in either order", () => {
  const a = one("“We will hold the line,” the general said.");
  assert.deepEqual([a.speakerText, a.cue, a.content, a.direct], ["the general", "said", "“We will hold the line,”", true]);
  const b = one("“The talks failed,” said Maria Costa, a senior negotiator.");
  assert.deepEqual([b.speakerText, b.content], ["Maria Costa, a senior negotiator", "“The talks failed,”"]);
});

test("a quotation after a colon, and one split by its attribution into two content spans", () => {
  const a = one("The minister said: “We have no plans to withdraw.”");
  assert.deepEqual([a.speakerText, a.content, a.direct], ["The minister", "“We have no plans to withdraw.”", true]);
  const b = one("“The ceasefire is holding,” the spokesman said, “but it remains fragile.”");
  assert.deepEqual(b.contentParts, ["“The ceasefire is holding,”", "“but it remains fragile.”"]);
});

test("a quotation running over paragraphs stays one claim with a span per paragraph", () => {
  const text = "“We warned them for months,” he said. “Nobody listened.\n\n“Now the river has taken our homes.”";
  const claim = one(text, [{ id: "person:x", name: "X", type: "person", names: [] }]);
  assert.deepEqual(claim.contentParts, ["“We warned them for months,”", "“Nobody listened.", "“Now the river has taken our homes.”"]);
});

test("a quotation of several sentences before its attribution is not taken for a continuation", () => {
  const { claims } = runClaims("“Go home,” he said. “We warned them. Nobody listened,” the mayor said.");
  assert.deepEqual(claims.map((c) => [c.speaker.text, c.content]), [["he", "“Go home,”"], ["the mayor", "“We warned them. Nobody listened,”"]]);
});

test("a quotation owned by a noun: “…,” was his demand", () => {
  const text = "Ruben Vardanyan spoke on Monday. “Parliament must act now,” was his clear demand.";
  const { claims } = runClaims(text, [{ id: "person:rv", name: "Ruben Vardanyan", type: "person", names: ["Ruben Vardanyan"] }]);
  const demand = claims.find((c) => c.cue === "demand");
  assert.deepEqual([demand?.stance, demand?.speaker.entity, demand?.speaker.resolution, demand?.direct], ["demand", "person:rv", "anaphor", true]);
});

test("indirect speech with that, time phrases, particles and channels", () => {
  const a = one("The ministry said on Tuesday that the strikes hit only military targets.");
  assert.deepEqual([a.speakerText, a.cue, a.content, a.direct], ["The ministry", "said", "that the strikes hit only military targets", false]);
  const b = one("In response, the governor pointed out that the dam had been inspected.");
  assert.deepEqual([b.speakerText, b.cue], ["the governor", "pointed out"]);
  const c = one("The prime minister emphasized in an interview with Politico that the country wanted fewer allies.");
  assert.deepEqual([c.channel, c.content], ["interview with Politico", "that the country wanted fewer allies"]);
  const d = one("The commander spoke on his Telegram channel of heavy shelling near the airport.");
  assert.deepEqual([d.channel, d.content], ["Telegram channel", "heavy shelling near the airport"]);
  const e = one("Two officials told Reuters the convoy had been stopped.");
  assert.deepEqual([e.channel, e.content], ["Reuters", "the convoy had been stopped"]);
});

test("channels are read from phrases around the cue", () => {
  const channelOf = (text: string) => one(text).channel;
  assert.equal(channelOf("In an interview with the BBC, the foreign minister emphasised that sanctions would stay."), "interview with the BBC");
  assert.equal(channelOf("The senator wrote on X that the bill was dead."), "X");
  assert.equal(channelOf("The president said at a news conference that the troops would stay."), "news conference");
  assert.equal(channelOf("“We are ready,” the rebels said in a statement."), "statement");
  assert.equal(channelOf("The group claimed responsibility in a post on Telegram."), "post on Telegram");
  assert.equal(channelOf("The ministry said the border was calm."), null);
});

test("according to a source, and a channel named as the source", () => {
  const a = one("According to a press release from the interior ministry, 40 people were detained.");
  assert.deepEqual([a.speakerText, a.cue, a.channel, a.content], ["the interior ministry", "According to", "press release", "40 people were detained"]);
  const b = one("Dozens of homes were destroyed, according to local officials.");
  assert.deepEqual([b.speakerText, b.content], ["local officials", "Dozens of homes were destroyed"]);
  const c = one("The company's press release says the plant will reopen in March.");
  assert.deepEqual([c.speakerText, c.channel], ["The company", "press release"]);
});

test("titles, asides and phrases between verb and “that” do not break the attribution", () => {
  assert.equal(one("“The market is overvalued,” said Mr. Smith.").speakerText, "Mr. Smith");
  const a = one("The company said in a filing with the Securities and Exchange Commission that it expects a loss.");
  assert.deepEqual([a.speakerText, a.content], ["The company", "that it expects a loss"]);
  assert.equal(one("Officials familiar with the matter say the deal is close.").cue, "say");
  const b = one("The minister, asked whether he would resign, said he would stay.");
  assert.deepEqual([b.cue, b.content], ["said", "he would stay"]);
  assert.equal(one("Investors, meanwhile, worried that rates would rise.").speakerText, "Investors");
  assert.equal(one("Two diplomats briefed on the talks said the sides remained far apart.").speakerText, "Two diplomats briefed on the talks");
  assert.equal(one("“We have clear evidence,” Zelenskiy said in a video posted on Telegram.").speakerText, "Zelenskiy");
  const c = one("The minister said in remarks broadcast on state TV that the strikes would continue.");
  assert.deepEqual([c.channel, c.content], ["remarks", "that the strikes would continue"]);
});

test("a participle after a plain verb speaks for the sentence's subject", () => {
  const a = one("TBILISI, Oct 27 (Reuters) - Georgia's opposition refused to recognise the results, saying the vote had been stolen.");
  assert.deepEqual([a.speakerText, a.cue, a.content], ["Georgia's opposition", "saying", "the vote had been stolen"]);
});

test("calls, urges and denials take their object as content", () => {
  const a = one("The foreign ministry called on the rebels to lay down their arms.");
  assert.deepEqual([a.cue, a.content, a.stance], ["called on", "the rebels to lay down their arms", "demand"]);
  const b = one("The government denied the allegations from the opposition.");
  assert.deepEqual([b.content, b.stance], ["the allegations from the opposition", "deny"]);
});

test("impersonal reports have no speaker span; anonymous officials are unknown", () => {
  const a = one("It was further reported that two soldiers had been wounded.");
  assert.deepEqual([a.speakerText, a.speaker.spans, a.speaker.resolution, a.cue], ["", [], "unknown", "was further reported"]);
  const b = one("Officials said the death toll was likely to rise.");
  assert.deepEqual([b.speakerText, b.speaker.entity, b.speaker.resolution], ["Officials", null, "unknown"]);
});

test("an impersonal report after one side's announcement is inferred to be theirs", () => {
  const text = "The Azerbaijani Defense Ministry said its positions were shelled. It was further reported that two soldiers were hurt.";
  const { claims } = runClaims(text, [{ id: "gov:AZ:defense", name: "Defense Ministry", type: "government", names: ["Azerbaijani Defense Ministry"] }]);
  assert.deepEqual([claims[1]?.speaker.entity, claims[1]?.speaker.resolution], ["gov:AZ:defense", "inferred"]);
});

test("a report inside a report keeps both levels", () => {
  const { claims } = runClaims("The ministry said that Baku claimed the drones came from the west.");
  assert.equal(claims.length, 2);
  assert.deepEqual([claims[1]?.speaker.text, claims[1]?.content, claims[1]?.reportedBy], ["Baku", "the drones came from the west", claims[0]?.id]);
});

test("a report inside a report without “that” starts its speaker after the outer verb", () => {
  const { claims } = runClaims("The ministry said Baku claimed on Tuesday that the drones came from the west.");
  assert.deepEqual(claims.map((c) => [c.speaker.text, c.cue, Boolean(c.reportedBy)]), [["The ministry", "said", false], ["Baku", "claimed", true]]);
});

test("negation keeps its meaning", () => {
  // PARC counts a negated report as an attribution; it is marked so that nobody reads its content as asserted.
  const notDenied = one("The ministry did not deny that talks had taken place.");
  assert.deepEqual([notDenied.cue, notDenied.content, notDenied.stance, notDenied.negated], ["did not deny", "that talks had taken place", "assert", true]);
  const notSaid = one("The army did not say whether a ransom had been paid.");
  assert.deepEqual([notSaid.cue, notSaid.stance, notSaid.negated], ["did not say", "assert", true]);
  assert.equal(one("The army said that a ransom had been paid.").negated, undefined);
  assert.equal(runClaims("Officials declined to comment on the report.").claims.length, 0);
  assert.equal(one("The spokesman did not confirm the loss of the base.").stance, "deny");
});

test("stance comes from the cue and from the speaker's own words", () => {
  assert.equal(one("The ministry said the allegations were “false and do not correspond to the facts.”").stance, "deny");
  assert.equal(one("“Parliament must vote this week,” the senator said.").stance, "demand");
  assert.equal(one("The envoy warned that the truce could collapse.").stance, "warn");
  assert.equal(one("The mayor promised that water would be restored by Friday.").stance, "promise");
  assert.equal(one("Lawmakers questioned whether the army had enough troops.").stance, "question");
  assert.equal(one("The ministry said it “categorically rejects” the report.").stance, "deny");
  const hedged = one("Police said the suspect had allegedly fired first.");
  assert.deepEqual([hedged.stance, hedged.content, hedged.hedged], ["assert", "the suspect had allegedly fired first", true]);
  assert.equal(one("Police said the suspect fired first.").hedged, undefined);
});

test("speakers resolve to entities through pronouns, descriptions, seats and governed regions", () => {
  const entities: EntitySpec[] = [
    { id: "person:ali", name: "Irfaan Ali", type: "person", names: ["Irfaan Ali"] },
    { id: "gov:GY:foreign", name: "Foreign Ministry", type: "government", names: ["Foreign Ministry"] },
    { id: "country:GY", name: "Guyana", type: "country", names: ["Guyana"] },
    { id: "city:gt", name: "Georgetown", type: "city", seatOf: "country:GY", names: ["Georgetown"] },
    { id: "polity:x", name: "Republic of X", type: "polity", names: [] },
    { id: "region:x", name: "Xland", type: "region", governedBy: "polity:x", names: ["Xland"] },
  ];
  const text =
    "Irfaan Ali met envoys. He said the border was calm. The Foreign Ministry met them too. " +
    "The ministry said talks would go on. Georgetown said it was ready. Fighting flared in Xland. " +
    "The leaders of the disputed region denied the reports.";
  const speakers = runClaims(text, entities).claims.map((c) => [c.speaker.text, c.speaker.entity, c.speaker.resolution]);
  assert.deepEqual(speakers, [
    ["He", "person:ali", "anaphor"],
    ["The ministry", "gov:GY:foreign", "anaphor"],
    ["Georgetown", "country:GY", "named"],
    ["The leaders of the disputed region", "polity:x", "anaphor"],
  ]);
});

test("appositive persons, owners of descriptions and “it” after an unnamed speaker", () => {
  const entities: EntitySpec[] = [
    { id: "country:VE", name: "Venezuela", type: "country", names: ["Venezuela"] },
    { id: "person:gil", name: "Yvan Gil", type: "person", names: ["Yvan Gil"] },
    { id: "group:eln", name: "ELN", type: "group", names: ["ELN"] },
    { id: "media:telegram", name: "Telegram", type: "media", names: ["Telegram"] },
  ];
  const text =
    "Venezuela's foreign minister, Yvan Gil, said the vote was fair. The ELN attacked a base. " +
    "The group's leadership said the talks were over. Regional authorities said on Telegram that a depot burned. " +
    "No one was hurt, it added.";
  const speakers = runClaims(text, entities).claims.map((c) => [c.speaker.entity, c.speaker.resolution]);
  assert.deepEqual(speakers, [
    ["person:gil", "named"],
    ["group:eln", "anaphor"],
    [null, "unknown"],
    [null, "unknown"],
  ]);
});

test("sentences without attribution give no claims", () => {
  for (const text of [
    "Fighting continued on Tuesday in the outskirts of Khartoum.",
    "The talks will resume next week in Geneva.",
    "U.S. Central Command aircraft flew over the State Department building.",
    "Thailand is ready to host talks between the parties.",
    "Media reports of the attack spread quickly.",
  ]) {
    assert.deepEqual(runClaims(text).claims, [], text);
  }
});

test("single quotation marks found by the annotate stage are quotations too", () => {
  const a = one("‘We cannot cope,’ say hospital staff as winter pressures mount");
  assert.deepEqual([a.speakerText, a.cue, a.content, a.direct], ["hospital staff", "say", "‘We cannot cope,’", true]);
  const b = one("A council spokesman said: ‘We’re aware of the problem.’");
  assert.deepEqual([b.speakerText, b.content, b.direct], ["A council spokesman", "‘We’re aware of the problem.’", true]);
});

test("PARC spans: a direct content keeps its quotation marks, an indirect one its complementizer", () => {
  const text = "“The ceasefire is holding,” the spokesman said, “but it remains fragile.”";
  assert.deepEqual(one(text).contentParts, ["“The ceasefire is holding,”", "“but it remains fragile.”"]);
  assert.equal(one("The ministry said that the strikes hit only military targets.").content, "that the strikes hit only military targets");
  assert.equal(one("The ministry said the strikes hit only military targets.").content, "the strikes hit only military targets");
  assert.equal(one("They asked whether the border would reopen.").content, "whether the border would reopen");
});

test("PARC spans: the cue is the whole verb group the parse attaches to the verb", () => {
  assert.equal(one("The army could not immediately confirm that the convoy was hit.").cue, "could not immediately confirm");
  assert.equal(one("The mayor has also said that the water is safe.").cue, "has also said");
  assert.equal(one("Paris also claims that her passport was taken.").cue, "also claims");
  assert.equal(one("Yesterday the minister said that talks would resume.").cue, "said");
});

test("a name after the addressee of “told” starts what was said", () => {
  assert.equal(one("The spokesman told reporters Moscow was open to talks.").content, "Moscow was open to talks");
  assert.equal(one("Two officials told Reuters Kyiv had asked for more air defences.").content, "Kyiv had asked for more air defences");
  assert.equal(one("The minister told Ukrainian lawmakers the budget was short.").content, "the budget was short");
  assert.equal(one("The mayor told the Gazette the plan made no sense.").content, "the plan made no sense");
});

test("a verb that also takes its content directly has an addressee only before “that” or as a known head", () => {
  assert.equal(one("Putin warned the West that Russia had new weapons.").content, "that Russia had new weapons");
  assert.equal(one("The general warned troops the enemy was near.").content, "the enemy was near");
  assert.equal(one("The United States warned Iran against any retaliation.").content, "Iran against any retaliation");
});

test("where the speaker spoke is not part of the speaker; how anonymous they are is", () => {
  assert.equal(one("The mayor, speaking at a town hall meeting on Thursday, said the shortfall was manageable.").speakerText, "The mayor");
  assert.equal(one("Writing in the Telegraph, the former minister argued that Britain should leave.").speakerText, "the former minister");
  assert.equal(one("A minister, speaking on condition of anonymity, said the curfew would end.").speakerText, "A minister, speaking on condition of anonymity");
});

test("the parse takes the addressee out of what was said and gives a reported clause back its subject", () => {
  assert.equal(one("Vindman told the committee he tried to work with Giuliani.").content, "he tried to work with Giuliani");
  assert.equal(one("The ambassador urged the American public not to tolerate the pretense.").content, "not to tolerate the pretense");
  assert.equal(one("Preliminary reports do not indicate it was caused by enemy fire.").content, "it was caused by enemy fire");
});
