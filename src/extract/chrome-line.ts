import chrome from "../../data/extract/chrome-patterns.json" with { type: "json" };

const patterns = chrome.patterns.map((source) => new RegExp(source, "iu"));
const maxChromeLength = 160;

/** A short line that is page furniture (share bars, comment-form notes, "Read more", cookie notices…). */
export function isChromeLine(text: string): boolean {
  const line = text.trim();
  return line.length <= maxChromeLength && patterns.some((pattern) => pattern.test(line));
}
