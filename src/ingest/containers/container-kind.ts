export type ContainerKind = "warc" | "feed" | "json-lines";

const feedRoot = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)\b/;

/** A file that holds many documents: a web archive, an RSS/Atom feed, or JSON Lines of reports. */
export function detectContainer(bytes: Uint8Array, name: string): ContainerKind | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.startsWith("WARC/")) return "warc";
  if (feedRoot.test(head)) return "feed";
  if (/\.(?:jsonl|ndjson)$/i.test(name) || (/\.json$/i.test(name) && /^\s*\{/.test(head))) return "json-lines";
  return null;
}
