import lexicon from "../../data/extract/sentence-openers.json" with { type: "json" };

const openers = new Set(lexicon.openers);
const joiners = new Set(lexicon.joiners);
const minHeadingWords = 3;
const maxHeadingWords = 14;
const minSentenceWords = 6;

/**
 * A subheading that lost its line break and runs into its paragraph ("Baku launches operation In the South
 * Caucasus, …"): a run of 3–14 words with no punctuation, then a capitalised sentence opener ("In", "The",
 * "According" …) that could not be capitalised mid-sentence, then a sentence. Returns [heading, paragraph]
 * or null when the paragraph does not start that way.
 */
export function splitRunInHeading(paragraph: string): [string, string] | null {
  const words = paragraph.split(" ");
  const limit = Math.min(words.length - minSentenceWords, maxHeadingWords + 1);
  for (let i = 1; i < limit; i += 1) {
    const word = words[i]!;
    if (/[.,;:!?"“”()]/.test(words[i - 1]!)) return null;
    if (i < minHeadingWords || !openers.has(word)) continue;
    const next = words[i + 1] ?? "";
    if (joiners.has(words[i - 1]!.toLowerCase()) || !/^[\p{Ll}\p{Lu}\d]/u.test(next)) continue;
    const sentence = words.slice(i).join(" ");
    const heading = words.slice(0, i).join(" ");
    // An all-capitals run ("NEW YORK CITY The mayor …") is a dateline, not a heading.
    if (!/[.!?]/.test(sentence) || heading === heading.toUpperCase()) return null;
    return [heading, sentence];
  }
  return null;
}
