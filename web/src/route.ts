import type { Span } from "./api.js";

/** A view and its filters, as the hash keeps them: #/NAME/ARG?key=value. */
export interface Route {
  readonly view: string;
  readonly arg: string;
  readonly params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
  const [view = "overview", ...rest] = path.split("/");
  return { view: view === "" ? "overview" : view, arg: decodeURIComponent(rest.join("/")), params: new URLSearchParams(query) };
}

export function href(view: string, params: Record<string, string | undefined> = {}, arg = ""): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""));
  return `#/${view}${arg === "" ? "" : `/${encodeURIComponent(arg)}`}${query.size > 0 ? `?${query.toString()}` : ""}`;
}

export const readerHref = (document: string, span: Span) => href("reader", { span: `${span.start}-${span.end}` }, document);
