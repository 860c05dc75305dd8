import { list, type Claim, type Dispute } from "../api.js";
import { el, externalLink, itemOpening, meta } from "../dom.js";

/** One claim with who said it, on which channel, and every outlet and date that carried it. */
export function claimCard(claim: Claim): HTMLElement {
  const first = claim.sources[0];
  return itemOpening(first?.document ?? "", first?.span ?? { start: 0, end: 0 },
    el("div", { class: "claim-text" }, `${claim.speakerName ?? claim.speaker} (${claim.stance}): ${claim.content}`),
    meta(claim.channel === null ? null : `via ${claim.channel}`, `${claim.outlets} outlet(s)`),
    el("ul", {}, ...claim.sources.map((s) => el("li", { class: "meta" }, externalLink(s.url, s.outlet ?? s.title ?? s.document), ` ${s.published ?? "undated"}`))));
}

export async function renderDisputes(): Promise<Node> {
  const disputes = await list<Dispute>("disputes");
  const rows = disputes.map((d) => el("div", { class: "dispute" }, el("div", {}, el("h4", {}, "Claim"), claimCard(d.claim)), el("div", {}, el("h4", {}, "Denied by"), ...d.denials.map(claimCard))));
  return el("section", {}, el("h2", {}, "Disputed claims"), rows.length > 0 ? el("div", { id: "disputes" }, ...rows) : el("p", {}, "No disputed claims stored."));
}
