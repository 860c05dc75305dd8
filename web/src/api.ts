/** Every request the UI makes goes to the server that served it: relative URLs only. */
export async function getJson<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""));
  const response = await fetch(`/api/${path}${query.size > 0 ? `?${query.toString()}` : ""}`);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${((await response.json()) as { error?: string }).error ?? ""}`);
  return (await response.json()) as T;
}

export const list = async <T>(path: string, params: Record<string, string | undefined> = {}) =>
  (await getJson<{ items: T[] }>(path, { limit: "1000", ...params })).items;

export interface Span { start: number; end: number }
export interface ClaimSource { document: string; url: string | null; outlet: string | null; title: string | null; published: string | null; span: Span; evidenceText: string }
export interface Claim {
  id: string; speaker: string; speakerEntity: string | null; speakerName: string | null; stance: string; content: string; channel: string | null;
  sources: ClaimSource[]; outlets: number; disputes: string[]; disputedBy: string[];
}
export interface Dispute { claim: Claim; denials: Claim[] }
export interface Event {
  id: string; document: string; title: string | null; type: string; actor: string | null; actorName: string | null; recipient: string | null;
  recipientName: string | null; location: string | null; locationName: string | null; lat: number | null; lon: number | null; date: string | null;
  evidence: Span; evidenceText: string;
  /** 1 for the event its report is most about, 2 for the next…; null for the report's other events. */
  mainRank: number | null;
}
export interface Entity { id: string; name: string; type: string; country: string | null; lat: number | null; lon: number | null; mentionedAs: string | null; mentions: number; documents: number }
export interface Member { document: string; url: string | null; outlet: string | null; title: string | null; published: string | null }
/** A syndicated story: its original report, the copies, and the original's main events, most central first. */
export interface Story { original: Member; copies: Member[]; mainEvents: Event[] }
export interface DocumentSummary { id: string; title: string | null; url: string | null; outlet: string | null; published: string | null }
export interface Mark { kind: "claim" | "event" | "mention"; id: string; label: string; start: number; end: number }
export interface Document extends DocumentSummary { text: string; marks: Mark[] }
export interface SearchHit { document: string; title: string | null; snippet: string }
