import { list, type SearchHit } from "../api.js";
import { el } from "../dom.js";
import { href, type Route } from "../route.js";

export async function renderSearch(route: Route): Promise<Node> {
  const q = route.params.get("q") ?? "";
  const hits = q === "" ? [] : await list<SearchHit>("search", { q, limit: "100" });
  // The snippet is shown as text: whatever markup the store's highlighter or the article put in it stays literal.
  const rows = hits.map((h) => el("div", { class: "item hit" }, el("a", { href: href("reader", { q }, h.document) }, h.title ?? h.document), el("div", { class: "meta" }, h.snippet)));
  return el("section", {}, el("h2", {}, `Search: ${q}`), el("div", { id: "hits" }, ...rows), rows.length === 0 ? el("p", {}, "No matches.") : null);
}
