// Closing quotes and brackets may follow the final mark: `said.”`, `(see above).`
const closers = String.raw`["'”’»)\]]*$`;
const sentenceFinal = new RegExp(String.raw`[.!?…。！？]${closers}`, "u");
const anyFinal = new RegExp(String.raw`[.!?:;,…。！？]${closers}`, "u");

/** Text that ends as a sentence does. */
export function endsSentence(text: string): boolean {
  return sentenceFinal.test(text);
}

/** Text that ends in any punctuation a heading would not end with (sentence marks, colon, comma…). */
export function endsWithPunctuation(text: string): boolean {
  return anyFinal.test(text);
}
