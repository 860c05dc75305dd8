import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanAuthors } from "./clean-authors.js";

test("bylines become names: no 'By', kinds, roles, dates or relative times", () => {
  assert.deepEqual(cleanAuthors(["By Jane Doe and John Roe"]), ["Jane Doe", "John Roe"]);
  assert.deepEqual(cleanAuthors(["Analysis by Chris Cillizza, CNN Editor-at-large"]), ["Chris Cillizza"]);
  assert.deepEqual(cleanAuthors(["Suzanne Gamboa 1 day ago"]), ["Suzanne Gamboa"]);
  assert.deepEqual(cleanAuthors(["By Mike Wall, Senior Writer | November 18, 2019"]), ["Mike Wall"]);
  assert.deepEqual(cleanAuthors(["Finian Cunningham. Sputnik International"]), ["Finian Cunningham"]);
  assert.deepEqual(cleanAuthors(["Sarah E. Needleman", "sarah e. needleman"]), ["Sarah E. Needleman"]);
});

test("URLs, handles and placeholders are not names", () => {
  assert.deepEqual(cleanAuthors(["https://example.com/author/jane", "@janedoe", "admin", "staff"]), []);
});
