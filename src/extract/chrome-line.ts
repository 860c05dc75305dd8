import chrome from "../../data/extract/chrome-patterns.json" with { type: "json" };

// One alternation instead of a list: a single scan per line.
const chromePattern = new RegExp(chrome.patterns.map((source) => `(?:${source})`).join("|"), "iu");
const maxChromeLength = 160;

/** A short line that is page furniture (share bars, comment-form notes, "Read more", cookie notices…). */
export function isChromeLine(text: string): boolean {
  const line = text.trim();
  return line.length <= maxChromeLength && chromePattern.test(line);
}
