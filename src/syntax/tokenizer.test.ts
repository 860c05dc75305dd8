import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenizeWords } from "./tokenizer.js";

const forms = (text: string): string[] => tokenizeWords(text).map((w) => w.form);

test("every word is the exact slice of the text at its offsets", () => {
  const text = "  Al-Zaman: “They didn’t,” the U.S. said (again).  ";
  for (const w of tokenizeWords(text)) assert.equal(text.slice(w.start, w.end), w.form, `word at ${w.start}`);
});

test("clitics split as UD English does", () => {
  assert.deepEqual(forms("I don't think it's over; they can't, we cannot."), [
    "I", "do", "n't", "think", "it", "'s", "over", ";", "they", "ca", "n't", ",", "we", "can", "not", ".",
  ]);
  assert.deepEqual(forms("The teachers’ union’s vote"), ["The", "teachers", "’", "union", "’s", "vote"]);
});

test("hyphenated compounds split, except after a bound prefix", () => {
  assert.deepEqual(forms("al-Ani sent e-mails to co-workers in Nagorno-Karabakh"), [
    "al", "-", "Ani", "sent", "e-mails", "to", "co-workers", "in", "Nagorno", "-", "Karabakh",
  ]);
});

test("numbers, abbreviations, URLs and e-mail addresses stay whole; final punctuation comes off", () => {
  assert.deepEqual(forms("Mr. Smith paid $1,000.50 on Sept. 3 (see http://x.org/a?b=1)."), [
    "Mr.", "Smith", "paid", "$", "1,000.50", "on", "Sept.", "3", "(", "see", "http://x.org/a?b=1", ")", ".",
  ]);
  assert.deepEqual(forms("Write to ann@example.com."), ["Write", "to", "ann@example.com", "."]);
});

test("runs of marks are one word, and emoji or other scripts pass through as words", () => {
  assert.deepEqual(forms("What?! Wait... 🙂 Москва 北京"), ["What", "?!", "Wait", "...", "🙂", "Москва", "北京"]);
});
