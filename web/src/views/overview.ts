import { list, getJson, type Dispute, type DocumentSummary, type Entity } from "../api.js";
import { el, externalLink, itemOpening, meta } from "../dom.js";
import { href } from "../route.js";

export async function renderOverview(): Promise<Node> {
  const [stats, documents, actors, disputes] = await Promise.all([
    getJson<Record<string, number>>("stats"), list<DocumentSummary>("documents", { limit: "10" }),
    list<Entity>("entities", { limit: "200" }), list<Dispute>("disputes", { limit: "5" }),
  ]);
  const counts = el("div", { class: "cards", id: "counts" }, ...Object.entries(stats).map(([name, count]) => el("div", { class: "card" }, el("b", {}, String(count)), name)));
  const latest = documents.map((d) => el("div", { class: "item" }, el("a", { href: href("reader", {}, d.id) }, d.title ?? d.id), " ", meta(d.outlet, d.published), externalLink(d.url, d.url ?? "")));
  const active = actors.filter((a) => a.type !== "city" && a.type !== "place" && a.type !== "region").slice(0, 10)
    .map((a) => el("li", {}, el("a", { href: href("network", { actor: a.id }) }, a.name), ` (${a.documents} reports, ${a.mentions} mentions)`));
  const newest = disputes.map((d) => itemOpening(d.claim.sources[0]?.document ?? "", d.claim.sources[0]?.span ?? { start: 0, end: 0 },
    `${d.claim.speakerName ?? d.claim.speaker}: ${d.claim.content}`, meta(`denied by ${d.denials.map((x) => x.speakerName ?? x.speaker).join(", ")}`)));
  return el("section", {}, el("h2", {}, "Overview"), counts,
    el("h3", {}, "Latest reports"), el("div", { id: "latest" }, ...latest),
    el("h3", {}, "Most active actors"), el("ul", { id: "actors" }, ...active),
    el("h3", {}, "Newest disputes"), el("div", { id: "newest-disputes" }, ...newest));
}
