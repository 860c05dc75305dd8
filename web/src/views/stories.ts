import { list, type Member, type Story } from "../api.js";
import { el, externalLink, meta } from "../dom.js";
import { href } from "../route.js";

const member = (m: Member, role: string) =>
  el("li", {}, el("span", { class: "meta" }, `${m.published ?? "undated"} · ${role} · `), el("a", { href: href("reader", {}, m.document) }, m.title ?? m.document), " ", externalLink(m.url, m.outlet ?? ""));

export async function renderStories(): Promise<Node> {
  const stories = await list<Story>("stories");
  const cards = stories.map((s) => {
    const members = [{ m: s.original, role: "original" }, ...s.copies.map((m) => ({ m, role: "copy" }))].sort((a, b) => (a.m.published ?? "").localeCompare(b.m.published ?? ""));
    return el("div", { class: "item story" }, el("b", {}, s.original.title ?? s.original.document), meta(`${s.copies.length + 1} reports`), el("ol", {}, ...members.map(({ m, role }) => member(m, role))));
  });
  return el("section", {}, el("h2", {}, "Stories"), cards.length > 0 ? el("div", { id: "stories" }, ...cards) : el("p", {}, "No syndicated stories stored."));
}
