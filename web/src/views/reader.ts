import { getJson, type Document, type Mark } from "../api.js";
import { el, externalLink, meta } from "../dom.js";
import type { Route } from "../route.js";

/**
 * The text cut at every mark boundary; each piece wrapped in the marks covering it (outermost first), so nested
 * spans (a mention inside a claim's sentence) both show.
 */
function markedText(text: string, marks: readonly Mark[], target: { start: number; end: number } | null): Node[] {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end]), ...(target ? [target.start, target.end] : [])])]
    .filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const nodes: Node[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    let node: Node = document.createTextNode(text.slice(start, end));
    for (const m of marks.filter((x) => x.start <= start && x.end >= end).reverse()) node = el("mark", { class: m.kind, title: m.label, "data-id": m.id }, node);
    if (target !== null && target.start <= start && target.end >= end) node = el("mark", { class: "target" }, node);
    nodes.push(node);
  }
  return nodes;
}

function parseSpan(value: string | null): { start: number; end: number } | null {
  const match = /^(\d+)-(\d+)$/.exec(value ?? "");
  return match === null ? null : { start: Number(match[1]), end: Number(match[2]) };
}

export async function renderReader(route: Route): Promise<Node> {
  const doc = await getJson<Document>(`documents/${encodeURIComponent(route.arg)}`);
  const target = parseSpan(route.params.get("span"));
  const body = el("div", { class: "reader", id: "reader-text" }, ...markedText(doc.text, doc.marks, target));
  const legend = meta(`${doc.marks.filter((m) => m.kind === "claim").length} claims`, `${doc.marks.filter((m) => m.kind === "event").length} events`, `${doc.marks.filter((m) => m.kind === "mention").length} mentions`);
  const section = el("section", {}, el("h2", { id: "reader-title" }, doc.title ?? doc.id), meta(doc.outlet, doc.published), externalLink(doc.url, doc.url ?? ""), legend, body);
  // Scrolled to once it is on the page; the first highlighted piece of the sentence is enough.
  if (target !== null) requestAnimationFrame(() => section.querySelector("mark.target")?.scrollIntoView({ block: "center" }));
  return section;
}
