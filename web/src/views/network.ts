import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";
import { list, type Dispute, type Event } from "../api.js";
import { el, svg } from "../dom.js";
import { href, type Route } from "../route.js";

const [width, height] = [900, 560];
interface ActorNode extends SimulationNodeDatum { id: string; name: string }
interface Edge extends SimulationLinkDatum<ActorNode> { type: string; count: number }
const colours: Record<string, string> = { ACCUSE: "#b91c1c", DISPUTE: "#7c3aed", SUPPORT: "#15803d", ASSAULT: "#c2410c" };

/** Directed typed edges weighted by count: events actor → recipient, and each denial's speaker → the disputed speaker. */
function edges(events: readonly Event[], disputes: readonly Dispute[]) {
  const names = new Map<string, string>();
  const counts = new Map<string, { source: string; target: string; type: string; count: number }>();
  const add = (source: string | null, sourceName: string | null, target: string | null, targetName: string | null, type: string) => {
    if (source === null || target === null || source === target) return;
    names.set(source, sourceName ?? source).set(target, targetName ?? target);
    const key = `${source}|${target}|${type}`;
    const edge = counts.get(key) ?? { source, target, type, count: 0 };
    counts.set(key, { ...edge, count: edge.count + 1 });
  };
  for (const e of events) add(e.actor, e.actorName, e.recipient, e.recipientName, e.type);
  for (const d of disputes) for (const denial of d.denials) add(denial.speakerEntity, denial.speakerName, d.claim.speakerEntity, d.claim.speakerName, "DISPUTE");
  return { nodes: [...names].map(([id, name]) => ({ id, name })), links: [...counts.values()] };
}

/** A fixed number of ticks from fixed starting places on a circle: the same data always gets the same picture. */
function layout(nodes: ActorNode[], links: Edge[]) {
  nodes.forEach((n, i) => Object.assign(n, { x: width / 2 + 200 * Math.cos((2 * Math.PI * i) / nodes.length), y: height / 2 + 200 * Math.sin((2 * Math.PI * i) / nodes.length) }));
  forceSimulation(nodes).force("link", forceLink<ActorNode, Edge>(links).id((n) => n.id).distance(160)).force("charge", forceManyBody().strength(-400))
    .force("collide", forceCollide(30)).force("center", forceCenter(width / 2, height / 2)).stop().tick(300);
}

export async function renderNetwork(route: Route): Promise<Node> {
  const actor = route.params.get("actor") ?? undefined;
  const [events, disputes] = await Promise.all([list<Event>("events", { actor }), list<Dispute>("disputes")]);
  const graph = edges(events, disputes);
  const nodes: ActorNode[] = graph.nodes;
  const links: Edge[] = graph.links;
  layout(nodes, links);
  const chart = svg("svg", { id: "network", viewBox: `0 0 ${width} ${height}`, width });
  chart.append(svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto" }, svg("path", { d: "M0,0L10,5L0,10z", fill: "#555" }))));
  for (const link of links) {
    const [s, t] = [link.source as ActorNode, link.target as ActorNode];
    chart.append(svg("line", { class: "edge", x1: s.x ?? 0, y1: s.y ?? 0, x2: t.x ?? 0, y2: t.y ?? 0, stroke: colours[link.type] ?? "#64748b", "stroke-width": 1 + Math.log2(1 + link.count), "marker-end": "url(#arrow)", "data-type": link.type },
      svg("title", {}, `${s.name} ${link.type} ${t.name} ×${link.count}`)));
  }
  for (const node of nodes) {
    const group = svg("g", { class: "node-group", "data-id": node.id, "data-name": node.name }, svg("circle", { class: "node", cx: node.x ?? 0, cy: node.y ?? 0, r: 10 }), svg("text", { x: (node.x ?? 0) + 12, y: (node.y ?? 0) + 4 }, node.name));
    group.addEventListener("click", () => (location.hash = href("network", { actor: node.id })));
    chart.append(group);
  }
  const legend = el("p", { class: "meta" }, `${nodes.length} actors, ${links.length} typed edges${actor === undefined ? "" : `, filtered by ${actor}`}. Click an actor to filter by it.`);
  const timeline = actor === undefined ? null : el("a", { href: href("timeline", { actor }) }, "Its events on the timeline");
  return el("section", {}, el("h2", {}, "Actor network"), legend, timeline, chart);
}
