import "./style.css";
import { el } from "./dom.js";
import { href, parseRoute, type Route } from "./route.js";
import { renderDisputes } from "./views/disputes.js";
import { renderMap } from "./views/map.js";
import { renderNetwork } from "./views/network.js";
import { renderOverview } from "./views/overview.js";
import { renderReader } from "./views/reader.js";
import { renderSearch } from "./views/search.js";
import { renderStories } from "./views/stories.js";
import { renderTimeline } from "./views/timeline.js";

type View = (route: Route) => Promise<Node>;
const views: Record<string, { title: string; render: View; inNav: boolean }> = {
  overview: { title: "Overview", render: renderOverview, inNav: true },
  timeline: { title: "Timeline", render: renderTimeline, inNav: true },
  map: { title: "Map", render: renderMap, inNav: true },
  network: { title: "Network", render: renderNetwork, inNav: true },
  disputes: { title: "Disputes", render: renderDisputes, inNav: true },
  stories: { title: "Stories", render: renderStories, inNav: true },
  search: { title: "Search", render: renderSearch, inNav: false },
  reader: { title: "Reader", render: renderReader, inNav: false },
};

const nav = document.getElementById("nav") as HTMLElement;
const main = document.getElementById("view") as HTMLElement;
for (const [name, view] of Object.entries(views)) if (view.inNav) nav.append(el("a", { href: href(name), "data-view": name }, view.title));

document.getElementById("search-form")?.addEventListener("submit", (event) => {
  event.preventDefault();
  location.hash = href("search", { q: (document.getElementById("search-input") as HTMLInputElement).value });
});

/** Renders the view the hash names; a later navigation wins over a slower earlier one. */
let current = 0;
async function show(): Promise<void> {
  const route = parseRoute(location.hash);
  const view = views[route.view] ?? views.overview;
  const ticket = ++current;
  for (const link of nav.querySelectorAll("a")) link.classList.toggle("active", link.dataset.view === route.view);
  main.setAttribute("data-view", "loading");
  let content: Node;
  try {
    content = await view!.render(route);
  } catch (error) {
    content = el("p", { class: "error" }, `Could not load: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (ticket !== current) return;
  main.replaceChildren(content);
  main.setAttribute("data-view", route.view in views ? route.view : "overview");
  main.dispatchEvent(new CustomEvent("rendered"));
}
window.addEventListener("hashchange", () => void show());
void show();
