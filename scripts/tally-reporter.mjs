// A node:test reporter that prints only the closing "N passed, N failed[, N skipped]" line.
export default async function* tally(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    // A skipped test or suite (PostgreSQL tests without a server) is reported, never counted as passed.
    if (event.type === "test:pass" && event.data.skip !== undefined) skipped++;
    // Count leaf tests only: a suite's own pass/fail event repeats its children.
    else if (event.type === "test:pass" && event.data.details?.type !== "suite") passed++;
    else if (event.type === "test:fail" && event.data.details?.type !== "suite") failed++;
  }
  yield `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}\n`;
}
