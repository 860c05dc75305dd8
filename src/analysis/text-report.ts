import type { Claim } from "../claims/claim.js";
import type { Event } from "../events/event.js";
import type { Analysis } from "./analysis.js";

/** A readable report for a person: claims by speaker, disputes side by side, events as a timeline. */
export function formatTextReport(analysis: Analysis): string {
  const nameOf = entityNamer(analysis);
  return [
    header(analysis),
    claimsBySpeaker(analysis.claims, nameOf),
    disputesSideBySide(analysis, nameOf),
    timeline(analysis.events, nameOf),
    actorsAndPlaces(analysis),
  ].join("\n\n") + "\n";
}

type Namer = (id: string | null | undefined) => string;

function entityNamer(analysis: Analysis): Namer {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return (id) => (id ? (names.get(id) ?? id) : "—");
}

function header({ article, source }: Analysis): string {
  const lines = [article.title ?? "(untitled)", "=".repeat(Math.min(80, (article.title ?? "(untitled)").length))];
  const facts = [
    `published ${article.published ?? "unknown"}`,
    article.authors.length ? `by ${article.authors.join(", ")}` : null,
    article.url ? article.url : source.input,
    `sha256 ${source.id.slice(0, 12)}`,
  ];
  lines.push(facts.filter(Boolean).join(" · "));
  return lines.join("\n");
}

function claimsBySpeaker(claims: readonly Claim[], nameOf: Namer): string {
  if (claims.length === 0) return "CLAIMS\n  (none found)";
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const who = claim.speaker.entity ? nameOf(claim.speaker.entity) : `${claim.speaker.text || "unnamed source"} (unresolved)`;
    groups.set(who, [...(groups.get(who) ?? []), claim]);
  }
  const sections = [...groups].map(([who, group]) => [`  ${who}`, ...group.map(claimLine)].join("\n"));
  return ["CLAIMS BY SPEAKER", ...sections].join("\n");
}

function claimLine(claim: Claim): string {
  const how = [claim.direct ? "quoted" : "reported", claim.channel ? `via ${claim.channel}` : null].filter(Boolean).join(", ");
  // A quoted content carries its own quotation marks; a reported one is set off by ours.
  const content = claim.direct ? clip(claim.content, 112) : `“${clip(claim.content, 110)}”`;
  return `    ${claim.id.padEnd(4)} ${claim.stance.toUpperCase().padEnd(7)} ${claim.cue} — ${content} (${how})`;
}

function disputesSideBySide(analysis: Analysis, nameOf: Namer): string {
  if (analysis.disputes.length === 0) return "DISPUTES\n  (none found)";
  const byId = new Map(analysis.claims.map((c) => [c.id, c]));
  const lines = analysis.disputes.map(({ denial, disputed }) => {
    const d = byId.get(denial);
    const c = byId.get(disputed);
    const side = (claim: Claim | undefined) =>
      claim ? `${claim.speaker.entity ? nameOf(claim.speaker.entity) : claim.speaker.text || "unnamed source"}: “${clip(claim.content, 60)}”` : "?";
    return `  ${side(c).padEnd(80)}  ⟷  DENIED BY ${side(d)}`;
  });
  return ["DISPUTES (claim  ⟷  denial)", ...lines].join("\n");
}

function timeline(events: readonly Event[], nameOf: Namer): string {
  const counted = events.filter((e) => !e.negated);
  if (counted.length === 0) return "EVENTS\n  (none found)";
  const sorted = [...counted].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.evidence.start - b.evidence.start);
  const lines = sorted.map((e) => {
    const when = shownDate(e).padEnd(10);
    const type = `${e.type}${e.mode ? `/${e.mode}` : ""}`.padEnd(22);
    const side = (first: string | null, more: readonly string[]) => [first, ...more].filter(Boolean).map(nameOf).join(", ") || "—";
    const who = `${side(e.actor, e.actors)} → ${side(e.recipient, e.recipients)}${e.location ? ` @ ${nameOf(e.location)}` : ""}`;
    const flags = [e.source ? `reported by claim ${e.source}` : null, e.disputed ? "DISPUTED" : null, e.hypothetical ? "hypothetical" : null]
      .filter(Boolean)
      .join(", ");
    return `  ${when} ${type} ${who}${flags ? ` [${flags}]` : ""}\n             “${clip(e.trigger, 100)}”`;
  });
  return ["EVENTS (timeline)", ...lines].join("\n");
}

/** A date only as precise as the text made it: "2020" for "the 2020 war", "2023-09" for "for months". */
function shownDate(e: Event): string {
  if (!e.date) return "undated";
  const length = { day: 10, week: 10, month: 7, year: 4, decade: 4 }[e.datePrecision ?? "day"];
  return e.datePrecision === "decade" ? `${e.date.slice(0, 3)}0s` : e.date.slice(0, length);
}

function actorsAndPlaces({ entities }: Analysis): string {
  if (entities.length === 0) return "ACTORS AND PLACES\n  (none found)";
  const standsFor = new Map(entities.flatMap((e) => e.mentions.flatMap((m) => (m.metonymyOf ? [[m.metonymyOf, e.name] as const] : []))));
  const sorted = [...entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  const lines = sorted.map((e) => {
    const facts = [e.type, e.country, e.role, e.geo ? `${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}` : null].filter(Boolean).join(", ");
    if (e.mentions.length === 0) {
      const government = standsFor.get(e.id);
      return `  ${e.name} (${facts}) — ${government ? `named only to mean ${government}` : "not named; the government its members belong to"}`;
    }
    const forms = [...new Set(e.mentions.map((m) => m.text))].join(", ");
    return `  ${e.name} (${facts}) — ${e.mentions.length} mention${e.mentions.length === 1 ? "" : "s"}: ${forms}`;
  });
  return ["ACTORS AND PLACES", ...lines].join("\n");
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
