import { list, type Event, type Member, type Story } from "../api.js";
import { el, externalLink, itemOpening, meta } from "../dom.js";
import { href } from "../route.js";

const member = (m: Member, role: string) =>
  el("li", {}, el("span", { class: "meta" }, `${m.published ?? "undated"} · ${role} · `), el("a", { href: href("reader", {}, m.document) }, m.title ?? m.document), " ", externalLink(m.url, m.outlet ?? ""));

/** The happening a story is about, opening its sentence in the reader. */
const about = (e: Event) =>
  itemOpening(e.document, e.evidence, el("b", {}, `${e.date ?? "undated"} ${e.type}`), " ", `${e.actorName ?? e.actor ?? "?"} → ${e.recipientName ?? e.recipient ?? "—"}`);

export async function renderStories(): Promise<Node> {
  const stories = await list<Story>("stories");
  const cards = stories.map((s) => {
    const members = [{ m: s.original, role: "original" }, ...s.copies.map((m) => ({ m, role: "copy" }))].sort((a, b) => (a.m.published ?? "").localeCompare(b.m.published ?? ""));
    return el("div", { class: "item story" }, el("b", {}, s.original.title ?? s.original.document), meta(`${s.copies.length + 1} reports`),
      s.mainEvents.length > 0 ? el("div", { class: "about" }, "About: ", ...s.mainEvents.map(about)) : null, el("ol", {}, ...members.map(({ m, role }) => member(m, role))));
  });
  return el("section", {}, el("h2", {}, "Stories"), cards.length > 0 ? el("div", { id: "stories" }, ...cards) : el("p", {}, "No syndicated stories stored."));
}
