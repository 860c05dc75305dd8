import assert from "node:assert/strict";
import { test } from "node:test";
import { findDateExpressions } from "./date-expressions.js";

// Friday 15 March 2024.
const anchor = new Date(Date.UTC(2024, 2, 15));
const first = (text: string) => findDateExpressions(text, anchor)[0];

test("weekdays resolve to the latest such day on or before the report's day", () => {
  assert.deepEqual([first("on Tuesday")?.date, first("on Tuesday")?.precision], ["2024-03-12", "day"]);
  assert.equal(first("said on Friday")?.date, "2024-03-15");
  assert.equal(first("last Friday")?.date, "2024-03-08");
});

test("relative days, weeks, months and years", () => {
  assert.equal(first("yesterday")?.date, "2024-03-14");
  assert.deepEqual([first("last week")?.date, first("last week")?.precision], ["2024-03-04", "week"]);
  assert.deepEqual([first("last month")?.date, first("last month")?.precision], ["2024-02-01", "month"]);
  assert.deepEqual([first("three days ago")?.date, first("two years ago")?.date], ["2024-03-12", "2022-01-01"]);
  assert.deepEqual([first("for months")?.date, first("for months")?.precision], ["2024-03-01", "month"]);
});

test("calendar dates, with and without a year", () => {
  assert.equal(first("on March 3")?.date, "2024-03-03");
  assert.equal(first("on 2 February 2021")?.date, "2021-02-02");
  assert.equal(first("on September 29")?.date, "2023-09-29");
  assert.deepEqual([first("in April 2023")?.date, first("in April 2023")?.precision], ["2023-04-01", "month"]);
});

test("years and decades: the 2020 war, the early 1990s", () => {
  assert.deepEqual([first("the 2020 war")?.date, first("the 2020 war")?.precision], ["2020-01-01", "year"]);
  assert.deepEqual([first("in the early 1990s")?.date, first("in the early 1990s")?.precision], ["1990-01-01", "decade"]);
});

test("impossible dates keep their words and get no date", () => {
  const invalid = first("on 32 March");
  assert.equal(invalid?.text, "32 March");
  assert.equal(invalid?.date, null);
  assert.equal(first("on February 30, 2023")?.date, null);
  assert.equal(findDateExpressions("in 20234", anchor).length, 0);
  assert.equal(findDateExpressions("5000 troops", anchor).length, 0);
});

test("without an anchor only absolute dates resolve", () => {
  assert.equal(findDateExpressions("on Tuesday", null)[0]?.date, null);
  assert.equal(findDateExpressions("on 2 February 2021", null)[0]?.date, "2021-02-02");
});

test("May the modal and march the noun are no dates", () => {
  assert.equal(findDateExpressions("Russia may attack; a march was held", anchor).length, 0);
});
