import { list, type Event } from "../api.js";
import { el, itemOpening, meta, svg } from "../dom.js";
import { href, readerHref, type Route } from "../route.js";
import { filterForm, filterParams } from "./filters.js";

const filters = ["actor", "type", "place", "from", "to", "main"] as const;
const day = 86_400_000;
const width = 900;

/** An SVG axis from the first to the last dated event; each event a dot that opens its sentence. */
function axis(events: readonly Event[], route: Route): SVGElement {
  const times = events.map((e) => Date.parse(e.date!));
  const [min, max] = [Math.min(...times), Math.max(...times) + day];
  const x = (t: number) => 40 + ((t - min) / (max - min)) * (width - 80);
  const chart = svg("svg", { id: "timeline-axis", viewBox: `0 0 ${width} 120`, width });
  chart.append(svg("line", { x1: 40, x2: width - 40, y1: 90, y2: 90, stroke: "#1d2330" }));
  for (const t of [min, (min + max) / 2, max]) chart.append(svg("text", { x: x(t), y: 110, "text-anchor": "middle" }, new Date(t).toISOString().slice(0, 10)));
  events.forEach((e, i) => {
    const dot = svg("circle", { class: "marker", cx: x(Date.parse(e.date!)), cy: 80 - (i % 6) * 12, r: 5 }, svg("title", {}, `${e.date} ${e.type}`));
    dot.addEventListener("click", () => (location.hash = readerHref(e.document, e.evidence)));
    chart.append(dot);
  });
  // Zooming narrows the date range in the URL: halve or double the span around its middle.
  chart.addEventListener("wheel", (event) => {
    event.preventDefault();
    const middle = (min + max) / 2, half = ((max - min) / 2) * (event.deltaY < 0 ? 0.5 : 2);
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    location.hash = href("timeline", { ...filterParams(route, filters), from: iso(middle - half), to: iso(middle + half) });
  });
  return chart;
}

export async function renderTimeline(route: Route): Promise<Node> {
  const events = await list<Event>("events", filterParams(route, filters));
  const dated = events.filter((e) => e.date !== null && !Number.isNaN(Date.parse(e.date)));
  const rows = events.map((e) => itemOpening(e.document, e.evidence, el("b", {}, `${e.date ?? "undated"} ${e.type}`), " ",
    e.mainRank !== null ? el("span", { class: "badge main", title: "one of the events its report is about" }, "main") : null, " ",
    `${e.actorName ?? e.actor ?? "?"} → ${e.recipientName ?? e.recipient ?? "—"}`, meta(e.locationName, e.evidenceText)));
  return el("section", {}, el("h2", {}, "Timeline"), filterForm(route, filters), el("p", { class: "meta" }, "Wheel over the axis to zoom in or out."),
    dated.length > 0 ? axis(dated, route) : null, el("div", { id: "events" }, ...rows));
}
