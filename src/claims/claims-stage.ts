import type { Annotations } from "../annotate/annotations.js";
import { requireData, withData } from "../core/doc.js";
import type { Span } from "../core/span.js";
import type { Stage } from "../core/stage.js";
import type { Syntax } from "../syntax/syntax-layer.js";
import type { EntityFindings } from "../entities/entity.js";
import { attributeCue } from "./attribute-cue.js";
import { quoteInner, type QuoteIndex } from "./quotations.js";
import { parcSpans } from "./parc-spans.js";
import { quoteParagraph } from "./quote-paragraph.js";
import type { Attribution } from "./attribution.js";
import type { Claim, Speaker } from "./claim.js";
import { linkDisputes } from "./disputes.js";
import { lexicon } from "./lexicon.js";
import { findCues, type Cue } from "./find-cues.js";
import { resolveSpeaker, type EntityIndex } from "./speaker-entity.js";
import { claimStance, contentWords } from "./stance.js";
import { nestInQuotations } from "./nesting.js";
import { treeAttributions } from "./tree-attributions.js";
import { plausibleSource, withParsedSource } from "./tree-checks.js";
import { timeRunEnd } from "./word-shapes.js";
import { sentenceWords, type SentenceWords } from "./words.js";

/** Attributed claims (who said what, how, through which channel) and which denial answers which claim. */
export const claimsStage: Stage = {
  name: "claims",
  run(doc) {
    const annotations = requireData(doc, "annotations", "claims");
    const entities: EntityFindings = doc.data.entities ?? { entities: [], mentions: [] };
    const index: EntityIndex = { byId: new Map(entities.entities.map((e) => [e.id, e])), mentions: entities.mentions };
    const attributions = findAttributions(doc.article.text, annotations, doc.data.syntax);
    const claims = nestInQuotations(buildClaims(doc.article.text, attributions, annotations, index, doc.data.syntax));
    return withData(doc, "claims", { claims, disputes: linkDisputes(doc.article.text, claims, index) });
  },
};

function findAttributions(text: string, annotations: Annotations, syntax?: Syntax): Attribution[] {
  const quotes: QuoteIndex = {
    byStart: new Map(annotations.quotes.map((q) => [q.start, q])),
    byEnd: new Map(annotations.quotes.map((q) => [q.end, q])),
    paragraphStarts: annotations.paragraphs.map((p) => p.start),
    text,
  };
  const found: Attribution[] = [];
  let paragraph = -1;
  let colonLead: SentenceWords | null = null;
  for (const own of sentenceWords(annotations, syntax)) {
    const firstOfParagraph = own.paragraph !== paragraph;
    paragraph = own.paragraph;
    const sentence: SentenceWords = colonLead && firstOfParagraph ? joinQuotation(colonLead, own) : own;
    const inSentence: Attribution[] = [];
    const cues = findCues(sentence.words);
    for (const cue of cues) {
      if (cue.stance === null || isParticipleAside(sentence, cue, cues)) continue;
      const found = attributeCue(sentence, cue, quotes, inSentence.at(-1));
      const attribution = found && withParsedSource(syntax, found);
      if (!attribution || !plausibleSource(syntax, attribution) || inSentence.some((a) => overlapsQuote(a, attribution) || (!mayNest(a, attribution) && !reports(attribution, a)))) continue;
      // "…, the capital of North Darfur state, medics said": a later attribution's content can hold an earlier cue.
      const kept = inSentence.filter((a) => mayNest(attribution, a) || answersBack(attribution)).map((a) => endBefore(a, attribution));
      inSentence.splice(0, inSentence.length, ...kept, attribution);
    }
    if (syntax) inSentence.push(...treeAttributions(sentence, syntax, inSentence));
    inSentence.sort((a, b) => a.cue.first - b.cue.first);
    const previous = found.at(-1);
    if (inSentence.length === 0 && previous) {
      const continued = continuation(sentence, previous, quotes);
      if (continued) {
        found[found.length - 1] = continued;
        continue;
      }
    }
    const unattributed = inSentence.length === 0 && previous ? quoteParagraph(sentence, previous, firstOfParagraph, quotes) : null;
    found.push(...(unattributed ? [unattributed] : separateClauses(inSentence)));
    colonLead = inSentence.length === 0 && sentence.words.at(-1)?.lower === ":" ? sentence : null;
  }
  // “A. B,” she said.: a later sentence attributes the quotation after all.
  const attributed = new Set(found.filter((a) => a.cue.kind !== "continuation").flatMap((a) => a.quotes));
  return found.filter((a) => a.cue.kind !== "continuation" || !a.quotes.some((q) => attributed.has(q)));
}

/**
 * "The ministry said:¶“Our forces responded …”": a paragraph ending on a colon introduces the quotation opening the
 * next paragraph; both are read as one sentence of the quotation's paragraph (the words keep their offsets, so spans
 * stay exact, and later paragraphs go on with the speaker as after any quotation).
 */
function joinQuotation(lead: SentenceWords, next: SentenceWords): SentenceWords {
  if (!next.words[0]?.opens || next.paragraph !== lead.paragraph + 1) return next;
  return { ...lead, end: next.end, paragraph: next.paragraph, words: [...lead.words, ...next.words] };
}

const participleLinks = new Set(["by", "on", "in", "with", "at", "from", "about", "for"]);

/**
 * A past participle qualifying the real speaker: between commas ("The minister, asked whether he would resign,
 * said …") or as a reduced relative ("Two diplomats briefed on the talks said …").
 */
function isParticipleAside(sentence: SentenceWords, cue: Cue, cues: readonly Cue[]): boolean {
  const words = sentence.words;
  if (cue.form !== "past" && cue.form !== "base") return false;
  const later = cues.find((c) => c.first > cue.last);
  if (words[cue.first - 1]?.lower === ",") return later !== undefined && words[later.first - 1]?.lower === ",";
  if (!linksPhrase(words, cue.last + 1)) return false;
  const unbroken = (from: number, to: number) => !words.slice(from, to).some((w) => w.lower === "," || w.lower === "that" || w.isQuoteMark);
  // "Two diplomats briefed on the talks said …" (the real verb follows) or
  // "said in remarks broadcast on state TV that …" (the real verb came first).
  if (later && !linksPhrase(words, later.last + 1) && unbroken(cue.last + 1, later.first)) return true;
  const earlier = cues.findLast((c) => c.last < cue.first);
  return earlier !== undefined && unbroken(earlier.last + 1, cue.first);
}

// "briefed on the talks", "posted on Telegram" — but not "claimed on Tuesday".
function linksPhrase(words: SentenceWords["words"], at: number): boolean {
  return participleLinks.has(words[at]?.lower ?? "") && timeRunEnd(words, at) === at;
}

/** A cue inside another's content is a nested report only when both report speech in clauses. */
function mayNest(outer: Attribution, inner: Attribution): boolean {
  const at = inner.sentence.words[inner.cue.first]?.start ?? 0;
  if (!outer.content.some((s) => s.start <= at && at < s.end) || inner.borrowsSpeaker || coordinate(inner)) return true;
  const speech = inner.cue.verb?.frames.some((f) => f === "that" || f === "quote") ?? false;
  return speech && outer.clausal && inner.clausal;
}

const coordinators = new Set(["but", "while", "whereas", "though", "although", "yet"]);

// "…, though she warned of headwinds": a clause of its own, coordinated with the one before, not reported in it.
function coordinate(a: Attribution): boolean {
  const words = a.sentence.words;
  const start = Math.min(a.speaker?.first ?? a.cue.first, a.cue.first);
  return words[start - 1]?.lower === ";" || (coordinators.has(words[start - 1]?.lower ?? "") && words[start - 2]?.lower === ",");
}

// "…, which his office denied": a relative attribution answers the claim before it rather than reporting it.
function answersBack(a: Attribution): boolean {
  return a.sentence.words[(a.speaker?.first ?? 0) - 1]?.lower === "which";
}

/** The content of `outer` holds the cue of `inner`. */
function reports(outer: Attribution, inner: Attribution): boolean {
  const at = inner.sentence.words[inner.cue.first]?.start ?? -1;
  return outer.content.some((s) => s.start <= at && at < s.end);
}

/**
 * "Officials have confirmed 14 cases, the ministry said": an earlier content running into the attribution that
 * reports it ends before that attribution's comma.
 */
function endBefore(earlier: Attribution, later: Attribution): Attribution {
  const span = earlier.content[0];
  if (earlier.direct || earlier.content.length !== 1 || !span || !reports(later, earlier)) return earlier;
  const words = later.sentence.words;
  const start = Math.min(later.speaker?.first ?? later.cue.first, later.cue.first);
  const comma = answersBack(later) ? start - 2 : start - 1;
  const cutAt = words[comma]?.start ?? -1;
  if (words[comma]?.lower !== "," || cutAt <= span.start || cutAt >= span.end) return earlier;
  return { ...earlier, content: [{ start: span.start, end: words[comma - 1]?.end ?? cutAt }] };
}

function overlapsQuote(a: Attribution, b: Attribution): boolean {
  return a.quotes.some((q) => b.quotes.includes(q));
}

/** `“A,” she said. “B.”` — a quotation opening the next sentence of the paragraph goes on with the last quote. */
function continuation(sentence: SentenceWords, previous: Attribution, quotes: QuoteIndex): Attribution | null {
  const first = sentence.words[0];
  if (!previous.direct || previous.sentence.paragraph !== sentence.paragraph || !first?.opens) return null;
  const quote = quotes.byStart.get(first.start);
  if (!quote || previous.quotes.includes(quote) || spanEnd(previous.content) > quote.start) return null;
  // “…,” closing on a comma leads into an attribution of its own.
  if (/,\s*$/.test(quotes.text.slice(Math.max(quote.inner.start, quote.inner.end - 3), quote.inner.end))) return null;
  return { ...previous, content: [...previous.content, ...quoteInner(quote, quotes)], quotes: [...previous.quotes, quote] };
}

/**
 * Two attributions in one sentence: when the later one starts a clause of its own (", while Baku said …") the
 * earlier content stops before it; otherwise the later one is reported inside the earlier and stays nested.
 */
function separateClauses(attributions: readonly Attribution[]): Attribution[] {
  const result = [...attributions];
  for (let i = 0; i + 1 < result.length; i++) {
    const current = result[i];
    const next = result[i + 1];
    if (!current || !next || current.direct || current.content.length !== 1) continue;
    const words = current.sentence.words;
    const anchor = next.speaker?.first ?? next.cue.first;
    let cut = anchor - 1;
    const joiner = words[cut]?.lower ?? "";
    if (![",", ";", "but", "while", "whereas", "though", "although", "yet", "and"].includes(joiner)) continue;
    if (joiner !== "," && joiner !== ";" && words[cut - 1]?.lower === ",") cut--;
    const span = current.content[0];
    const cutAt = words[cut]?.start ?? 0;
    if (!span || cutAt <= span.start || cutAt >= span.end) continue;
    let last = cut - 1;
    while (last >= 0 && (words[last]?.end ?? 0) > cutAt) last--;
    result[i] = { ...current, content: [{ start: span.start, end: words[cut - 1]?.end ?? cutAt }] };
  }
  return result;
}

function spanEnd(spans: readonly Span[]): number {
  return spans.reduce((end, s) => Math.max(end, s.end), 0);
}

function buildClaims(text: string, attributions: readonly Attribution[], annotations: Annotations, index: EntityIndex, syntax?: Syntax): Claim[] {
  const claims: Claim[] = [];
  for (const [n, a] of attributions.entries()) {
    const id = `claim-${n + 1}`;
    const speaker = speakerOf(text, n, attributions, claims, index);
    const { cue: cueSpans, content: contentSpans } = parcSpans(text, syntax, a);
    const content = contentSpans.map((s) => text.slice(s.start, s.end)).join(" … ");
    const outer = cueSpans[0] && reportingClaim(claims, attributions, n, cueSpans[0]);
    const words = contentWords(a.content.map((s) => text.slice(s.start, s.end)).join(" "));
    claims.push({
      id,
      speaker,
      cue: cueSpans[0] ? text.slice(cueSpans[0].start, cueSpans[0].end) : "",
      cueSpans,
      content,
      contentSpans,
      channel: a.channel,
      // What was not said sets no stance of its own: "did not say whether …" asks nothing.
      stance: a.cue.negated ? (a.cue.stance ?? "assert") : claimStance(a.cue.stance ?? "assert", words, a.direct),
      kind: a.cue.verb?.kind ?? (a.cue.stance === "demand" ? "demand" : "statement"),
      direct: a.direct,
      evidence: evidenceOf(annotations, [...cueSpans, ...contentSpans, ...(a.cue.kind === "continuation" ? [] : speaker.spans)]),
      ...(outer ? { reportedBy: outer.id } : {}),
      ...(a.cue.negated ? { negated: true } : {}),
      ...(words.some((w) => lexicon().hedges.has(w)) ? { hedged: true } : {}),
    });
  }
  return claims;
}

/** The claim of the same sentence whose content holds this cue: the report this one is nested in. */
function reportingClaim(claims: readonly Claim[], attributions: readonly Attribution[], at: number, cue: Span): Claim | undefined {
  for (let k = at - 1; k >= 0 && attributions[k]?.sentence === attributions[at]?.sentence; k--) {
    const claim = claims[k];
    if (claim?.contentSpans.some((s) => s.start <= cue.start && cue.end <= s.end)) return claim;
  }
  return undefined;
}

function speakerOf(text: string, at: number, attributions: readonly Attribution[], earlier: readonly Claim[], index: EntityIndex): Speaker {
  const a = attributions[at];
  if (!a) return { text: "", entity: null, spans: [], resolution: "unknown" };
  const words = a.sentence.words;
  const previous = earlier.at(-1);
  if (a.borrowsSpeaker && previous && attributions[at - 1]?.sentence === a.sentence) return previous.speaker;
  if (a.cue.kind === "continuation" && previous) return { ...previous.speaker, resolution: "inferred" };
  if (!a.speaker) {
    // An impersonal report inside one side's announcements counts as theirs, marked as inferred.
    let context = at - 1;
    while (context >= 0 && attributions[context]?.sentence.paragraph === a.sentence.paragraph && earlier[context]?.speaker.entity == null) context--;
    const entity = attributions[context]?.sentence.paragraph === a.sentence.paragraph ? (earlier[context]?.speaker.entity ?? null) : null;
    return entity !== null ? { text: "", entity, spans: [], resolution: "inferred" } : { text: "", entity: null, spans: [], resolution: "unknown" };
  }
  const { first, last } = a.speaker;
  const span = { start: words[first]?.start ?? 0, end: words[last]?.end ?? 0 };
  const before = attributions[at - 1];
  const context = previous && before ? { entity: previous.speaker.entity, sameParagraph: before.sentence.paragraph === a.sentence.paragraph } : null;
  const resolved = resolveSpeaker(words, first, last, index, context);
  return { text: text.slice(span.start, span.end), spans: [span], ...resolved };
}

/** From the start of the first sentence touched to the end of the last. */
function evidenceOf(annotations: Annotations, spans: readonly Span[]): Span {
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  const { sentences } = annotations;
  const first = sentences[sentenceAt(sentences, start)];
  const last = sentences[sentenceAt(sentences, Math.max(start, end - 1))];
  return { start: Math.min(first?.start ?? start, start), end: Math.max(last?.end ?? end, end) };
}

/** Index of the last sentence starting at or before `offset` (binary search). */
function sentenceAt(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
