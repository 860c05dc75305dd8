import type { TextBlock } from "./html-blocks.js";

// Shorter leading links are words in a sentence, not a headline or a linked sentence.
const minLeadChars = 30;
// A linked sentence counts as prose only when a real sentence of plain text follows it.
const minTrailingChars = 40;

/**
 * How the block's leading link ends: "headline" when it is not closed by sentence punctuation (inside the link
 * or just after: a teaser headline running into its summary), "sentence" when it is, null when the block does
 * not open with a long link.
 */
function leadingLinkEnd(block: TextBlock): "headline" | "sentence" | null {
  if (block.leadingLinkChars < minLeadChars) return null;
  let seen = 0;
  for (let i = 0; i < block.text.length; i += 1) {
    if (/\s/.test(block.text[i]!)) continue;
    seen += 1;
    if (seen === block.leadingLinkChars) return /[.!?:"”’)]/.test(block.text.slice(i, i + 2)) ? "sentence" : "headline";
  }
  return null;
}

/** A linked headline followed by its summary in one line: a teaser for another page. */
export function opensWithLinkedHeadline(block: TextBlock): boolean {
  return leadingLinkEnd(block) === "headline";
}

/**
 * The block's linked characters as far as judging it goes: a block that opens with a linked sentence and goes on
 * in plain prose ("**Company X cut 4,000 jobs.** The cuts follow…", a listicle's or digest's entry) is prose
 * whose first sentence cites a source, so its lead link is not counted.
 */
export function articleLinkChars(block: TextBlock): number {
  const plain = block.chars - block.linkChars;
  if (plain < minTrailingChars || leadingLinkEnd(block) !== "sentence") return block.linkChars;
  return block.linkChars - block.leadingLinkChars;
}
